/**
 * A duplicate group merged by a person in the sidebar's review: they chose the row to keep and,
 * per column, the row whose value wins. The kept row becomes exactly the merged row the review
 * showed: every value as the clean writes it (plan.rows: +46 765…, not 46765…), from the chosen
 * row. The rest of the sheet waits for "Clean this sheet"; the other rows go to the archive as
 * read, like any merge.
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
  const primaryEdits = mergedRowEdits(plan, rows, merge, isFormula, firstRow);
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
      changesByRule: countByRule(primaryEdits),
      merged: 1,
      archived: losers.length,
    },
  };
}

/**
 * The kept row's cells that change: a value picked from another row ('merge.pick'), or the kept
 * row's own value as the clean writes it (the clean's rule). Never a formula cell, never a no-op;
 * `before` is the value as read, so undo writes it back.
 */
function mergedRowEdits(plan: Plan, rows: readonly Cell[][], merge: ReviewedMerge, isFormula: (r: number, c: number) => boolean, firstRow: number): CellChange[] {
  const { primary } = merge;
  const asRead = rows[primary] ?? [];
  const ownEdits = new Map<number, CellChange>();
  for (const e of plan.edits) if (e.row === primary) ownEdits.set(e.column, e);
  const edits: CellChange[] = [];
  const width = Math.max(asRead.length, plan.rows[primary]?.length ?? 0);
  for (let column = 0; column < width; column++) {
    const from = merge.picks.get(column) ?? primary;
    const after = plan.rows[from]?.[column];
    if (isFormula(primary, column) || cellText(after) === cellText(asRead[column])) continue;
    if (from === primary) {
      const own = ownEdits.get(column);
      if (own) edits.push({ ...own, before: asRead[column], after });
      continue;
    }
    edits.push({ row: primary, column, before: asRead[column], after, rule: 'merge.pick', why: `value of row ${firstRow + from}, chosen in the duplicate review` });
  }
  return edits;
}

function countByRule(edits: readonly CellChange[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of edits) out[e.rule] = (out[e.rule] ?? 0) + 1;
  return out;
}
