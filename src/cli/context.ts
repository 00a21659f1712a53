/** What every command gets: settings, progress, stdout, and the shared input reading. */
import type { Settings } from '../core/settings';
import type { CliOptions } from './args';
import type { Progress } from './progress';
import { openInput, type InputSource } from './input/read-table';
import { RowStore } from './rows/row-store';
import { rowNumbering, type RowNumber } from './sheet-rows';

export interface RunContext {
  settings: Settings;
  progress: Progress;
  /** Writes one block of text to stdout. */
  out: (text: string) => void;
}

export interface OpenedInput {
  source: InputSource;
  /** Sheet row number of a data row index. */
  sheetRow: RowNumber;
}

/** Opens the input for reading row by row (its header is read and checked already). */
export async function openSource(opts: CliOptions, ctx: RunContext): Promise<OpenedInput> {
  const source = await openInput(opts.input, {
    encoding: opts.encoding,
    onProgress: (done, total) => ctx.progress.update('reading', done, total),
  });
  // Row numbers in sentences ("filled from duplicate row 7") count from the file's header row.
  ctx.settings = { ...ctx.settings, headerRow: source.headerRow };
  return { source, sheetRow: rowNumbering(source.headerRow) };
}

export interface StoredInput extends OpenedInput {
  store: RowStore;
}

/** Reads every row into a compact store (the commands that look at all rows at once). */
export async function readInput(opts: CliOptions, ctx: RunContext): Promise<StoredInput> {
  const opened = await openSource(opts, ctx);
  const store = new RowStore(opened.source.header.length);
  for await (const row of opened.source.rows) store.push(row);
  ctx.progress.done();
  return { ...opened, store };
}

/** "Now" for staleness: --now for reproducible runs (tests, the same plan as a given add-on run). */
export function runNow(opts: CliOptions): Date | undefined {
  return opts.now;
}
