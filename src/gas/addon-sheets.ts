// Creating the add-on's own sheets and appending blocks of rows to them in batch calls.
import type { Cell } from '../core/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet called `name`, created with a header row (and hidden) when it does not exist. */
export function ensureSheet(ss: Spreadsheet, name: string, header: string[], hidden = false): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  if (header.length > 0) {
    growTo(sheet, 1, header.length);
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    sheet.setFrozenRows(1);
  }
  if (hidden) sheet.hideSheet();
  // insertSheet activates the new sheet; the user stays where they were.
  ss.setActiveSheet(active);
  return sheet;
}

/** Make sure the sheet has at least `rows` rows and `columns` columns (one call each at most). */
export function growTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Append rows (all the same width) below the last row; columns listed in `textColumns` (0-based)
 * are formatted as plain text first so their strings are stored as typed. Returns the first row.
 */
export function appendBlock(sheet: Sheet, rows: Cell[][], textColumns: number[] = []): number {
  const first = sheet.getLastRow() + 1;
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) return first;
  growTo(sheet, first + rows.length - 1, width);
  for (const c of contiguous(textColumns)) sheet.getRange(first, c.start + 1, rows.length, c.length).setNumberFormat('@');
  sheet.getRange(first, 1, rows.length, width).setValues(rows);
  return first;
}

function contiguous(columns: number[]): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.start + last.length === c) last.length++;
    else out.push({ start: c, length: 1 });
  }
  return out;
}
