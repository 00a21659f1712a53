/**
 * Streaming CSV writer: rows are turned into text a few thousand at a time (csv-stringify) and
 * written to the file with backpressure, so a million rows never sit in memory as text and the
 * per-row cost stays low. Formula-like cells are escaped.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
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

const ROWS_PER_WRITE = 2000;

export function csvWriter(path: string, header: readonly string[], opts: CsvWriteOptions = {}): RowWriter {
  const file = createWriteStream(path);
  let failure: unknown = null;
  file.on('error', (e) => (failure ??= e));
  const format = { delimiter: opts.delimiter ?? ',', record_delimiter: '\n' };
  let pending: string[][] = [csvCells(header)];
  let first = true;
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    const text = stringify(pending, { ...format, bom: first && (opts.bom ?? false) });
    first = false;
    pending = [];
    // once() rejects when the stream fails while we wait.
    if (!file.write(text)) await once(file, 'drain');
    if (failure) throw failure;
  };
  return {
    async write(row) {
      pending.push(csvCells(row));
      if (pending.length >= ROWS_PER_WRITE) await flush();
    },
    async close() {
      await flush();
      file.end();
      await once(file, 'finish');
      if (failure) throw failure;
    },
  };
}
