/**
 * A duplicate group's evidence as a person reads it: per field, how the rows agree (the weakest
 * agreement over the group's pairs), and which fields match, nearly match, are similar or speak
 * against. The sidebar and the report turn these into one sentence in the reader's language
 * ("Email and phone match; name is similar"), never showing internal match keys.
 */
import type { Level } from './compare';
import type { DuplicateCluster } from './types';
import { say, sentenceCase, type Speaker } from '../messages/render';

export type EvidenceSense = 'match' | 'close' | 'similar' | 'differ';

/** What each agreement level says; a new level must say where it belongs (tsc checks). */
export const LEVEL_SENSE: Readonly<Record<Level, EvidenceSense>> = {
  exact: 'match',
  exactRole: 'match',
  tail: 'match',
  high: 'close',
  typo: 'close',
  medium: 'similar',
  partial: 'similar',
  // A short form (Bob / Robert) is why a group is offered for review, never a match on its own.
  nickname: 'similar',
  conflict: 'differ',
  diff: 'differ',
};

export interface FieldAgreement {
  field: string;
  level: Level;
  sense: EvidenceSense;
  /** Lowest similarity over the group's pairs, 0..1. */
  similarity: number;
  /** Weight of that pair's evidence (negative: it speaks against the match). */
  weight: number;
}

const SENSE_ORDER: readonly EvidenceSense[] = ['match', 'close', 'similar', 'differ'];

/** Per field, the weakest agreement over the group's pairs (what a person should look at). */
export function clusterEvidence(cluster: Pick<DuplicateCluster, 'pairs'>): FieldAgreement[] {
  const byField = new Map<string, FieldAgreement>();
  for (const pair of cluster.pairs) {
    for (const f of pair.fields) {
      const seen = byField.get(f.field);
      if (seen && seen.similarity <= f.similarity) continue;
      byField.set(f.field, { field: f.field, level: f.level, sense: LEVEL_SENSE[f.level] ?? 'similar', similarity: f.similarity, weight: f.weight });
    }
  }
  return [...byField.values()].sort((a, b) => SENSE_ORDER.indexOf(a.sense) - SENSE_ORDER.indexOf(b.sense) || b.weight - a.weight);
}

/** The fields of each sense, in sentence order; a difference is said only when it speaks against the match. */
export function reasonParts(evidence: ReadonlyArray<Pick<FieldAgreement, 'field' | 'sense' | 'weight'>>): Array<{ sense: EvidenceSense; fields: string[] }> {
  const parts: Array<{ sense: EvidenceSense; fields: string[] }> = [];
  for (const sense of SENSE_ORDER) {
    const fields = evidence.filter((e) => e.sense === sense && (sense !== 'differ' || e.weight < 0)).map((e) => e.field);
    if (fields.length > 0) parts.push({ sense, fields });
  }
  return parts;
}

/** The reason as one sentence in the speaker's language ("Email and phone match; name is similar."). */
export function reasonSentence(speaker: Speaker, parts: ReturnType<typeof reasonParts>): string {
  if (parts.length === 0) return say(speaker, 'review.reason.none') ?? '';
  const text = parts.map((p) => say(speaker, `review.reason.${p.sense}`, { n: p.fields.length, fields: p.fields.join(',') }) ?? '').join('; ');
  return `${sentenceCase(speaker.lang, text)}.`;
}
