/**
 * Writes back into the loaded input workbook (for XLSX in, XLSX out), so everything we do not
 * change is carried through: other sheets, styles, formulas, hyperlinks, notes. Only cells the
 * plan changed are written (never a formula cell: the plan never edits one), a hyperlink keeps
 * its target when its text is normalized, and archived rows leave the data sheet the way a
 * spreadsheet deletes rows: the rows below move up and formulas follow them (formula-rows.ts).
 */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../core/table';
import type { XlsxBook } from '../input/read-xlsx';
import { isFormulaValue } from '../input/read-xlsx';
import { rowShift, shiftFormulaRows } from './formula-rows';

type Value = ExcelJS.CellValue;

const isHyperlink = (v: unknown): v is ExcelJS.CellHyperlinkValue => typeof v === 'object' && v !== null && 'hyperlink' in v;

/** Puts a new value into data cell (index, column); a hyperlink keeps its target. */
export function setBookCell(book: XlsxBook, index: number, column: number, value: Cell): void {
  const cell = book.sheet.getRow(book.firstRow + index).getCell(column + 1);
  const old = cell.value;
  const blank = value === '' || value === null || value === undefined;
  if (isHyperlink(old) && !blank) cell.value = { ...old, text: String(value) };
  else cell.value = blank ? null : (value as Value);
}

/** A data row's cells as they are in the workbook (formulas and hyperlinks included). */
export function bookRowValues(book: XlsxBook, index: number, width: number): Value[] {
  const row = book.sheet.getRow(book.firstRow + index);
  const out: Value[] = [];
  for (let c = 1; c <= width; c++) out.push(row.getCell(c).value);
  return out;
}

/** Shared formulas become plain ones first: their master cell may be among the deleted rows. */
function unshareFormulas(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { sharedFormula?: string; shareType?: string; formula?: string; result?: unknown } | null;
      if (v && typeof v === 'object' && (v.sharedFormula !== undefined || v.shareType === 'shared')) {
        cell.value = { formula: cell.formula, result: v.result } as Value;
      }
    }),
  );
}

/** Every formula of the workbook as it reads once `deleted` (sheet rows) leave the data sheet. */
function shiftFormulas(book: XlsxBook, deleted: readonly number[]): void {
  const shift = rowShift(deleted);
  for (const sheet of book.workbook.worksheets) {
    unshareFormulas(sheet);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | null;
        if (isFormulaValue(v) && typeof v?.formula === 'string') {
          cell.value = { ...(v as object), formula: shiftFormulaRows(v.formula, shift, book.sheet.name, sheet === book.sheet) } as Value;
        }
      }),
    );
  }
}

/** Deletes data rows (indices) from the sheet: rows below move up with values, styles and notes. */
export function deleteBookRows(book: XlsxBook, indices: readonly number[]): void {
  if (indices.length === 0) return;
  const deleted = indices.map((i) => book.firstRow + i);
  shiftFormulas(book, deleted);
  const shift = rowShift(deleted);
  const sheet = book.sheet;
  const last = sheet.rowCount;
  const width = sheet.columnCount;
  for (let r = Math.min(...deleted) + 1; r <= last; r++) {
    const to = shift(r);
    if (to === null || to === r) continue;
    const src = sheet.getRow(r);
    const dst = sheet.getRow(to);
    dst.values = src.values;
    dst.height = src.height;
    for (let c = 1; c <= width; c++) {
      const from = src.getCell(c);
      const cell = dst.getCell(c);
      cell.style = from.style;
      if (from.note !== undefined) cell.note = from.note;
    }
  }
  const kept = last - deleted.length;
  sheet.spliceRows(kept + 1, last - kept);
}
