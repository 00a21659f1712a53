/**
 * A run's outputs are committed all or none. Every file is written to a temporary name in its
 * own folder; only when all are complete are they renamed into place. An output that already
 * exists is first renamed aside, so that if any later rename fails, every file already moved is
 * put back: a failed run leaves all earlier outputs exactly as they were, never a mix of old and
 * new. A failure before the commit (bad input found late, disk full, Ctrl-C) only removes the
 * temporaries. Errors name the output the user asked for, never a temporary file.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors';
import { errnoCode, fileError } from '../files/fs-errors';

interface Output {
  tmp: string;
  final: string;
  /** Where the earlier file was moved during the commit, until the commit succeeds. */
  aside?: string;
  placed?: boolean;
}

const sideName = (final: string, kind: string): string =>
  join(dirname(final), `.${basename(final)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.${kind}`);

export class OutputBatch {
  private readonly files: Output[] = [];

  constructor() {
    // Ctrl-C mid-run: drop the temporaries, then exit as interrupted.
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  private readonly onSignal = (): void => {
    this.abort();
    process.exit(130);
  };

  /**
   * Reserve outputs before writing any: checks where each goes (creating its folder) and returns
   * the temporary paths to write to, in order. Nothing is created when one of them is refused.
   */
  reserve(...finals: string[]): string[] {
    for (const final of finals) {
      try {
        if (existsSync(final) && statSync(final).isDirectory()) throw new CliError(`cannot write ${final}: it is a folder; give a file name`);
        mkdirSync(dirname(final), { recursive: true });
      } catch (e) {
        // mkdir says EEXIST when a part of the folder path is a file.
        throw fileError(errnoCode(e) === 'EEXIST' ? Object.assign(new Error(), { code: 'ENOTDIR' }) : e, 'write', final);
      }
    }
    return finals.map((final) => {
      const tmp = sideName(final, 'tmp');
      this.files.push({ tmp, final });
      return tmp;
    });
  }

  /** Runs a writer on the temporary file of `final`; its errors name `final`. */
  async write(final: string, writer: (tmp: string) => Promise<void>): Promise<void> {
    const out = this.files.find((f) => f.final === final);
    if (!out) throw new Error(`output ${final} was not reserved`);
    try {
      await writer(out.tmp);
    } catch (e) {
      throw fileError(e, 'write', final);
    }
  }

  /** Moves every finished file into place, or none of them. */
  commit(): void {
    let current: Output | undefined;
    try {
      for (const f of this.files) {
        current = f;
        // A folder put where an output goes since the run started is not an earlier output.
        if (existsSync(f.final) && statSync(f.final).isDirectory()) throw Object.assign(new Error('folder in the way'), { code: 'EISDIR' });
        if (existsSync(f.final)) {
          f.aside = sideName(f.final, 'old');
          renameSync(f.final, f.aside);
        }
        renameSync(f.tmp, f.final);
        f.placed = true;
      }
    } catch (e) {
      this.rollBack();
      throw fileError(e, 'write', current?.final ?? '');
    }
    for (const f of this.files) if (f.aside) rmSync(f.aside, { force: true });
    this.release();
  }

  /** Drops the temporaries; earlier outputs stay as they were. */
  abort(): void {
    for (const f of this.files) rmSync(f.tmp, { force: true });
    this.release();
  }

  /** Undo a half-done commit: new files out, earlier files back, temporaries gone. */
  private rollBack(): void {
    for (const f of [...this.files].reverse()) {
      try {
        if (f.placed) rmSync(f.final, { force: true });
        if (f.aside) renameSync(f.aside, f.final);
      } catch {
        // Keep going: the other files must still be restored. The aside copy stays on disk.
      }
      rmSync(f.tmp, { force: true });
    }
    this.release();
  }

  private release(): void {
    this.files.length = 0;
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
  }
}
