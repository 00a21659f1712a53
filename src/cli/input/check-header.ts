/**
 * The first row must be a header: the core finds columns by their names, and a file whose first
 * line is data would silently lose that row. Blank and repeated names are refused too, because
 * every output (cleaned file, archive, audit findings) names columns by their header.
 */
import { CliError } from '../errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_OR_NUMBER = /^[+(]?\d[\d\s().\-/]{5,}$/;
const DATE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;

/** Why a header cell looks like a data value, or null. */
function looksLikeData(cell: string): string | null {
  if (EMAIL.test(cell)) return `an email address ("${cell}")`;
  if (PHONE_OR_NUMBER.test(cell)) return `a number ("${cell}")`;
  if (DATE.test(cell)) return `a date ("${cell}")`;
  return null;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** Returns the header trimmed; throws a one-line CliError when it is not a usable header. */
export function checkHeader(cells: unknown[]): string[] {
  const header = cells.map((c) => (c === null || c === undefined ? '' : String(c)).replace(/^\uFEFF/, '').trim());
  for (const cell of header) {
    const why = looksLikeData(cell);
    if (why) throw new CliError(`no header row: the first row holds ${clip(why)}; add a row of column names`);
  }
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') throw new CliError(`blank header: column ${i + 1} has no name; name it or delete the column`);
    const key = name.toLocaleLowerCase();
    const first = seen.get(key);
    if (first !== undefined) throw new CliError(`duplicate header "${clip(name)}" in columns ${first + 1} and ${i + 1}`);
    seen.set(key, i);
  });
  return header;
}
