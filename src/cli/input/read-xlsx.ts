/**
 * XLSX reader. The whole workbook is loaded (exceljs's document model), because the outputs
 * carry it through: formula cells stay formulas, hyperlinks keep their targets, and every other
 * sheet is written back as it was. The first worksheet is the data: its first non-empty row is
 * the header, rows keep their sheet numbers, values keep their types like Sheets' getValues
 * (numbers, Dates, booleans; a formula cell gives its cached result and is never written).
 */
import ExcelJS from 'exceljs';
import type { Cell } from '../../core/table';
import { CliError } from '../errors';
import { checkHeader } from './check-header';
import { checkInputFile } from './input-file';
import type { RowSource } from './row-source';

/** One exceljs cell value as the plain Cell the core expects. */
export function cellFromExcel(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('error' in o) return String(o.error); // '#N/A' stays visible, as in a sheet
    // Formula cells: the cached result is the value; the CLI never evaluates formulas.
    if ('result' in o) return cellFromExcel(o.result);
    if ('formula' in o || 'sharedFormula' in o) return '';
    if ('text' in o) return cellFromExcel(o.text);
  }
  return String(v);
}

export const isFormulaValue = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** The loaded workbook and where the data sits in it, for the XLSX outputs. */
export interface XlsxBook {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** Sheet row number of each data row (rows[i] is sheet row firstRow + i). */
  firstRow: number;
  /** Data cells holding a formula: row * width + column. Never written. */
  formulas: Set<number>;
}

export interface XlsxSource extends RowSource {
  book: XlsxBook;
}

export interface ReadXlsxOptions {
  onProgress?: (done: number, total: number) => void;
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new CliError(`not a valid XLSX file: ${(e as Error)?.message ?? String(e)}`);
  }
  return workbook;
}

export async function openXlsx(path: string, opts: ReadXlsxOptions = {}): Promise<XlsxSource> {
  const size = await checkInputFile(path);
  if (size === 0) throw new CliError(`empty file: ${path}`);
  const workbook = await loadWorkbook(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new CliError(`empty file: ${path} has no worksheet`);
  const last = sheet.rowCount;
  // row.values is 1-based and sparse: index 0 is unused, gaps are empty cells.
  const valuesOf = (r: number): unknown[] => (sheet.getRow(r).values as unknown[]) ?? [];
  const filled = (vs: unknown[]): boolean => vs.some((v) => cellFromExcel(v) !== '' || isFormulaValue(v));
  let headerRow = 1;
  while (headerRow <= last && !filled(valuesOf(headerRow))) headerRow++;
  if (headerRow > last) throw new CliError(`empty file: ${path} has no header and no rows`);
  const header = checkHeader(valuesOf(headerRow).slice(1).map((v) => cellFromExcel(v)));
  const width = header.length;
  let lastData = last;
  while (lastData > headerRow && !filled(valuesOf(lastData))) lastData--;

  const formulas = new Set<number>();
  const rows: Cell[][] = [];
  for (let r = headerRow + 1; r <= lastData; r++) {
    const values = valuesOf(r);
    if (values.slice(width + 1).some((v) => cellFromExcel(v) !== '' || isFormulaValue(v))) {
      throw new CliError(`ragged rows: row ${r} has values beyond the ${width} named columns; a shifted row puts values in the wrong columns`);
    }
    const out: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const v = values[c + 1];
      out[c] = cellFromExcel(v);
      if (isFormulaValue(v)) formulas.add(rows.length * width + c);
    }
    rows.push(out);
    if (rows.length % 10000 === 0) opts.onProgress?.(rows.length, 0);
  }
  async function* each(): AsyncGenerator<Cell[]> {
    yield* rows;
  }
  return { format: 'xlsx', header, headerRow, rows: each(), book: { workbook, sheet, firstRow: headerRow + 1, formulas } };
}
