// What the undo journal keeps of one data row a run changed: which cells it touched, a hash of
// each touched cell as the run left it, and the values, formats, backgrounds and notes they had
// before (only the ones the run changed), plus the formulas of touched cells, which a run never
// writes but undo must see unchanged. One JSON line per row, compact enough that the journal of a
// 100,000-row clean fits in a few hundred cells (text-chunks.ts).
import type { Cell } from '../core/table';
import { decodeCell, encodeCell, type EncodedCell } from './cell-codec';
import { stateHash, HASH_CHARS, type CellState } from './cell-state';

export interface RowState {
  values: Cell[];
  formulas: string[];
  formats: string[];
  backgrounds: string[];
  notes: string[];
}

/** What a run writes into one row: per aspect, column -> new content. */
export interface RowTarget {
  values?: ReadonlyMap<number, Cell>;
  formats?: ReadonlyMap<number, string>;
  backgrounds?: ReadonlyMap<number, string>;
  notes?: ReadonlyMap<number, string>;
}

type Befores<T> = [string, T | T[]];

export interface RowRecord {
  /** Data row (0-based, as the run read the sheet). */
  r: number;
  /** Touched columns (0-based), as ranges: "0-11,14". */
  c: string;
  /** HASH_CHARS characters per touched column: the cell as the run left it. */
  h: string;
  /** 'v': the hash covers the value only (clean at entry reads no formats or colours). */
  k?: 'v';
  v?: [string, EncodedCell[]];
  n?: Befores<string>;
  b?: Befores<string>;
  t?: Befores<string>;
  x?: [string, string[]];
}

export interface TouchedCell {
  r: number;
  c: number;
  hash: string;
  valueOnly: boolean;
  before: { value?: Cell; format?: string; background?: string; note?: string };
  /** The cell's formula ('' for none): a run never changes it. */
  formula: string;
}

export function encodeColumns(columns: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const start = columns[i] as number;
    let end = start;
    while (i + 1 < columns.length && columns[i + 1] === end + 1) end = columns[++i] as number;
    parts.push(end > start ? `${start}-${end}` : String(start));
  }
  return parts.join(',');
}

export function decodeColumns(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    for (let c = a; c <= (b ?? a); c++) out.push(c);
  }
  return out;
}

/** One list per aspect: the same value everywhere is kept once. */
function befores<T>(columns: number[], values: T[]): Befores<T> | undefined {
  if (columns.length === 0) return undefined;
  const first = values[0] as T;
  return [encodeColumns(columns), values.every((v) => v === first) ? first : values];
}

function differs(a: Cell, b: Cell): boolean {
  return encodeKey(a) !== encodeKey(b);
}

function encodeKey(v: Cell): string {
  return JSON.stringify(encodeCell(v));
}

/** The record of row `r` when `target` is written over `state`; null when nothing changes. */
export function rowRecord(r: number, state: RowState, target: RowTarget, valueOnly = false): RowRecord | null {
  const touched = new Set<number>();
  const changed = <T>(map: ReadonlyMap<number, T> | undefined, current: (c: number) => T, same: (a: T, b: T) => boolean): number[] => {
    const cols: number[] = [];
    for (const [c, next] of map ?? []) if (!same(current(c), next)) cols.push(c);
    cols.sort((a, b) => a - b);
    for (const c of cols) touched.add(c);
    return cols;
  };
  const str = (a: string, b: string): boolean => a === b;
  const vCols = changed(target.values, (c) => state.values[c] ?? '', (a, b) => !differs(a, b));
  const nCols = changed(target.formats, (c) => state.formats[c] ?? '', str);
  const bCols = changed(target.backgrounds, (c) => (state.backgrounds[c] ?? '').toLowerCase(), (a, b) => a === b.toLowerCase());
  const tCols = changed(target.notes, (c) => state.notes[c] ?? '', str);
  if (touched.size === 0) return null;
  const cols = [...touched].sort((a, b) => a - b);
  const after = (c: number): CellState => ({
    value: target.values?.has(c) ? (target.values.get(c) as Cell) : (state.values[c] ?? ''),
    format: valueOnly ? '' : (target.formats?.get(c) ?? state.formats[c] ?? ''),
    background: valueOnly ? '' : (target.backgrounds?.get(c) ?? state.backgrounds[c] ?? ''),
    note: valueOnly ? '' : (target.notes?.get(c) ?? state.notes[c] ?? ''),
  });
  const rec: RowRecord = { r, c: encodeColumns(cols), h: cols.map((c) => stateHash(after(c))).join('') };
  if (valueOnly) rec.k = 'v';
  if (vCols.length) rec.v = [encodeColumns(vCols), vCols.map((c) => encodeCell(state.values[c] ?? ''))];
  rec.n = befores(nCols, nCols.map((c) => state.formats[c] ?? ''));
  rec.b = befores(bCols, bCols.map((c) => state.backgrounds[c] ?? ''));
  rec.t = befores(tCols, tCols.map((c) => state.notes[c] ?? ''));
  const xCols = cols.filter((c) => state.formulas[c]);
  if (xCols.length) rec.x = [encodeColumns(xCols), xCols.map((c) => state.formulas[c] as string)];
  for (const key of ['n', 'b', 't'] as const) if (rec[key] === undefined) delete rec[key];
  return rec;
}

function spread<T>(b: Befores<T> | [string, T[]] | undefined): Map<number, T> {
  const out = new Map<number, T>();
  if (!b) return out;
  const cols = decodeColumns(b[0]);
  cols.forEach((c, i) => out.set(c, Array.isArray(b[1]) ? (b[1][i] as T) : b[1]));
  return out;
}

/** The cells of a record, one by one. */
export function touchedCells(rec: RowRecord): TouchedCell[] {
  const values = spread<EncodedCell>(rec.v);
  const formats = spread(rec.n);
  const backgrounds = spread(rec.b);
  const notes = spread(rec.t);
  const formulas = spread<string>(rec.x);
  return decodeColumns(rec.c).map((c, i) => {
    const before: TouchedCell['before'] = {};
    if (values.has(c)) before.value = decodeCell(values.get(c));
    if (formats.has(c)) before.format = formats.get(c);
    if (backgrounds.has(c)) before.background = backgrounds.get(c);
    if (notes.has(c)) before.note = notes.get(c);
    return { r: rec.r, c, hash: rec.h.slice(i * HASH_CHARS, (i + 1) * HASH_CHARS), valueOnly: rec.k === 'v', before, formula: formulas.get(c) ?? '' };
  });
}
