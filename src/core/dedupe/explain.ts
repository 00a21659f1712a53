/**
 * Plain-words reasons for a match: the evidence that carried it, strongest first, and what spoke
 * against it. "same email after fixing gmail.cmo + name 0.96 (Jaro-Winkler)".
 */
import type { FieldEvidence, PairMatch } from './types';

export function explainPair(pair: Pick<PairMatch, 'score' | 'fields'>, capped?: string): string {
  const pro = pair.fields.filter((f) => f.weight > 0).sort((x, y) => y.weight - x.weight || (x.field < y.field ? -1 : 1));
  const con = pair.fields.filter((f) => f.weight < -1).sort((x, y) => x.weight - y.weight || (x.field < y.field ? -1 : 1));
  let text = pro.length > 0 ? pro.slice(0, 4).map((f) => f.note).join(' + ') : 'weak evidence only';
  if (con.length > 0) text += `; but ${con.slice(0, 2).map((f) => f.note).join(', ')}`;
  if (capped) text += `; ${capped}`;
  return `${text} (score ${pair.score.toFixed(2)})`;
}

/** Evidence as a short table line per field, for the review sidebar. */
export function describeEvidence(fields: readonly FieldEvidence[]): string[] {
  return fields.map((f) => `${f.field}: ${f.note} (similarity ${f.similarity.toFixed(2)}, weight ${f.weight >= 0 ? '+' : ''}${f.weight.toFixed(1)})`);
}
