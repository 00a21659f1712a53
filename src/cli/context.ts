/** What every command gets: settings, progress, stdout, and the shared input reading. */
import { basename, dirname, extname, join } from 'node:path';
import type { Settings } from '../core/settings';
import type { CliOptions } from './args';
import type { Progress } from './progress';
import { readTable, type FileFormat, type InputFile } from './input/read-table';


export interface RunContext {
  settings: Settings;
  progress: Progress;
  /** Writes one block of text to stdout. */
  out: (text: string) => void;
}

export async function readInput(opts: CliOptions, ctx: RunContext): Promise<InputFile> {
  const input = await readTable(opts.input, {
    encoding: opts.encoding,
    onProgress: (done, total) => ctx.progress.update('reading', done, total),
  });
  ctx.progress.done();
  return input;
}

/** "Now" for staleness: --now for reproducible runs (tests, the same plan as a given add-on run). */
export function runNow(opts: CliOptions): Date | undefined {
  return opts.now;
}

/** `data/crm.csv` -> `data/crm.<suffix>.csv` (same format as the input unless -o says otherwise). */
export function defaultOutput(input: string, suffix: string, format: FileFormat): string {
  const base = basename(input, extname(input));
  return join(dirname(input), `${base}.${suffix}.${format}`);
}
