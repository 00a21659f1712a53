// Storage of one sheet: an array of rows, each carrying everything that moves with a row
// (values, formulas, formats, backgrounds, notes, validation, hidden flags).
import type { Cell } from '../../src/core/table';
import type { FakeDataValidation } from './validation';

export interface StoredCell {
  value: Cell;
  formula?: string;
}

export interface RowData {
  v: Cell[];
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

export function copyCell(v: Cell): Cell {
  if (isDate(v)) return new Date(v.getTime());
  return v === undefined || v === null ? '' : v;
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
