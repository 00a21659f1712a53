/**
 * changes.csv: one line per changed cell (row, column, before, after, rule, why), the command
 * line's counterpart of the add-on's "CRM Hygiene Log". With the written file and the archive it
 * gives back every value as read: a changed cell's `before` is its original, exactly.
 */
import type { CellChange } from '../../core/normalize/normalize-table';
import type { Cell } from '../../core/table';
import type { RowNumber } from '../sheet-rows';

export const CHANGES_HEADER = ['row', 'column', 'before', 'after', 'rule', 'why'];

export function changeRecord(c: CellChange, header: readonly string[], sheetRow: RowNumber): Cell[] {
  return [sheetRow(c.row), header[c.column] ?? `column ${c.column + 1}`, c.before, c.after, c.rule, c.why];
}
