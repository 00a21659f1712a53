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

export interface CsvRowWriter extends RowWriter {
  /** CSV text already rendered by `render` (kept in order with the rows written). */
  writeText(text: string): Promise<void>;
  /** Rows as the CSV text this writer would write for them. */
  render(rows: ReadonlyArray<readonly Cell[]>): string;
}

export function csvWriter(path: string, header: readonly string[], opts: CsvWriteOptions = {}): CsvRowWriter {
  const file = createWriteStream(path);
  let failure: unknown = null;
  file.on('error', (e) => (failure ??= e));
  const format = { delimiter: opts.delimiter ?? ',', record_delimiter: '\n' };
  const render = (rows: ReadonlyArray<readonly Cell[]>): string => (rows.length ? stringify(rows.map(csvCells), format) : '');
  let rows: Array<readonly Cell[]> = [header];
  let text: string[] = opts.bom ? ['\uFEFF'] : [];
  let chars = 0; // text waiting, roughly
  const take = (): void => {
    if (!rows.length) return;
    const t = render(rows);
    text.push(t);
    chars += t.length;
    rows = [];
  };
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    take();
    const chunk = text.join('');
    text = [];
    chars = 0;
    // once() rejects when the stream fails while we wait.
    if (!file.write(chunk)) await once(file, 'drain');
    if (failure) throw failure;
  };
  return {
    render,
    async write(row) {
      rows.push(row);
      if (rows.length >= ROWS_PER_WRITE || chars >= 1 << 20) await flush();
    },
    async writeText(t) {
      take();
      text.push(t);
      chars += t.length;
      if (chars >= 1 << 20) await flush();
    },
    async close() {
      await flush();
      file.end();
      await once(file, 'finish');
      if (failure) throw failure;
    },
  };
}
