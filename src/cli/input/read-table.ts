/** Opens a CSV or XLSX file (the format comes from the extension), as a stream or a whole Table. */
import { extname } from 'node:path';
import type { Cell, Table } from '../../core/table';
import type { DetectedEncoding } from './decode';
import { openCsv } from './read-csv';
import { openXlsx, type XlsxBook } from './read-xlsx';
import type { FileFormat, RowSource } from './row-source';

export type { FileFormat };

export interface InputSource extends RowSource {
  /** CSV only: how the text was decoded and split (mirrored on output). */
  encoding?: DetectedEncoding;
  delimiter?: string;
  /** XLSX only: the workbook, carried through to XLSX outputs. */
  book?: XlsxBook;
}

export interface InputFile extends Omit<InputSource, 'rows'> {
  table: Table;
}

export interface ReadTableOptions {
  encoding?: string;
  onProgress?: (done: number, total: number) => void;
}

export function formatOf(path: string): FileFormat {
  return extname(path).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
}

export function openInput(path: string, opts: ReadTableOptions = {}): Promise<InputSource> {
  return formatOf(path) === 'xlsx' ? openXlsx(path, opts) : openCsv(path, opts);
}

/** The whole file as one Table (for the commands that look at all rows at once). */
export async function readTable(path: string, opts: ReadTableOptions = {}): Promise<InputFile> {
  const { rows: stream, ...source } = await openInput(path, opts);
  const rows: Cell[][] = [];
  for await (const row of stream) rows.push(row);
  return { ...source, table: { header: source.header, rows } };
}
