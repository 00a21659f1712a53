/** Streaming CSV writer: rows go through csv-stringify to the file in chunks, formulas escaped. */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Cell } from '../../core/table';
import { cellText } from './cell-text';
import { escapeFormula } from './formula-escape';

export interface CsvWriteOptions {
  delimiter?: string;
  /** Start with a UTF-8 BOM (mirrors the input, so Excel keeps reading Vietnamese correctly). */
  bom?: boolean;
}

export function csvCells(row: readonly Cell[]): string[] {
  return row.map((v) => escapeFormula(cellText(v)));
}

export async function writeCsv(path: string, header: readonly string[], rows: Iterable<readonly Cell[]>, opts: CsvWriteOptions = {}): Promise<void> {
  function* records(): Generator<string[]> {
    yield csvCells(header);
    for (const row of rows) yield csvCells(row);
  }
  const stringifier = stringify({ delimiter: opts.delimiter ?? ',', bom: opts.bom ?? false, record_delimiter: '\n' });
  await pipeline(Readable.from(records()), stringifier, createWriteStream(path));
}
