// How cell values travel: written back so Sheets stores exactly the type we mean, and encoded
// as JSON (Dates tagged) for the undo journal.
import { isDate } from '../core/normalize/cell';
import type { Cell } from '../core/table';

// Bound once: in Apps Script's V8 (and a node:vm context) each global lookup inside a hot loop
// costs a trip through the global object; a module constant does not.
const imul = Math.imul;

/**
 * The value to pass to setValues so the cell ends up holding `value` exactly. Sheets parses
 * strings as if typed ('00123' -> 123, '+62...' -> number or formula, '2024-03-01' -> date), so
 * text that could be parsed gets a leading apostrophe, which Sheets drops and keeps the text.
 */
export function forWrite(value: Cell, numberFormat: string): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' || value === '') return value;
  if (value.startsWith("'")) return "'" + value;
  if (numberFormat === '@') return value;
  if (/^[=+-]/.test(value) || /\d/.test(value) || /^\s*(true|false)\s*$/i.test(value)) return "'" + value;
  return value;
}

/** The same value: dates by instant, blanks alike ('' and null). */
export function sameCell(a: Cell, b: Cell): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return (a ?? '') === (b ?? '');
}

export type EncodedCell = string | number | boolean | { d: number };

export function encodeCell(value: Cell): EncodedCell {
  if (isDate(value)) return { d: value.getTime() };
  if (value === null || value === undefined) return '';
  return value;
}

export function decodeCell(value: EncodedCell | undefined | null): Cell {
  if (value !== null && typeof value === 'object') return new Date(value.d);
  return value ?? '';
}

/**
 * Formula text as the change check sees it: row numbers of A1 references are left out, because
 * Sheets rewrites them whenever rows above are inserted or deleted (our own row removal does).
 */
export function formulaShape(f: string): string {
  return f.replace(/(\$?[A-Za-z]{1,3})\$?\d+/g, '$1#');
}

function mix(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h;
}

function mixCode(h: number, code: number): number {
  return imul(h ^ code, 0x01000193);
}

/**
 * FNV-1a over the values and formulas: "did the sheet change since we read it?" Each cell is fed
 * as a type tag plus its text, straight into the hash: building a string per row first made this
 * check cost seconds on a 50,000-row sheet.
 */
export function hashGrid(values: Cell[][], formulas?: string[][]): string {
  let h = 0x811c9dc5;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] as Cell[];
    const frow = formulas?.[r];
    h = mixCode(mixCode(h, 0x7c), r);
    for (let c = 0; c < row.length; c++) {
      const f = frow?.[c];
      const v = row[c];
      if (f) {
        h = mix(mixCode(h, 0x66), formulaShape(f)); // 'f'
      } else if (typeof v === 'string') {
        h = mix(mixCode(h, 0x73), v); // 's'
      } else if (typeof v === 'number') {
        h = mix(mixCode(h, 0x6e), String(v)); // 'n'
      } else if (typeof v === 'boolean') {
        h = mixCode(h, v ? 0x54 : 0x46);
      } else if (isDate(v)) {
        h = mix(mixCode(h, 0x64), String(v.getTime())); // 'd'
      } else {
        h = mix(mixCode(h, 0x6f), String(v)); // other
      }
      h = mixCode(h, 1);
    }
  }
  return `${values.length}x${values[0]?.length ?? 0}:${(h >>> 0).toString(16)}`;
}
