/**
 * Streaming CSV writer: rows are turned into text a few thousand at a time and written to the
 * file with backpressure, so a million rows never sit in memory as text and the per-row cost
 * stays low. Formula-like cells are escaped.
 *
 * csv-stringify decides how every field that needs quoting is written. Most fields hold none of
 * the characters that need it (the delimiter, a quote, a line break), and csv-stringify writes
 * such a field as it is, so those are joined directly: a million-row clean writes some 30
 * million fields, and calling the library for each (an array and an options object per field)
 * cost about 7 s of CPU. The quoted form of a field is remembered, as change-log reasons repeat.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import type { Cell } from '../../core/table';
import { BoundedMemo, remembered } from '../../core/normalize/bounded-memo';
import { cellText } from './cell-text';
import { escapeFormula } from './formula-escape';
import type { RowWriter } from './row-writer';

export interface CsvWriteOptions {
  delimiter?: string;
  /** Start with a UTF-8 BOM (mirrors the input, so Excel keeps reading Vietnamese correctly). */
  bom?: boolean;
}

const RECORD_DELIMITER = '\n';

/** Rows as CSV lines, exactly as csv-stringify writes them with this delimiter. */
export function csvRenderer(delimiter: string): (rows: ReadonlyArray<readonly Cell[]>) => string {
  const format = { delimiter, record_delimiter: RECORD_DELIMITER };
  const quoted = new BoundedMemo<string>(5_000);
  const quote = (text: string): string => stringify([[text]], format).slice(0, -RECORD_DELIMITER.length);
  const field = (v: Cell): string => {
    const text = escapeFormula(cellText(v));
    const plain = !text.includes(delimiter) && !text.includes('"') && !text.includes('\n') && !text.includes('\r');
    return plain ? text : remembered(quoted, text, () => quote(text));
  };
  // Joined, not concatenated: one flat string per call instead of a rope of every field.
  return (rows) => {
    const lines = new Array<string>(rows.length + 1);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as readonly Cell[];
      const cells = new Array<string>(row.length);
      for (let c = 0; c < row.length; c++) cells[c] = field(row[c]);
      lines[r] = cells.join(delimiter);
    }
    lines[rows.length] = '';
    return rows.length ? lines.join(RECORD_DELIMITER) : '';
  };
}

const ROWS_PER_WRITE = 2000;

export interface CsvRowWriter extends RowWriter {
  /** CSV text already rendered by `render` (kept in order with the rows written). */
  writeText(text: string): Promise<void> | void;
  /** Rows as the CSV text this writer would write for them. */
  render(rows: ReadonlyArray<readonly Cell[]>): string;
}

export function csvWriter(path: string, header: readonly string[], opts: CsvWriteOptions = {}): CsvRowWriter {
  const file = createWriteStream(path);
  let failure: unknown = null;
  file.on('error', (e) => (failure ??= e));
  const render = csvRenderer(opts.delimiter ?? ',');
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
    // Not async: a million rows would each pay for a promise; only a flush gives one.
    write(row) {
      rows.push(row);
      if (rows.length >= ROWS_PER_WRITE || chars >= 1 << 20) return flush();
    },
    writeText(t) {
      take();
      text.push(t);
      chars += t.length;
      if (chars >= 1 << 20) return flush();
    },
    async close() {
      await flush();
      file.end();
      await once(file, 'finish');
      if (failure) throw failure;
    },
  };
}
