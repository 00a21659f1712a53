// A cell's state as undo compares it: value, number format, background and note (its formula is
// compared as text, apart). The journal keeps a short hash of each changed cell's state as the run
// left it; undo restores a cell only when the cell still hashes the same (cell-check.ts).
import type { Cell } from '../core/table';
import { isDate } from '../core/normalize/cell';
import { fnv1a } from '../core/dedupe/hash';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Characters of one hash: 5 x 6 = 30 bits, so an edit goes unseen once in a billion. */
export const HASH_CHARS = 5;

export interface CellState {
  value: Cell;
  format: string;
  background: string;
  note: string;
}

/**
 * The value as a type tag and text. Dates count to the second: Sheets keeps a date as a fraction
 * of a day, so milliseconds may not come back as written.
 */
function valueKey(v: Cell): string {
  if (v === null || v === undefined || v === '') return 'e';
  if (typeof v === 'string') return 's' + v;
  if (typeof v === 'number') return 'n' + String(v);
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (isDate(v)) return 'd' + String(Math.round(v.getTime() / 1000));
  return 'o' + String(v);
}

export function stateHash(s: CellState): string {
  const h = fnv1a(`${valueKey(s.value)}\u0001${s.format}\u0001${s.background.toLowerCase()}\u0001${s.note}`, 0x811c9dc5) >>> 2;
  let out = '';
  for (let i = 0; i < HASH_CHARS; i++) out += DIGITS[(h >>> (6 * i)) & 63];
  return out;
}
