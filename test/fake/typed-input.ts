// What Sheets stores when a string is written with setValue(s), as if a person had typed it:
// numbers ('00123' -> 123, '+6281234567890' -> 6281234567890), dates ('2024-03-01'), booleans,
// formulas ('=...'; a leading '+' or '-' that is not a number also starts a formula).
// Plain-text cells ('@') and a leading apostrophe keep the text as typed.
import { SheetDate, type StoredCell } from './sheet-data';

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function asNumber(s: string): number | null {
  const t = s.trim();
  if (t === '' || t === '+' || t === '-' || !/\d/.test(t)) return null;
  const pct = t.endsWith('%');
  const body = pct ? t.slice(0, -1) : t;
  if (!NUMBER.test(body)) return null;
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return pct ? n / 100 : n;
}

/** A typed date is a wall-clock time: no zone until it is read (sheet-data.ts SheetDate). */
function wallDate(year: number, month: number, day: number, h = 0, m = 0, s = 0): SheetDate | null {
  const ms = Date.UTC(year, month - 1, day, h, m, s);
  return new Date(ms).getUTCMonth() === month - 1 ? new SheetDate(ms) : null;
}

function asDate(s: string): SheetDate | null {
  const t = s.trim();
  let m = ISO_DATE.exec(t);
  if (m) return wallDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  m = US_DATE.exec(t);
  if (m) return wallDate(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

export function parseTyped(input: string, numberFormat: string): StoredCell {
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (numberFormat === '@') return { value: input };
  if (input === '') return { value: '' };
  if (input.startsWith('=') && input.length > 1) return { value: '', formula: input };
  const n = asNumber(input);
  if (n !== null) return { value: n };
  if (/^(\+|-)/.test(input.trim())) return { value: '#ERROR!', formula: '=' + input.trim().replace(/^\+/, '') };
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const d = asDate(input);
  if (d) return { value: d };
  return { value: input };
}
