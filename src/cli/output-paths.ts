/**
 * Where each command writes, and the paths it refuses.
 *
 * clean: -o / --archive / --report / --changes when given; else, with --out-dir D,
 * D/cleaned.<ext>, D/archive.<ext>, D/report.html, D/changes.csv; else next to the input
 * (crm.cleaned.csv, crm.archive.csv, crm.report.html, crm.changes.csv). <ext> follows -o, else
 * the input's format.
 *
 * normalize: -o, else crm.normalized.<ext>; the change log beside it (out.csv -> out.changes.csv)
 * unless --changes says otherwise. Writing over the input needs --in-place: the change log is
 * then the only record of the original values, so an existing one is never overwritten.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CliOptions } from './args';
import { CliError } from './errors';
import { sameFile } from './files/same-file';
import { formatOf, type FileFormat } from './input/read-table';

export interface CleanOutputs {
  cleaned: string;
  archive: string;
  report: string;
  changes: string;
}

export interface NormalizeOutputs {
  output: string;
  changes: string;
}

const stem = (path: string): string => join(dirname(path), basename(path, extname(path)));

function refuseClashes(input: string, paths: string[], names: string): void {
  const all = paths.map((p) => resolve(p));
  if (new Set(all).size < all.length) throw new CliError(`${names} need different paths`, 2);
  if (paths.some((p) => sameFile(p, input))) throw new CliError('refusing to overwrite the input file; choose another output path', 2);
}

export function cleanOutputs(opts: CliOptions, inputFormat: FileFormat): CleanOutputs {
  if (opts.inPlace) throw new CliError('--in-place is for normalize; clean writes its cleaned file next to the input and never overwrites it', 2);
  const format = opts.output ? formatOf(opts.output) : inputFormat;
  const base = basename(opts.input, extname(opts.input));
  const dir = opts.outDir ?? dirname(opts.input);
  const name = (suffix: string, ext: string): string => join(dir, opts.outDir ? `${suffix}.${ext}` : `${base}.${suffix}.${ext}`);
  const out: CleanOutputs = {
    cleaned: opts.output ?? name('cleaned', format),
    archive: opts.archive ?? name('archive', format),
    report: opts.report ?? name('report', 'html'),
    changes: opts.changes ?? (opts.outDir ? join(dir, 'changes.csv') : `${stem(opts.input)}.changes.csv`),
  };
  refuseClashes(opts.input, [out.cleaned, out.archive, out.report, out.changes], 'the cleaned file, the archive, the report and the change log');
  return out;
}

export function normalizeOutputs(opts: CliOptions, inputFormat: FileFormat): NormalizeOutputs {
  const output = opts.inPlace ? opts.input : (opts.output ?? join(dirname(opts.input), `${basename(opts.input, extname(opts.input))}.normalized.${inputFormat}`));
  if (opts.inPlace && opts.output && !sameFile(opts.output, opts.input)) throw new CliError('--in-place writes over the input; leave out -o (or drop --in-place)', 2);
  if (!opts.inPlace && sameFile(output, opts.input)) {
    throw new CliError('refusing to overwrite the input file; choose another output path, or pass --in-place (a change log is written beside it)', 2);
  }
  const changes = opts.changes ?? `${stem(output)}.changes.csv`;
  if (sameFile(changes, opts.input) || resolve(changes) === resolve(output)) throw new CliError('the change log needs a path of its own', 2);
  if (opts.inPlace && existsSync(changes)) {
    throw new CliError(`${changes} already exists (it may hold the originals of an earlier run); move it away or pass --changes <file>`, 2);
  }
  return { output, changes };
}
