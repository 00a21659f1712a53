// Storage of one sheet: an array of rows, each carrying everything that moves with a row
// (values, formulas, formats, backgrounds, notes, validation, hidden flags).
import type { Cell } from '../../src/core/table';
import type { FakeDataValidation } from './validation';
import { instantAt, wallOf } from './zone';

/**
 * A date cell as Sheets keeps it: a wall-clock time with no zone, read and written in the
 * spreadsheet's zone (zone.ts). `wallMs` is that wall clock as milliseconds read as UTC.
 */
export class SheetDate {
  constructor(readonly wallMs: number) {}
}

/** What one cell holds: a value, or a date as a wall-clock time. */
export type StoredValue = Cell | SheetDate;

export interface StoredCell {
  value: StoredValue;
  formula?: string;
}

export interface RowData {
  v: StoredValue[];
  f: (string | undefined)[];
  fmt: (string | undefined)[];
  bg: (string | undefined)[];
  note: (string | undefined)[];
  dv: (FakeDataValidation | undefined)[];
  hiddenByUser: boolean;
  hiddenByFilter: boolean;
}

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const DEFAULT_BACKGROUND = '#ffffff';
export const MAX_CELL_CHARS = 50000;
export const MAX_SPREADSHEET_CELLS = 10_000_000;

export function newRow(): RowData {
  return { v: [], f: [], fmt: [], bg: [], note: [], dv: [], hiddenByUser: false, hiddenByFilter: false };
}

/** A stored value as getValues() gives it: dates become the instant `timeZone` shows them at. */
export function copyCell(v: StoredValue, timeZone: string): Cell {
  if (v instanceof SheetDate) return new Date(instantAt(v.wallMs, timeZone));
  if (isDate(v)) return new Date(v.getTime());
  return v === undefined || v === null ? '' : v;
}

/** A value as setValues() stores it: a Date becomes the wall clock `timeZone` shows at that instant. */
export function storeValue(v: Cell, timeZone: string): StoredValue {
  return isDate(v) ? new SheetDate(wallOf(v.getTime(), timeZone)) : v;
}

/** A date cell as Sheets shows it by default: yyyy-mm-dd, with the time when it has one. */
export function displayDate(d: SheetDate): string {
  const iso = new Date(d.wallMs).toISOString();
  return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

export function rowHasContent(row: RowData): boolean {
  for (const v of row.v) if (v !== undefined && v !== '' && v !== null) return true;
  for (const f of row.f) if (f) return true;
  return false;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', yellow: '#ffff00', green: '#00ff00', blue: '#0000ff',
};

export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = String(color).trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return '#' + [...c.slice(1)].map((x) => x + x).join('');
  throw new Error(`Invalid argument: color (${color})`);
}
