/**
 * The archive file: every merged-away row exactly as it was read, plus why it left, which row it
 * was merged into, and where it was (sheet numbering), so nothing is ever lost or unexplained.
 */
import type { Cell, Table } from '../core/table';
import type { Plan } from '../core/plan/plan-types';
import { sheetRow } from './sheet-rows';

export const ARCHIVE_COLUMNS = ['Archive reason', 'Merged into row', 'Original row'];

export function archiveHeader(header: readonly string[]): string[] {
  return [...header, ...ARCHIVE_COLUMNS];
}

export function* archiveRows(table: Table, plan: Plan): Generator<Cell[]> {
  const entries: Array<{ row: number; primary: number; reason: string }> = [];
  for (const m of plan.merges) for (const loser of m.losers) entries.push({ row: loser, primary: m.primary, reason: m.reason });
  entries.sort((a, b) => a.row - b.row);
  for (const e of entries) yield [...(table.rows[e.row] ?? []), e.reason, sheetRow(e.primary), sheetRow(e.row)];
}

/** Rows of the cleaned file: the plan's rows without the archived ones, in their original order. */
export function* keptRows(plan: Plan): Generator<Cell[]> {
  const archived = new Set<number>();
  for (const m of plan.merges) for (const loser of m.losers) archived.add(loser);
  for (let r = 0; r < plan.rows.length; r++) if (!archived.has(r)) yield plan.rows[r] ?? [];
}
