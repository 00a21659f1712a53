// Room in the workbook: Google Sheets holds at most 10,000,000 cells per spreadsheet, counting
// every row and column of every sheet, empty or not. A run that needs more room for its log,
// archive, journal and queue than is left refuses before it writes anything, rather than failing
// half-way; a run's bookkeeping is estimated from what it will write (journaled-run.ts).
import { sheetProblem } from './sheet-snapshot';
import { ADDON_SHEETS } from './sheet-names';

export const SHEETS_CELL_LIMIT = 10_000_000;
/** A new sheet is 1000 x 26 until we cut it to its content. */
export const NEW_SHEET_CELLS = 1000 * 26;
/** Cells per row of "CRM Hygiene Log". */
export const LOG_WIDTH = 8;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Cells of every sheet (two calls per sheet). */
export function workbookCells(ss: Spreadsheet): number {
  let total = 0;
  for (const s of ss.getSheets()) total += s.getMaxRows() * s.getMaxColumns();
  return total;
}

/** Helper sheets that do not exist yet (each is briefly 1000 x 26 when created). */
export function missingHelperSheets(ss: Spreadsheet, names: readonly string[] = ADDON_SHEETS): number {
  const present = new Set(ss.getSheets().map((s) => s.getName()));
  return names.filter((n) => !present.has(n)).length;
}

/** Refuses, with the figures, when `needed` more cells do not fit in the workbook. */
export function checkRoom(ss: Spreadsheet, needed: number): void {
  const available = SHEETS_CELL_LIMIT - workbookCells(ss);
  if (needed > available) {
    throw sheetProblem('msg.room.full', { needed: Math.ceil(needed), available: Math.max(0, available), limit: SHEETS_CELL_LIMIT });
  }
}
