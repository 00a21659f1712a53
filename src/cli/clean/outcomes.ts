/**
 * What a plan does to each of its rows, in the whole file's row indices: the cleaned values, or
 * the archive (merged into which row, and why), and the changed cells. The rows of a batch are
 * written out in file order later, so a batch's plan is turned into these per-row outcomes.
 */
import type { CellChange } from '../../core/normalize-table';
import type { Plan } from '../../core/plan-types';
import type { Cell } from '../../core/table';
import type { RowMap } from '../batch/remap';

export interface RowOutcome {
  /** Cleaned values; null when the row is archived. */
  row: Cell[] | null;
  archived?: { primary: number; reason: string };
  /** Changed cells of this row, by column. */
  changes: CellChange[];
}

/** Calls `each(fileRow, outcome)` for every row of the plan, in the plan's row order. */
export function planOutcomes(plan: Plan, g: RowMap, each: (fileRow: number, outcome: RowOutcome) => void): void {
  const archived = new Map<number, { primary: number; reason: string }>();
  for (const m of plan.merges) for (const l of m.losers) archived.set(l, { primary: g(m.primary), reason: m.reason });
  const changes = new Map<number, CellChange[]>();
  for (const e of [...plan.edits, ...plan.merges.flatMap((m) => m.primaryEdits)]) {
    const list = changes.get(e.row);
    const c = { ...e, row: g(e.row) };
    if (list) list.push(c);
    else changes.set(e.row, [c]);
  }
  plan.rows.forEach((row, i) => {
    const a = archived.get(i);
    const list = (changes.get(i) ?? []).sort((x, y) => x.column - y.column);
    each(g(i), a ? { row: null, archived: a, changes: list } : { row, changes: list });
  });
}
