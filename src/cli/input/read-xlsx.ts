/**
 * XLSX reader over exceljs's streaming WorkbookReader: rows are emitted while the zip is read,
 * so a large workbook never exists twice in memory. Only the first worksheet is read (a CRM
 * export has one); values keep their types like Sheets' getValues (numbers, Dates, booleans).
 */
import ExcelJS from 'exceljs';
import { stat } from 'node:fs/promises';
import type { Cell, Table } from '../../core/table';
import { CliError } from '../errors';
import { checkHeader } from './check-header';

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

export interface ReadXlsxOptions {
  onProgress?: (done: number, total: number) => void;
}

export async function readXlsx(path: string, opts: ReadXlsxOptions = {}): Promise<{ table: Table; sheet: string }> {
  let size: number;
  try {
    const s = await stat(path);
    size = s.size;
    if (!s.isFile()) throw new CliError(`${path} is not a regular file`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`file not found: ${path}`);
  }
  if (size === 0) throw new CliError(`empty file: ${path}`);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // needed to tell date cells from numbers
    worksheets: 'emit',
  });
  let header: string[] | null = null;
  const rows: Cell[][] = [];
  let sheet = '';
  try {
    for await (const ws of reader) {
      sheet = (ws as unknown as { name?: string }).name ?? 'Sheet1';
      for await (const row of ws) {
        // row.values is 1-based and sparse: index 0 is unused, gaps are empty cells.
        const values = (row as ExcelJS.Row).values as unknown[];
        if (!header) {
          header = checkHeader(values.slice(1).map((v) => cellFromExcel(v)));
          continue;
        }
        const out: Cell[] = new Array(header.length);
        for (let c = 0; c < header.length; c++) out[c] = cellFromExcel(values[c + 1]);
        const extra = values.slice(header.length + 1).some((v) => cellFromExcel(v) !== '');
        if (extra) throw new CliError(`ragged rows: row ${row.number} has values beyond the ${header.length} named columns`);
        if (out.every((v) => v === '')) continue;
        rows.push(out);
        if (rows.length % 10000 === 0) opts.onProgress?.(rows.length, 0);
      }
      break; // first worksheet only
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`not a valid XLSX file: ${(e as Error).message}`);
  }
  if (!header) throw new CliError(`empty file: ${path} has no header and no rows`);
  return { table: { header, rows }, sheet };
}
