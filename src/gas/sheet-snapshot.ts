// One batch read of a data sheet: header + data rows with values, formulas, number formats,
// backgrounds and notes (a fixed handful of calls, whatever the number of rows).
import type { Cell } from '../core/table';
import { hashGrid } from './cell-codec';
import { CodedError } from '../core/messages';
import { said } from './messages';
import { datesForCore } from './sheet-dates';
import { isSpilled, spillAreas, type SpillArea } from '../core/table/spill';

export interface SheetSnapshot {
  sheetName: string;
  sheetId: number;
  headerRow: number;
  /** The spreadsheet's time zone when read: values hold its wall clocks (sheet-dates.ts). */
  timeZone: string;
  /** First data row (1-based) = headerRow + 1. */
  firstRow: number;
  numRows: number;
  numColumns: number;
  header: string[];
  values: Cell[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  notes: string[][];
  hash: string;
  /** Cells filled by array formulas, never written (core/table/spill.ts); rows as in `values` (the header row is -1). */
  spills: SpillArea[];
}

/** A sheet that cannot be worked on as it is: the person gets the reason in their language. */
export class SheetProblem extends CodedError {}

/** A SheetProblem with the catalogue's message `code`. */
export function sheetProblem(code: string, params: Record<string, string | number> = {}): SheetProblem {
  return new SheetProblem(said(code, params));
}

/** `timeZone`: the spreadsheet's, when the caller has it already (its settings carry it). */
export function readSnapshot(sheet: GoogleAppsScript.Spreadsheet.Sheet, headerRow: number, timeZone?: string): SheetSnapshot {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const name = sheet.getName();
  if (lastRow === 0 || lastColumn === 0) throw sheetProblem('msg.sheet.empty', { sheet: name });
  if (lastRow < headerRow) throw sheetProblem('msg.sheet.noHeader', { sheet: name, row: headerRow });
  if (lastRow === headerRow) throw sheetProblem('msg.sheet.headerOnly', { sheet: name });
  const range = sheet.getRange(headerRow, 1, lastRow - headerRow + 1, lastColumn);
  const merged = range.getMergedRanges();
  if (merged.length > 0) {
    const where = merged.slice(0, 3).map((m) => m.getA1Notation()).join(', ');
    throw sheetProblem('msg.sheet.merged', { sheet: name, cells: where });
  }
  const zone = timeZone ?? sheet.getParent().getSpreadsheetTimeZone();
  const all = datesForCore(range.getValues() as Cell[][], zone);
  const allFormulas = range.getFormulas();
  const formulas = allFormulas.slice(1);
  const values = all.slice(1);
  return {
    sheetName: name,
    sheetId: sheet.getSheetId(),
    headerRow,
    timeZone: zone,
    firstRow: headerRow + 1,
    numRows: values.length,
    numColumns: lastColumn,
    header: (all[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h))),
    values,
    formulas,
    formats: range.getNumberFormats().slice(1),
    backgrounds: range.getBackgrounds().slice(1),
    notes: range.getNotes().slice(1),
    hash: hashGrid(values, formulas),
    spills: spillAreas(allFormulas, allFormulas.length, lastColumn).map((a) => ({ ...a, row: a.row - 1 })),
  };
}

/** A cell no write may touch: it has a formula, or an array formula fills it. */
export function isLockedCell(snap: Pick<SheetSnapshot, 'formulas' | 'spills'>, row: number, column: number): boolean {
  return Boolean(snap.formulas[row]?.[column]) || (snap.spills.length > 0 && isSpilled(snap.spills, row, column));
}

/** Re-read values + formulas of the data rows (2-3 calls), with their hash; dates as the snapshot reads them. */
export function readBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, numColumns: number, timeZone: string): { values: Cell[][]; formulas: string[][]; hash: string } {
  const lastRow = sheet.getLastRow();
  if (lastRow < firstRow) return { values: [], formulas: [], hash: 'empty' };
  const range = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, numColumns);
  const values = datesForCore(range.getValues() as Cell[][], timeZone);
  const formulas = range.getFormulas();
  return { values, formulas, hash: hashGrid(values, formulas) };
}

/** Re-read values + formulas only, to check nothing changed since the snapshot (2-3 calls). */
export function currentHash(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, numColumns: number, timeZone: string): string {
  return readBlock(sheet, firstRow, numColumns, timeZone).hash;
}
