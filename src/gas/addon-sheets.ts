// Creating the add-on's own sheets and appending blocks of rows to them in batch calls. A new
// sheet has 1000 rows x 26 columns, and every one of them counts against the workbook's
// 10,000,000 cells: our sheets are cut to the width of their content and grow row by row.
import type { Cell } from '../core/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The sheet called `name`, created when it does not exist: with a header row (frozen), hidden if
 * asked, `width` columns wide (default: the header's) and no empty rows but the one Sheets keeps
 * below frozen rows. `width` null keeps a new sheet's own size (a sheet with a chart over open
 * ranges needs its rows: a range does not grow when rows are added below its end).
 */
export function ensureSheet(ss: Spreadsheet, name: string, header: string[], hidden = false, width: number | null = header.length): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  if (width !== null) fitTo(sheet, header.length > 0 ? 2 : 1, Math.max(1, width, header.length));
  else growTo(sheet, 1, header.length);
  if (header.length > 0) {
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    sheet.setFrozenRows(1);
  }
  if (hidden) sheet.hideSheet();
  // insertSheet activates the new sheet; the user stays where they were.
  ss.setActiveSheet(active);
  return sheet;
}

/** Cut or grow an empty new sheet to exactly `rows` x `columns` (a call or two each way). */
function fitTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  growTo(sheet, rows, columns);
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
