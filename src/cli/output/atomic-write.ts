/**
 * Outputs are never half-written: every file is written to a temporary name in the same
 * directory and renamed into place only after all of a run's files are complete. A failure (bad
 * input found late, disk full, Ctrl-C) removes the temporaries and leaves earlier files untouched.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputBatch {
  private readonly files: Array<{ tmp: string; final: string }> = [];

  constructor() {
    // Ctrl-C mid-run: drop the temporaries, then exit as interrupted.
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  private readonly onSignal = (): void => {
    this.abort();
    process.exit(130);
  };

  /** Reserve an output: returns the temporary path to write to. */
  add(final: string): string {
    mkdirSync(dirname(final), { recursive: true });
    const tmp = join(dirname(final), `.${basename(final)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
    this.files.push({ tmp, final });
    return tmp;
  }

  /** Move every finished file into place (rename is atomic within one filesystem). */
  commit(): void {
    for (const f of this.files) renameSync(f.tmp, f.final);
    this.release();
  }

  abort(): void {
    for (const f of this.files) rmSync(f.tmp, { force: true });
    this.release();
  }

  private release(): void {
    this.files.length = 0;
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
  }
}
