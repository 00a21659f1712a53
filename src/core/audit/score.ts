/**
 * The quality score, 0-100: 100 minus the points a sheet loses in five dimensions, each worth a
 * fixed number of points and lost in proportion to the rows it affects:
 *
 *   complete    25  a required field is blank
 *   valid       25  an email or phone that cannot be used (invalid, throw-away, a shared box)
 *   unique      20  the row is one of a duplicate group
 *   consistent  15  a value the clean would rewrite (format, spelling, list value), one outside its
 *                   list, a date that cannot be read or is far ahead, several phones in one cell
 *   current     15  no activity for longer than the stale window, or flagged outdated
 *
 *   lost(d) = points(d) × rows affected in d / rows        score = 100 − Σ lost(d)
 *
 * Why this shape:
 * - Each kind of fix moves the score by what it fixes: reformatting 300 phones recovers the
 *   consistency points of those rows even when they are also stale, because dimensions do not
 *   cap each other (a per-row cap used to hide every fix on a row that had another problem).
 * - Honest: a row counts once per dimension however many of its cells share the problem, the
 *   weights follow how much a problem stops a rep from using the row (unreachable or incomplete
 *   contacts hurt most; a stale row may still be right), and fixing anything never lowers it.
 * - The parts say what would raise the score most: the dimension that lost the most points.
 * - Per row, so a 200-row and a 50,000-row sheet mean the same; an empty sheet scores 100
 *   (reports show `rows: 0` beside it).
 */
import type { FindingKind, RowFinding } from './findings';

export type ScoreDimension = 'complete' | 'valid' | 'unique' | 'consistent' | 'current';

/** Points each dimension is worth (they add up to 100), in the order the UI lists them. */
export const DIMENSION_POINTS: Readonly<Record<ScoreDimension, number>> = {
  complete: 25,
  valid: 25,
  unique: 20,
  consistent: 15,
  current: 15,
};

/** The dimension a finding counts in. A new kind of finding must say where it belongs (tsc checks). */
export const KIND_DIMENSION: Readonly<Record<FindingKind, ScoreDimension>> = {
  incomplete: 'complete',
  'invalid-email': 'valid',
  'invalid-phone': 'valid',
  'disposable-email': 'valid',
  'role-account': 'valid',
  'suspected-duplicate': 'unique',
  'non-canonical': 'consistent',
  stale: 'current',
  outdated: 'current',
  // A date typo, a date far ahead or a second number in a cell: the row is usable, a person
  // should tidy the value.
  'invalid-date': 'consistent',
  'future-date': 'consistent',
  'ambiguous-date': 'consistent',
  'several-phones': 'consistent',
};

export interface ScorePart {
  dimension: ScoreDimension;
  /** Points the dimension is worth. */
  points: number;
  /** Rows with at least one problem of the dimension. */
  rows: number;
  /** Points lost, one decimal. */
  lost: number;
}

export interface QualityScore {
  score: number;
  /** One per dimension, in DIMENSION_POINTS order. */
  parts: ScorePart[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The score of `rows` rows with these findings. `reformattable`: rows with a cell the clean would
 * rewrite (they count as not yet consistent).
 */
export function scoreOf(findings: readonly RowFinding[], rows: number, reformattable: Iterable<number> = []): QualityScore {
  const affected = new Map<ScoreDimension, Set<number>>();
  for (const d of Object.keys(DIMENSION_POINTS) as ScoreDimension[]) affected.set(d, new Set());
  for (const f of findings) affected.get(KIND_DIMENSION[f.kind] ?? 'consistent')?.add(f.row);
  const consistent = affected.get('consistent') as Set<number>;
  for (const r of reformattable) consistent.add(r);
  const scoreParts = [...affected].map(([dimension, set]) => ({ dimension, points: 0, lost: 0, rows: Math.min(set.size, Math.max(0, rows)) }));
  return combinedScore([{ rows, scoreParts }]);
}

/** The score alone (see scoreOf). */
export function qualityScore(findings: readonly RowFinding[], rows: number, reformattable: Iterable<number> = []): number {
  return scoreOf(findings, rows, reformattable).score;
}

/** The part that lost the most points (what would raise the score most), or null at 100. */
export function biggestGain(parts: readonly ScorePart[]): ScorePart | null {
  let best: ScorePart | null = null;
  for (const p of parts) if (p.lost > 0 && (!best || p.lost > best.lost)) best = p;
  return best;
}

/** The score of disjoint sets of rows taken together (batches of one file): affected rows add up. */
export function combinedScore(pieces: ReadonlyArray<{ rows: number; scoreParts: readonly ScorePart[] }>): QualityScore {
  const rows = pieces.reduce((n, p) => n + p.rows, 0);
  const affected = new Map<ScoreDimension, number>();
  for (const piece of pieces) for (const part of piece.scoreParts) affected.set(part.dimension, (affected.get(part.dimension) ?? 0) + part.rows);
  const parts = (Object.keys(DIMENSION_POINTS) as ScoreDimension[]).map((dimension): ScorePart => {
    const points = DIMENSION_POINTS[dimension];
    const count = affected.get(dimension) ?? 0;
    return { dimension, points, rows: count, lost: rows > 0 ? round1((points * count) / rows) : 0 };
  });
  if (rows <= 0) return { score: 100, parts };
  const lost = parts.reduce((sum, p) => sum + (p.points * p.rows) / rows, 0);
  return { score: Math.max(0, Math.min(100, round1(100 - lost))), parts };
}
