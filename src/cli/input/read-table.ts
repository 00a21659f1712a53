/** Reads a CSV or XLSX file into a Table; the format comes from the extension (or the ZIP magic). */
import { extname } from 'node:path';
import type { Table } from '../../core/table';
import type { DetectedEncoding } from './decode';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export type FileFormat = 'csv' | 'xlsx';

export interface InputFile {
  table: Table;
  format: FileFormat;
  /** CSV only: how the text was decoded and split (mirrored on output). */
  encoding?: DetectedEncoding;
  delimiter?: string;
}

export interface ReadTableOptions {
  encoding?: string;
  onProgress?: (done: number, total: number) => void;
}

export function formatOf(path: string): FileFormat {
  return extname(path).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
}

export async function readTable(path: string, opts: ReadTableOptions = {}): Promise<InputFile> {
  if (formatOf(path) === 'xlsx') {
    const { table } = await readXlsx(path, opts);
    return { table, format: 'xlsx' };
  }
  const csv = await readCsv(path, opts);
  return { table: csv.table, format: 'csv', encoding: csv.encoding, delimiter: csv.delimiter };
}

