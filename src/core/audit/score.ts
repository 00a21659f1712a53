/**
 * The quality score, 0-100: the share of rows a team can rely on, where a row with problems
 * counts partly according to how bad they are.
 *
 *   penalty(row) = min(1, sum of WEIGHTS[kind] over the row's findings)
 *   score        = 100 × (1 − Σ penalty(row) / rows), rounded to one decimal
 *
 * - Every finding (row, kind, column) adds its weight: a row missing both name and email is
 *   worse than one missing only the email, up to the cap. The cap keeps one terrible row from
 *   outweighing many good ones: a row is at worst "lost" (penalty 1).
 * - Weights say how much a problem stops a rep from using the row: a missing required field or
 *   an invalid email/phone means the contact cannot be reached (1.0); a suspected duplicate, a
 *   throw-away email or a person's "outdated" flag make the row doubtful (0.5); stale rows may
 *   still be right (0.3); a shared info@ box or a status typed outside the list is a nuisance (0.2).
 * - Monotone: fixing a finding removes a non-negative term from a capped sum, so it never lowers
 *   the score; a sheet with no findings scores 100.
 * - An empty sheet (no data rows) scores 100: nothing in it is wrong. Reports show `rows: 0`
 *   beside it so nobody mistakes it for a clean CRM.
 * - It is an average per row, so archiving merged duplicates (which removes their findings)
 *   raises it, and the score of a 200-row and a 50,000-row sheet mean the same thing.
 */
import type { FindingKind, RowFinding } from './findings';

export const SCORE_WEIGHTS: Readonly<Record<FindingKind, number>> = {
  incomplete: 1,
  'invalid-email': 1,
  'invalid-phone': 1,
  'suspected-duplicate': 0.5,
  'disposable-email': 0.5,
  outdated: 0.5,
  stale: 0.3,
  'role-account': 0.2,
  'non-canonical': 0.2,
  // A date typo or a second number in a cell: the row is usable, a person should tidy it.
  'invalid-date': 0.3,
  'future-date': 0.3,
  'ambiguous-date': 0.2,
  'several-phones': 0.2,
};

/** Sum of row penalties (each capped at 1) for findings on `rows` rows. */
export function totalPenalty(findings: readonly RowFinding[]): number {
  const perRow = new Map<number, number>();
  for (const f of findings) perRow.set(f.row, (perRow.get(f.row) ?? 0) + SCORE_WEIGHTS[f.kind]);
  let total = 0;
  for (const p of perRow.values()) total += Math.min(1, p);
  return total;
}

/** The quality score of `rows` rows with these findings (see the formula above). */
export function qualityScore(findings: readonly RowFinding[], rows: number): number {
  if (rows <= 0) return 100;
  const score = 100 * (1 - totalPenalty(findings) / rows);
  return Math.max(0, Math.min(100, Math.round(score * 10) / 10));
}
