// Range over a FakeSheet: batch getters/setters with Apps Script's shape checks and typing rules.
import type { Cell } from '../../src/core/table';
import { type Box, toA1 } from './a1';
import type { FakeSheet } from './sheet';
import { FakeDataValidation } from './validation';
import { parseTyped } from './typed-input';
import { settleSpills } from './spill';
import { DEFAULT_BACKGROUND, DEFAULT_NUMBER_FORMAT, MAX_CELL_CHARS, SheetDate, copyCell, displayDate, isDate, normalizeColor, storeValue, type RowData } from './sheet-data';

type Grid<T> = T[][];

export class FakeRange {
  readonly __kind = 'Range';
  constructor(readonly sheet: FakeSheet, readonly box: Box) {}

  // ---- geometry
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getRow(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.column;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numColumns;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }
  getA1Notation(): string {
    return toA1(this.box);
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.sheet, { row: this.box.row + row - 1, column: this.box.column + column - 1, numRows: 1, numColumns: 1 });
  }
  activate(): this {
    this.sheet.doc.setActiveRange(this);
    return this;
  }

  /** Sheets refuses a cell of more than 50,000 characters (a value or a formula, as typed). */
  private storable(v: unknown): void {
    if (v === null || v === undefined) return;
    const t = typeof v;
    if (t === 'string') {
      const length = (v as string).length;
      if (length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      this.sheet.doc.noteWrite(length);
      return;
    }
    if (t === 'number' || t === 'boolean' || isDate(v)) return;
    throw new Error('Invalid argument: value');
  }

  // ---- generic cell walkers
  private read<T>(pick: (row: RowData, c: number) => T): Grid<T> {
    const out: Grid<T> = [];
    const { row, column, numRows, numColumns } = this.box;
    for (let r = 0; r < numRows; r++) {
      const data = this.sheet.rowAt(row + r);
      const line: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = pick(data, column - 1 + c);
      out.push(line);
    }
    return out;
  }

  private checkShape(data: unknown, what = 'data'): asserts data is unknown[][] {
    if (!Array.isArray(data)) throw new Error(`Invalid argument: ${what}`);
    if (data.length !== this.box.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.box.numRows}.`);
    }
    for (const line of data) {
      if (!Array.isArray(line)) throw new Error(`Invalid argument: ${what}`);
      if (line.length !== this.box.numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.box.numColumns}.`);
      }
    }
  }

  private write<T>(data: Grid<T>, put: (row: RowData, c: number, value: T) => void): this {
    this.sheet.doc.checkWritable(this.sheet, this.box);
    const { row, column } = this.box;
    data.forEach((line, r) => {
      const target = this.sheet.rowAt(row + r);
      line.forEach((value, c) => put(target, column - 1 + c, value));
    });
    return this;
  }

  private fill<T>(value: T): Grid<T> {
    return Array.from({ length: this.box.numRows }, () => new Array<T>(this.box.numColumns).fill(value));
  }

  // ---- values and formulas
  getValues(): Cell[][] {
    const zone = this.sheet.doc.timeZone;
    return this.read((d, c) => copyCell(d.v[c], zone));
  }
  getValue(): Cell {
    return this.getCell(1, 1).getValues()[0]?.[0];
  }
  getDisplayValues(): string[][] {
    return this.read((d, c) => {
      const v = d.v[c];
      return v === undefined || v === null ? '' : v instanceof SheetDate ? displayDate(v) : String(v);
    });
  }
  setValues(values: unknown): this {
    this.checkShape(values, 'values');
    for (const line of values) for (const v of line) this.storable(v);
    const zone = this.sheet.doc.timeZone;
    this.write(values, (d, c, v) => {
      storeTyped(d, c, v, zone);
    });
    return this.settle((r, c) => !isBlank(values[r]?.[c]));
  }
  setValue(value: unknown): this {
    this.storable(value);
    const zone = this.sheet.doc.timeZone;
    this.write(this.fill(value), (d, c, v) => storeTyped(d, c, v, zone));
    return this.settle(() => !isBlank(value));
  }

  /** Arrays in the way of what was just written break; cleared ones fill again (spill.ts). */
  private settle(filled: (r: number, c: number) => boolean): this {
    const { row, column } = this.box;
    this.sheet.spills = settleSpills(this.sheet.spills, this.sheet.rows, this.box, (r, c) => filled(r - row, c - column));
    return this;
  }
  getFormulas(): string[][] {
    return this.read((d, c) => d.f[c] ?? '');
  }
  getFormula(): string {
    return this.getCell(1, 1).getFormulas()[0]?.[0] ?? '';
  }
  setFormulas(formulas: unknown): this {
    this.checkShape(formulas, 'formulas');
    for (const line of formulas) {
      for (const f of line) {
        if (typeof f !== 'string') throw new Error('Invalid argument: formulas');
        this.storable(f);
      }
    }
    this.write(formulas as string[][], (d, c, f) => {
      if (f === '') {
        d.v[c] = undefined;
        d.f[c] = undefined;
      } else storeTyped(d, c, f.startsWith('=') ? f : '=' + f, this.sheet.doc.timeZone);
    });
    return this.settle((r, c) => (formulas as string[][])[r]?.[c] !== '');
  }
  setFormula(formula: string): this {
    return this.setFormulas(this.fill(formula));
  }
  clearContent(): this {
    this.write(this.fill(0), (d, c) => {
      d.v[c] = undefined;
      d.f[c] = undefined;
    });
    return this.settle(() => false);
  }
  clearFormat(): this {
    return this.write(this.fill(0), (d, c) => {
      d.fmt[c] = undefined;
      d.bg[c] = undefined;
    });
  }
  clearNote(): this {
    return this.write(this.fill(0), (d, c) => {
      d.note[c] = undefined;
    });
  }
  clearDataValidations(): this {
    return this.write(this.fill(0), (d, c) => {
      d.dv[c] = undefined;
    });
  }
  clear(): this {
    return this.write(this.fill(0), (d, c) => {
      d.v[c] = d.f[c] = d.fmt[c] = d.bg[c] = d.note[c] = undefined;
      d.dv[c] = undefined;
    });
  }

  // ---- formats, backgrounds, notes
  getNumberFormats(): string[][] {
    return this.read((d, c) => d.fmt[c] ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.getCell(1, 1).getNumberFormats()[0]?.[0] ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(format: string): this {
    return this.setNumberFormats(this.fill(format));
  }
  setNumberFormats(formats: unknown): this {
    this.checkShape(formats, 'formats');
    return this.write(formats as string[][], (d, c, f) => {
      d.fmt[c] = f === DEFAULT_NUMBER_FORMAT || f === '' ? undefined : String(f);
    });
  }
  getBackgrounds(): string[][] {
    return this.read((d, c) => d.bg[c] ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return this.getCell(1, 1).getBackgrounds()[0]?.[0] ?? DEFAULT_BACKGROUND;
  }
  setBackground(color: string | null): this {
    return this.setBackgrounds(this.fill(color));
  }
  setBackgrounds(colors: unknown): this {
    this.checkShape(colors, 'colors');
    const parsed = (colors as (string | null)[][]).map((line) => line.map((x) => normalizeColor(x)));
    return this.write(parsed, (d, c, color) => {
      d.bg[c] = color === DEFAULT_BACKGROUND ? undefined : color;
    });
  }
  getNotes(): string[][] {
    return this.read((d, c) => d.note[c] ?? '');
  }
  getNote(): string {
    return this.getCell(1, 1).getNotes()[0]?.[0] ?? '';
  }
  setNote(note: string | null): this {
    return this.setNotes(this.fill(note));
  }
  setNotes(notes: unknown): this {
    this.checkShape(notes, 'notes');
    return this.write(notes as (string | null)[][], (d, c, n) => {
      d.note[c] = n === null || n === '' ? undefined : String(n);
    });
  }

  // ---- data validation
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.read((d, c) => d.dv[c] ?? null);
  }
  getDataValidation(): FakeDataValidation | null {
    return this.getCell(1, 1).getDataValidations()[0]?.[0] ?? null;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return this.setDataValidations(this.fill(rule));
  }
  setDataValidations(rules: unknown): this {
    this.checkShape(rules, 'rules');
    for (const line of rules) for (const r of line) if (r !== null && !(r instanceof FakeDataValidation)) throw new Error('Invalid argument: rules');
    return this.write(rules as (FakeDataValidation | null)[][], (d, c, r) => {
      d.dv[c] = r ?? undefined;
    });
  }

  // ---- merges, protection, filter, sort, move
  merge(): this {
    this.sheet.addMerge(this.box);
    return this;
  }
  getMergedRanges(): FakeRange[] {
    return this.sheet.mergesIn(this.box).map((b) => new FakeRange(this.sheet, b));
  }
  isPartOfMerge(): boolean {
    return this.sheet.mergesIn(this.box).length > 0;
  }
  breakApart(): this {
    this.sheet.removeMerges(this.box);
    return this;
  }
  protect(): unknown {
    return this.sheet.doc.addProtection(this.sheet, this.box);
  }
  createFilter(): unknown {
    return this.sheet.makeFilter(this.box);
  }
  sort(spec: unknown): this {
    this.sheet.doc.checkWritable(this.sheet, this.box);
    this.sheet.sortRows(this.box, spec);
    return this;
  }
  moveTo(target: FakeRange): void {
    this.sheet.doc.checkWritable(this.sheet, this.box);
    this.sheet.doc.checkWritable(target.sheet, { ...target.box, numRows: this.box.numRows, numColumns: this.box.numColumns });
    const snapshot = this.read((d, c) => ({ v: d.v[c], f: d.f[c], fmt: d.fmt[c], bg: d.bg[c], note: d.note[c], dv: d.dv[c] }));
    this.clear();
    snapshot.forEach((line, r) => {
      const d = target.sheet.rowAt(target.box.row + r);
      line.forEach((cell, c) => {
        const col = target.box.column - 1 + c;
        d.v[col] = cell.v;
        d.f[col] = cell.f;
        d.fmt[col] = cell.fmt;
        d.bg[col] = cell.bg;
        d.note[col] = cell.note;
        d.dv[col] = cell.dv;
      });
    });
  }
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

function storeTyped(d: RowData, c: number, v: unknown, timeZone: string): void {
  if (typeof v === 'string') {
    const stored = parseTyped(v, d.fmt[c] ?? DEFAULT_NUMBER_FORMAT);
    d.v[c] = stored.value === '' ? undefined : stored.value;
    d.f[c] = stored.formula;
    return;
  }
  d.f[c] = undefined;
  if (v === null || v === undefined) d.v[c] = undefined;
  else if (isDate(v)) d.v[c] = storeValue(v, timeZone);
  else if (typeof v === 'number' && !Number.isFinite(v)) d.v[c] = '#NUM!';
  else d.v[c] = v as Cell;
}
