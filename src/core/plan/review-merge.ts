/**
 * A duplicate group merged by a person in the sidebar's review: they chose the row to keep and,
 * per column, the row whose value wins. Only that merge and those picks are applied (the rest of
 * the clean waits for "Clean this sheet"); the others rows go to the archive like any merge.
 */
import type { Cell } from '../table';
import type { CellChange } from '../normalize/normalize-table';
import type { DuplicateCluster } from '../dedupe/types';
import type { Plan, PlannedMerge } from './plan-types';
import { cellText } from '../table/cell-text';

export interface ReviewedMerge {
  cluster: DuplicateCluster;
  /** 0-based row to keep (one of cluster.rows). */
  primary: number;
  /** Column -> 0-based row (of the cluster) whose value goes into the kept row. */
  picks: ReadonlyMap<number, number>;
}

/** The plan of one reviewed merge, on the plan made for the same sheet (its review list updated). */
export function reviewedMergePlan(plan: Plan, rows: readonly Cell[][], merge: ReviewedMerge, isFormula: (r: number, c: number) => boolean, firstRow: number): Plan {
  const { cluster, primary } = merge;
  const primaryRow = rows[primary] ?? [];
  const primaryEdits = pickedValues(rows, merge, isFormula, firstRow);
  const losers = cluster.rows.filter((r) => r !== primary);
  const sheetRows = cluster.rows.map((r) => firstRow + r).join(', ');
  const planned: PlannedMerge = {
    cluster: { ...cluster, primary },
    primary,
    losers,
    // Nothing is filled or noted: the person chose every value that stays.
    merge: { row: primaryRow.slice(), filled: [], kept: [], note: '' },
    primaryEdits,
    reason: `rows ${sheetRows} merged in the duplicate review; kept row ${firstRow + primary}: ${cluster.reasons.join('; ')}`,
  };
  return {
    ...plan,
    edits: [],
    merges: [planned],
    review: plan.review.filter((c) => c !== cluster && !c.rows.some((r) => cluster.rows.includes(r))),
    summary: {
      ...plan.summary,
      changes: primaryEdits.length,
      changesByRule: primaryEdits.length ? { 'merge.pick': primaryEdits.length } : {},
      merged: 1,
      archived: losers.length,
    },
  };
}

/** The kept row's cells that take another row's value (never a formula cell, never a no-op). */
function pickedValues(rows: readonly Cell[][], merge: ReviewedMerge, isFormula: (r: number, c: number) => boolean, firstRow: number): CellChange[] {
  const { primary } = merge;
  const primaryRow = rows[primary] ?? [];
  const edits: CellChange[] = [];
  for (const [column, from] of merge.picks) {
    const after = rows[from]?.[column];
    if (from === primary || isFormula(primary, column) || cellText(after) === cellText(primaryRow[column])) continue;
    edits.push({ row: primary, column, before: primaryRow[column], after, rule: 'merge.pick', why: `value of row ${firstRow + from}, chosen in the duplicate review` });
  }
  return edits;
}
