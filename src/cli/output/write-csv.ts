/**
 * Streaming CSV writer: rows go through csv-stringify to the file as they come, with
 * backpressure, so a million rows never sit in memory as text. Formula-like cells are escaped.
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Cell } from '../../core/table';
import { cellText } from './cell-text';
import { escapeFormula } from './formula-escape';
import type { RowWriter } from './row-writer';

export interface CsvWriteOptions {
  delimiter?: string;
  /** Start with a UTF-8 BOM (mirrors the input, so Excel keeps reading Vietnamese correctly). */
  bom?: boolean;
}

export function csvCells(row: readonly Cell[]): string[] {
  return row.map((v) => escapeFormula(cellText(v)));
}

export function csvWriter(path: string, header: readonly string[], opts: CsvWriteOptions = {}): RowWriter {
  const stringifier = stringify({ delimiter: opts.delimiter ?? ',', bom: opts.bom ?? false, record_delimiter: '\n' });
  let failure: unknown = null;
  const done = pipeline(stringifier, createWriteStream(path)).catch((e: unknown) => {
    failure ??= e;
  });
  const put = async (cells: string[]): Promise<void> => {
    if (failure) throw failure;
    if (!stringifier.write(cells)) await Promise.race([new Promise((resolve) => stringifier.once('drain', resolve)), done]);
    if (failure) throw failure;
  };
  const first = put(csvCells(header));
  return {
    async write(row) {
      await first;
      await put(csvCells(row));
    },
    async close() {
      await first;
      stringifier.end();
      await done;
      if (failure) throw failure;
    },
  };
}
