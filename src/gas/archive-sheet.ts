// "CRM Archive": rows merged away (or archived as inactive), exactly as they were: each cell's
// value, number format, background and note, and a formula cell as its formula's text (listed in
// "Formula cells", so that a person reading the archive sees the formula and undo writes it back
// as a formula). Each row carries the run id, the reason, the row it was merged into, its original
// row number and a row id (run id + original row): undo finds a run's rows by these, wherever the
// archive has been sorted since.
import type { Cell } from '../core/table';
import { columnLetters } from '../core/table/a1';
import { ARCHIVE_SHEET } from './sheet-names';
import { ensureSheet, growTo } from './addon-sheets';
import { forWrite } from './cell-codec';
import { DEFAULT_BACKGROUND } from '../core/audit/marks';
import type { RowState } from './journal-records';
import { MAX_DELETE_RUNS, runsOf, sortAndDelete, sortAllowed } from './row-removal';

export const ARCHIVE_FIXED = ['Archived at', 'Run id', 'Sheet', 'Reason', 'Primary row', 'Original row', 'Row id', 'Formula cells'];
/** Columns of the previous layout, before row ids and formula cells were added after them. */
const OLD_FIXED = 6;
const RUN_ID = 1;
const ROW_ID = 6;
const FORMULA_CELLS = 7;
const TEXT = '@';
const PLAIN = '0.###############';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ArchivedRow {
  reason: string;
  /** Sheet row of the row it was merged into (as read), '' for inactive rows. */
  primaryRow: number | '';
  /** Sheet row it came from (as read). */
  originalRow: number;
  state: RowState;
}

export function archiveRowId(runId: string, originalRow: number): string {
  return `${runId}-${originalRow}`;
}

/** The archive, with the current layout (an archive of the previous layout gains two columns). */
function archiveSheet(ss: Spreadsheet, header: string[]): Sheet {
  const sheet = ensureSheet(ss, ARCHIVE_SHEET, [...ARCHIVE_FIXED, ...header]);
  const seventh = sheet.getMaxColumns() > OLD_FIXED ? String(sheet.getRange(1, ROW_ID + 1).getValue()) : '';
  if (seventh !== ARCHIVE_FIXED[ROW_ID]) {
    sheet.insertColumnsAfter(OLD_FIXED, ARCHIVE_FIXED.length - OLD_FIXED);
    sheet.getRange(1, OLD_FIXED + 1, 1, ARCHIVE_FIXED.length - OLD_FIXED).setValues([ARCHIVE_FIXED.slice(OLD_FIXED)]);
  }
  return sheet;
}

/** Appends rows with their formats, backgrounds and notes (five batch calls). */
export function appendArchive(
  ss: Spreadsheet,
  run: { runId: string; time: Date; sheet: string },
  header: string[],
  rows: ArchivedRow[],
): { firstRow: number; count: number } {
  const sheet = archiveSheet(ss, header);
  const first = sheet.getLastRow() + 1;
  if (rows.length === 0) return { firstRow: first, count: 0 };
  const dataWidth = rows.reduce((w, r) => Math.max(w, r.state.values.length), header.length);
  const width = ARCHIVE_FIXED.length + dataWidth;
  growTo(sheet, first + rows.length - 1, width);
  const formats: string[][] = [];
  const values: Cell[][] = [];
  const backgrounds: string[][] = [];
  const notes: string[][] = [];
  for (const r of rows) {
    const s = r.state;
    const formulaColumns: string[] = [];
    const cellFormats: string[] = [];
    const cellValues: Cell[] = [];
    for (let c = 0; c < dataWidth; c++) {
      const format = s.formats[c] || PLAIN;
      const formula = s.formulas[c] ?? '';
      if (formula) formulaColumns.push(columnLetters(c + 1));
      cellFormats.push(format);
      cellValues.push(forWrite(formula || (s.values[c] ?? ''), format));
    }
    formats.push([PLAIN, TEXT, TEXT, TEXT, PLAIN, PLAIN, TEXT, TEXT, ...cellFormats]);
    values.push([run.time, run.runId, run.sheet, r.reason, r.primaryRow, r.originalRow, archiveRowId(run.runId, r.originalRow), formulaColumns.join(' '), ...cellValues]);
    backgrounds.push([...new Array<string>(ARCHIVE_FIXED.length).fill(DEFAULT_BACKGROUND), ...pad(s.backgrounds, dataWidth, DEFAULT_BACKGROUND)]);
    notes.push([...new Array<string>(ARCHIVE_FIXED.length).fill(''), ...pad(s.notes, dataWidth, '')]);
  }
  const range = sheet.getRange(first, 1, rows.length, width);
  range.setNumberFormats(formats);
  range.setValues(values);
  range.setBackgrounds(backgrounds);
  range.setNotes(notes);
  return { firstRow: first, count: rows.length };
}

function pad(list: readonly string[], width: number, fill: string): string[] {
  return Array.from({ length: width }, (_, i) => list[i] || fill);
}

export interface FoundRow {
  /** Archive row (1-based) where it is now. */
  row: number;
  rowId: string;
}

/** The rows of run `runId` in the archive, wherever they are now (one read of two columns). */
export function findArchivedRows(ss: Spreadsheet, runId: string): FoundRow[] {
  const sheet = ss.getSheetByName(ARCHIVE_SHEET);
  if (!sheet || sheet.getLastRow() < 2 || sheet.getLastColumn() <= ROW_ID) return [];
  const ids = sheet.getRange(2, RUN_ID + 1, sheet.getLastRow() - 1, ROW_ID - RUN_ID + 1).getValues();
  const out: FoundRow[] = [];
  ids.forEach((line, i) => {
    const rowId = String(line[ROW_ID - RUN_ID] ?? '');
    if (String(line[0]) === runId && rowId.startsWith(`${runId}-`)) out.push({ row: i + 2, rowId });
  });
  return out;
}

/**
 * Archived rows as they are now (a person may have edited them there): per row id, the data
 * cells with formula cells turned back into formulas. One block read of four layers over the rows'
 * span (a run's rows are usually together).
 */
export function readArchivedRows(ss: Spreadsheet, found: FoundRow[], numColumns: number): Map<string, RowState> {
  const out = new Map<string, RowState>();
  const sheet = ss.getSheetByName(ARCHIVE_SHEET);
  if (!sheet || found.length === 0) return out;
  const top = Math.min(...found.map((f) => f.row));
  const bottom = Math.max(...found.map((f) => f.row));
  const range = sheet.getRange(top, 1, bottom - top + 1, ARCHIVE_FIXED.length + numColumns);
  const values = range.getValues();
  const formats = range.getNumberFormats();
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  for (const f of found) {
    const i = f.row - top;
    const line = values[i] ?? [];
    const formulaColumns = new Set(String(line[FORMULA_CELLS] ?? '').split(' ').filter(Boolean));
    const data = (layer: unknown[][] | undefined): unknown[] => (layer?.[i] ?? []).slice(ARCHIVE_FIXED.length);
    const cells = data(values) as Cell[];
    const formulas = cells.map((v, c) => (formulaColumns.has(columnLetters(c + 1)) ? String(v) : ''));
    out.set(f.rowId, {
      values: cells.map((v, c) => (formulas[c] ? '' : v)),
      formulas,
      formats: data(formats) as string[],
      backgrounds: data(backgrounds) as string[],
      notes: data(notes) as string[],
    });
  }
  return out;
}

/** Removes archive rows (after undo put them back): runs of rows bottom-up, or one sort when scattered. */
export function removeArchivedRows(ss: Spreadsheet, rows: number[]): void {
  const sheet = ss.getSheetByName(ARCHIVE_SHEET);
  if (!sheet || rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => a - b);
  // Sheets refuses to delete every non-frozen row: keep one spare row.
  if (sheet.getMaxRows() - sorted.length <= 1) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  const runs = runsOf(sorted);
  if (runs.length > MAX_DELETE_RUNS && sortAllowed(sheet)) {
    const last = sheet.getLastRow();
    sortAndDelete(sheet, 2, last - 1, sheet.getLastColumn(), sorted.map((r) => r - 2));
    return;
  }
  for (const run of runs.reverse()) sheet.deleteRows(run.start, run.length);
}
