// Each data row as a run leaves it (values after the run's edits, formulas without their row
// numbers, which Sheets rewrites when rows above move), as a short hash. Undo compares them with
// the rows as they are then: a row that is still exactly as the run left it but sits somewhere
// else says rows were sorted, inserted or deleted since, and undo refuses to write by position.
import type { Cell } from '../core/table';
import type { CellChange } from '../core/normalize/normalize-table';
import { isDate } from '../core/normalize/cell';
import { fnv1a } from '../core/dedupe/hash';
import { formulaShape } from './cell-codec';
import type { SheetSnapshot } from './sheet-snapshot';
import { rowForSheet } from './sheet-dates';

function cellKey(v: Cell, f: string | undefined): string {
  if (f) return 'f' + formulaShape(f);
  if (v === null || v === undefined || v === '') return '';
  if (isDate(v)) return 'd' + String(Math.round(v.getTime() / 1000));
  return typeof v === 'string' ? 's' + v : typeof v === 'number' ? 'n' + String(v) : 'o' + String(v);
}

export function rowHash(values: readonly Cell[], formulas: readonly string[] | undefined, width: number): string {
  const keys: string[] = [];
  for (let c = 0; c < width; c++) keys.push(cellKey(values[c] ?? '', formulas?.[c]));
  return fnv1a(keys.join('\u0001'), 0x811c9dc5).toString(36);
}

/** Per data row as read, its hash once the run's edits are written. */
export function runRowHashes(snap: SheetSnapshot, edits: readonly CellChange[]): string[] {
  const after = new Map<number, Map<number, Cell>>();
  for (const e of edits) {
    const row = after.get(e.row) ?? new Map<number, Cell>();
    row.set(e.column, e.after);
    after.set(e.row, row);
  }
  return snap.values.map((values, r) => {
    const changed = after.get(r);
    const row = changed ? values.map((v, c) => (changed.has(c) ? (changed.get(c) as Cell) : v)) : values;
    // As the sheet will hold it: undo hashes the rows it reads back (sheet-dates.ts).
    return rowHash(rowForSheet(row, snap.timeZone), snap.formulas[r], snap.numColumns);
  });
}
