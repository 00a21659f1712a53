// What the undo journal keeps of one data row a run changed: which cells it touched, a hash of
// each touched cell as the run left it, the values, formats, backgrounds and notes the run changed
// (before and after: a step that stopped half-way leaves some written and some not), and the
// formulas of touched cells, which a run never writes but undo must see unchanged. One JSON line
// per row, compact enough that the journal of a 100,000-row clean fits in a few hundred cells
// (text-chunks.ts).
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

/** Columns, then what they held before and what the run wrote: one value when all are equal. */
type Change<T> = [string, T | T[], T | T[]];

export interface RowRecord {
  /** Data row (0-based, as the run read the sheet). */
  r: number;
  /** Touched columns (0-based), as ranges: "0-11,14". */
  c: string;
  /** HASH_CHARS characters per touched column: the cell as the run left it. */
  h: string;
  /** 'v': the hash covers the value only (clean at entry reads no formats or colours). */
  k?: 'v';
  v?: [string, EncodedCell[], EncodedCell[]];
  n?: Change<string>;
  b?: Change<string>;
  t?: Change<string>;
  x?: [string, string[]];
}

export interface Aspects {
  value?: Cell;
  format?: string;
  background?: string;
  note?: string;
}

export interface TouchedCell {
  r: number;
  c: number;
  hash: string;
  valueOnly: boolean;
  /** The aspects the run changed, as they were and as it wrote them. */
  before: Aspects;
  after: Aspects;
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

/** The same value everywhere is kept once. */
function compact<T>(values: T[]): T | T[] {
  const first = values[0] as T;
  return values.every((v) => v === first) ? first : values;
}

function change<T>(columns: number[], before: (c: number) => T, after: (c: number) => T): Change<T> | undefined {
  if (columns.length === 0) return undefined;
  return [encodeColumns(columns), compact(columns.map(before)), compact(columns.map(after))];
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
  // A formula cell's value is the formula's to compute: its formula is compared instead.
  const after = (c: number): CellState => ({
    value: state.formulas[c] ? '' : target.values?.has(c) ? (target.values.get(c) as Cell) : (state.values[c] ?? ''),
    format: valueOnly ? '' : (target.formats?.get(c) ?? state.formats[c] ?? ''),
    background: valueOnly ? '' : (target.backgrounds?.get(c) ?? state.backgrounds[c] ?? ''),
    note: valueOnly ? '' : (target.notes?.get(c) ?? state.notes[c] ?? ''),
  });
  const rec: RowRecord = { r, c: encodeColumns(cols), h: cols.map((c) => stateHash(after(c))).join('') };
  if (valueOnly) rec.k = 'v';
  if (vCols.length) rec.v = [encodeColumns(vCols), vCols.map((c) => encodeCell(state.values[c] ?? '')), vCols.map((c) => encodeCell(target.values?.get(c) ?? ''))];
  rec.n = change(nCols, (c) => state.formats[c] ?? '', (c) => target.formats?.get(c) ?? '');
  rec.b = change(bCols, (c) => state.backgrounds[c] ?? '', (c) => target.backgrounds?.get(c) ?? '');
  rec.t = change(tCols, (c) => state.notes[c] ?? '', (c) => target.notes?.get(c) ?? '');
  const xCols = cols.filter((c) => state.formulas[c]);
  if (xCols.length) rec.x = [encodeColumns(xCols), xCols.map((c) => state.formulas[c] as string)];
  for (const key of ['n', 'b', 't'] as const) if (rec[key] === undefined) delete rec[key];
  return rec;
}

function spread<T>(b: [string, T | T[], T | T[]] | undefined, side: 1 | 2): Map<number, T> {
  const out = new Map<number, T>();
  if (!b) return out;
  const list = b[side];
  decodeColumns(b[0]).forEach((c, i) => out.set(c, Array.isArray(list) ? (list[i] as T) : list));
  return out;
}

function aspectsOf(rec: RowRecord, side: 1 | 2): (c: number) => Aspects {
  const values = spread<EncodedCell>(rec.v, side);
  const formats = spread(rec.n, side);
  const backgrounds = spread(rec.b, side);
  const notes = spread(rec.t, side);
  return (c) => {
    const out: Aspects = {};
    if (values.has(c)) out.value = decodeCell(values.get(c));
    if (formats.has(c)) out.format = formats.get(c);
    if (backgrounds.has(c)) out.background = backgrounds.get(c);
    if (notes.has(c)) out.note = notes.get(c);
    return out;
  };
}

/** The cells of a record, one by one. */
export function touchedCells(rec: RowRecord): TouchedCell[] {
  const before = aspectsOf(rec, 1);
  const after = aspectsOf(rec, 2);
  const formulas = rec.x ? new Map(decodeColumns(rec.x[0]).map((c, i) => [c, rec.x?.[1][i] ?? ''])) : new Map<number, string>();
  return decodeColumns(rec.c).map((c, i) => ({
    r: rec.r,
    c,
    hash: rec.h.slice(i * HASH_CHARS, (i + 1) * HASH_CHARS),
    valueOnly: rec.k === 'v',
    before: before(c),
    after: after(c),
    formula: formulas.get(c) ?? '',
  }));
}
