/**
 * The files a run writes, behind one small interface each, whatever the format:
 *  - the cleaned / normalized table: every input row in order, changed cells applied, archived
 *    rows left out (a CSV or new XLSX is streamed; an XLSX input is written back into its own
 *    workbook, see xlsx-book.ts);
 *  - the archive: merged-away rows exactly as read, with why, where they went and where they were;
 *  - changes.csv: one line per changed cell (see changes-log.ts).
 * Each writes to the temporary path its OutputBatch reserved.
 */
import type { CellChange } from '../../core/normalize/normalize-table';
import type { Cell } from '../../core/table';
import { cellFromExcel } from '../input/read-xlsx';
import type { InputSource } from '../input/read-table';
import { formatOf } from '../input/read-table';
import type { RowNumber } from '../sheet-rows';
import { changeLines, CHANGES_HEADER } from './changes-log';
import { csvText, csvWriter, type CsvWriteOptions } from './write-csv';
import { xlsxWriter, type RowWriter } from './row-writer';
import { bookRowValues, deleteBookRows, setBookCell } from './xlsx-book';

export interface TableOutput {
  /** Row `index` stays, with these (cleaned) values. Called in row order; await a promise returned. */
  keep(index: number, row: readonly Cell[]): Promise<void> | void;
  /** Row `index` leaves the table (archived). */
  drop(index: number): void;
  /** A cell the plan changed (already part of the row passed to keep()). */
  changed(c: CellChange): void;
  close(): Promise<void>;
}

export interface ArchiveOutput {
  add(index: number, primary: number, reason: string): Promise<void> | void;
  close(): Promise<void>;
}

export interface ChangesOutput {
  add(changes: readonly CellChange[]): Promise<void> | void;
  /** The lines of these changes as text, to be written later with addText (kept off the heap). */
  render(changes: readonly CellChange[]): string;
  addText(text: string): Promise<void> | void;
  close(): Promise<void>;
}

export const ARCHIVE_COLUMNS = ['Archive reason', 'Merged into row', 'Original row'];

/** How CSV outputs are written: the input's delimiter and BOM (a BOM for XLSX input: Excel needs it). */
export function csvOptions(source: InputSource): CsvWriteOptions {
  return source.format === 'csv' ? { delimiter: source.delimiter, bom: source.encoding?.bom } : { delimiter: ',', bom: true };
}

function rowWriter(tmp: string, final: string, sheetName: string, header: readonly string[], source: InputSource): RowWriter {
  return formatOf(final) === 'xlsx' ? xlsxWriter(tmp, sheetName, header) : csvWriter(tmp, header, csvOptions(source));
}

export function tableOutput(tmp: string, final: string, sheetName: string, source: InputSource): TableOutput {
  const book = source.book;
  if (book && formatOf(final) === 'xlsx') {
    const dropped: number[] = [];
    return {
      keep: () => {},
      drop: (i) => void dropped.push(i),
      changed: (c) => setBookCell(book, c.row, c.column, c.after),
      async close() {
        deleteBookRows(book, dropped);
        await book.workbook.xlsx.writeFile(tmp);
      },
    };
  }
  const w = rowWriter(tmp, final, sheetName, source.header, source);
  return { keep: (_i, row) => w.write(row), drop: () => {}, changed: () => {}, close: () => w.close() };
}

/**
 * `original(i)` gives a row as read. From an XLSX input the archive keeps what the cells held:
 * a formula as its text (`=LEN(B7)`, a string cell, so it is shown, not run) and hyperlinks.
 */
export function archiveOutput(tmp: string, final: string, source: InputSource, original: (i: number) => Cell[], sheetRow: RowNumber): ArchiveOutput {
  const header = [...source.header, ...ARCHIVE_COLUMNS];
  const w = rowWriter(tmp, final, 'CRM Archive', header, source);
  const xlsxOut = formatOf(final) === 'xlsx';
  const book = source.book;
  const cellsOf = (i: number): Cell[] => {
    if (!book) return original(i);
    return bookRowValues(book, i, source.header.length).map((v) => {
      if (typeof v === 'object' && v !== null && 'formula' in v && typeof v.formula === 'string') return `=${v.formula}`;
      return xlsxOut ? (v as Cell) : cellFromExcel(v);
    });
  };
  return {
    add: (i, primary, reason) => w.write([...cellsOf(i), reason, sheetRow(primary), sheetRow(i)]),
    close: () => w.close(),
  };
}

export function changesOutput(tmp: string, source: InputSource, sheetRow: RowNumber): ChangesOutput {
  const options = csvOptions(source);
  const w = csvWriter(tmp, CHANGES_HEADER, options);
  const line = changeLines(source.header, sheetRow, options.delimiter ?? ',');
  return {
    add(changes) {
      const waits: Array<Promise<void>> = [];
      for (const c of changes) {
        const wait = w.writeLine(line(c));
        if (wait) waits.push(wait);
      }
      if (waits.length) return Promise.all(waits).then(() => undefined);
    },
    render: (changes) => csvText(changes.map(line)),
    addText: (text) => (text ? w.writeText(text) : undefined),
    close: () => w.close(),
  };
}
