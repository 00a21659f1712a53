/**
 * Streaming CSV writer: rows are turned into text one at a time, encoded into a buffer and written
 * to the file with backpressure, so a million rows never sit in memory as text and the per-row
 * cost stays low. Formula-like cells are escaped.
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

/** One cell as a CSV field, exactly as csv-stringify writes it with this delimiter. */
export function csvField(delimiter: string): (v: Cell) => string {
  const format = { delimiter, record_delimiter: RECORD_DELIMITER };
  const quoted = new BoundedMemo<string>(5_000);
  const quote = (text: string): string => stringify([[text]], format).slice(0, -RECORD_DELIMITER.length);
  return (v) => {
    const text = escapeFormula(cellText(v));
    const plain = !text.includes(delimiter) && !text.includes('"') && !text.includes('\n') && !text.includes('\r');
    return plain ? text : remembered(quoted, text, () => quote(text));
  };
}

/** One row as its CSV line (no record delimiter). */
export function csvLine(delimiter: string): (row: readonly Cell[]) => string {
  const field = csvField(delimiter);
  // Joined, not concatenated: one flat string instead of a rope of every field.
  return (row) => {
    const cells = new Array<string>(row.length);
    for (let c = 0; c < row.length; c++) cells[c] = field(row[c]);
    return cells.join(delimiter);
  };
}

/** Lines as CSV text, each ended by the record delimiter ('' for none). */
export function csvText(lines: readonly string[]): string {
  return lines.length ? `${lines.join(RECORD_DELIMITER)}${RECORD_DELIMITER}` : '';
}

/** Bytes handed to the file at a time. */
const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

export interface CsvRowWriter extends RowWriter {
  /** CSV text already rendered (csvText of csvLine lines; kept in order with the rows written). */
  writeText(text: string): Promise<void> | void;
  /** One line already rendered (by csvLine or csvField with this writer's delimiter). */
  writeLine(line: string): Promise<void> | void;
}

/**
 * Each row is turned into its line as it comes and encoded straight into a 1 MB buffer, which
 * goes to the file when full. Nothing waits as rows or text: a waiting row would outlive the
 * young generation and be copied by the garbage collector, and joining lines into blocks and
 * blocks into chunks copied every character twice more before it was encoded.
 */
export function csvWriter(path: string, header: readonly string[], opts: CsvWriteOptions = {}): CsvRowWriter {
  const file = createWriteStream(path);
  let failure: unknown = null;
  file.on('error', (e) => (failure ??= e));
  const delimiter = opts.delimiter ?? ',';
  const line = csvLine(delimiter);
  let buf: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let full: Buffer[] = [];
  // Buffers the file has finished with, to fill again: a fresh megabyte per megabyte written
  // would leave hundreds waiting for the garbage collector to free them.
  const spare: Buffer[] = [];
  const seal = (): void => {
    if (used === 0) return;
    full.push(buf.subarray(0, used));
    buf = spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
  };
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair: 2 units, 4 bytes).
  const put = (text: string, newline: boolean): void => {
    const most = text.length * 3 + 1;
    if (used + most > buf.length) seal();
    if (most > buf.length) {
      full.push(Buffer.from(newline ? `${text}\n` : text));
      return;
    }
    used += buf.write(text, used);
    if (newline) buf[used++] = NEWLINE;
  };
  const send = async (): Promise<void> => {
    if (failure) throw failure;
    const chunks = full;
    full = [];
    let more = true;
    for (const chunk of chunks) more = file.write(chunk);
    if (more) return;
    // once() rejects when the stream fails while we wait. After 'drain' every chunk is written.
    await once(file, 'drain');
    if (failure) throw failure;
    for (const chunk of chunks) if (chunk.byteOffset === 0 && chunk.buffer.byteLength === CHUNK_BYTES) spare.push(Buffer.from(chunk.buffer));
  };
  if (opts.bom) put('\uFEFF', false);
  put(line(header), true);
  return {
    // Not async: a million rows would each pay for a promise; only a full buffer gives one.
    write(row) {
      put(line(row), true);
      if (full.length) return send();
    },
    writeText(text) {
      put(text, false);
      if (full.length) return send();
    },
    writeLine(text) {
      put(text, true);
      if (full.length) return send();
    },
    async close() {
      seal();
      await send();
      file.end();
      await once(file, 'finish');
      if (failure) throw failure;
    },
  };
}
