/**
 * Where `clean` writes: -o / --archive / --report when given; else, with --out-dir D,
 * D/cleaned.<ext>, D/archive.<ext>, D/report.html; else next to the input
 * (crm.cleaned.csv, crm.archive.csv, crm.report.html). <ext> follows -o, else the input's format.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CliOptions } from './args';
import { CliError } from './errors';
import { formatOf, type FileFormat } from './input/read-table';

export interface CleanOutputs {
  cleaned: string;
  archive: string;
  report: string;
}

export function cleanOutputs(opts: CliOptions, inputFormat: FileFormat): CleanOutputs {
  const format = opts.output ? formatOf(opts.output) : inputFormat;
  const base = basename(opts.input, extname(opts.input));
  const dir = opts.outDir ?? dirname(opts.input);
  const name = (suffix: string, ext: string): string => join(dir, opts.outDir ? `${suffix}.${ext}` : `${base}.${suffix}.${ext}`);
  const out: CleanOutputs = {
    cleaned: opts.output ?? name('cleaned', format),
    archive: opts.archive ?? name('archive', format),
    report: opts.report ?? name('report', 'html'),
  };
  const all = [out.cleaned, out.archive, out.report].map((p) => resolve(p));
  if (new Set(all).size < all.length) throw new CliError('the cleaned file, the archive and the report need three different paths', 2);
  if (all.includes(resolve(opts.input))) throw new CliError('refusing to overwrite the input file; choose another output path', 2);
  return out;
}
