/**
 * changes.csv: one line per changed cell (row, column, before, after, rule, why), the command
 * line's counterpart of the add-on's "CRM Hygiene Log". With the written file and the archive it
 * gives back every value as read: a changed cell's `before` is its original, exactly.
 */
import type { CellChange } from '../../core/normalize/normalize-table';
import type { RowNumber } from '../sheet-rows';
import { csvField } from './write-csv';

export const CHANGES_HEADER = ['row', 'column', 'before', 'after', 'rule', 'why'];

/**
 * A change as its CSV line: row, column, before, after, rule, why. A large clean logs millions of
 * changes over a dozen columns and rules, so their fields are rendered once each.
 */
export function changeLines(header: readonly string[], sheetRow: RowNumber, delimiter: string): (c: CellChange) => string {
  const field = csvField(delimiter);
  const columns = header.map((h) => field(h));
  const rules = new Map<string, string>();
  return (c) => {
    const column = columns[c.column] ?? field(`column ${c.column + 1}`);
    let rule = rules.get(c.rule);
    if (rule === undefined) rules.set(c.rule, (rule = field(c.rule)));
    // A row number is digits: its field is itself.
    return [String(sheetRow(c.row)), column, field(c.before), field(c.after), rule, field(c.why)].join(delimiter);
  };
}
