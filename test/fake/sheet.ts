// One sheet: rows that carry their cells, formulas and flags; structure changes move whole rows.
import { type Box, parseA1 } from './a1';
import { FakeRange } from './range';
import { SheetDate, newRow, rowHasContent, type RowData } from './sheet-data';
import type { FakeSpreadsheet } from './spreadsheet';
import { sortsSpill, type FakeSpill } from './spill';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export class FakeFilter {
  readonly __kind = 'Filter';
  constructor(private readonly sheet: FakeSheet, public box: Box) {}
  getRange(): FakeRange {
    return new FakeRange(this.sheet, this.box);
  }
  remove(): void {
    this.sheet.removeFilter();
  }
}

export class FakeSheet {
  readonly __kind = 'Sheet';
  rows: RowData[] = [];
  merges: Box[] = [];
  filter: FakeFilter | null = null;
  hidden = false;
  frozenRows = 0;
  /** Array formulas and the cells they fill (spill.ts). */
  spills: FakeSpill[] = [];

  constructor(readonly doc: FakeSpreadsheet, public name: string, readonly id: number, maxRows = 1000, public maxColumns = 26) {
    for (let i = 0; i < maxRows; i++) this.rows.push(newRow());
  }

  rowAt(row: number): RowData {
    const d = this.rows[row - 1];
    if (!d) throw new Error(OUTSIDE);
    return d;
  }

  // ---- identity
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.doc.renameSheet(this, name);
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.doc.sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.doc;
  }
  activate(): this {
    this.doc.active = this;
    return this;
  }

  // ---- ranges
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    let box: Box;
    if (typeof a === 'string') {
      const parsed = parseA1(a, this.getMaxRows(), this.maxColumns);
      if (parsed.sheetName !== undefined && parsed.sheetName !== this.name) throw new Error('Range not found');
      box = parsed.box;
    } else {
      if (typeof a !== 'number' || typeof column !== 'number' || !Number.isInteger(a) || !Number.isInteger(column)) {
        throw new Error('Invalid argument: row/column');
      }
      if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
      if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
      box = { row: a, column, numRows, numColumns };
    }
    if (box.row < 1 || box.column < 1 || box.row + box.numRows - 1 > this.getMaxRows() || box.column + box.numColumns - 1 > this.maxColumns) {
      throw new Error(OUTSIDE);
    }
    return new FakeRange(this, box);
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, { row: 1, column: 1, numRows: Math.max(1, this.getLastRow()), numColumns: Math.max(1, this.getLastColumn()) });
  }
  getLastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) if (rowHasContent(this.rows[r] as RowData)) return r + 1;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const d of this.rows) {
      for (let c = Math.max(d.v.length, d.f.length) - 1; c >= last; c--) {
        const v = d.v[c];
        if ((v !== undefined && v !== '' && v !== null) || d.f[c]) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
  getMaxRows(): number {
    return this.rows.length;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  // ---- rows
  insertRowsBefore(before: number, howMany: number): this {
    return this.insertAt(before, howMany);
  }
  insertRowsAfter(after: number, howMany: number): this {
    return this.insertAt(after + 1, howMany);
  }
  insertRowBefore(before: number): this {
    return this.insertAt(before, 1);
  }
  insertRowAfter(after: number): this {
    return this.insertAt(after + 1, 1);
  }
  insertRows(rowIndex: number, numRows = 1): this {
    return this.insertAt(rowIndex, numRows);
  }
  private insertAt(position: number, howMany: number): this {
    if (!Number.isInteger(position) || position < 1 || position > this.rows.length + 1) throw new Error(OUTSIDE);
    if (!Number.isInteger(howMany) || howMany < 1) throw new Error('Invalid argument: howMany');
    this.doc.checkCellLimit(howMany * this.maxColumns);
    // No spread: tens of thousands of arguments overflow the call stack.
    this.rows = [...this.rows.slice(0, position - 1), ...Array.from({ length: howMany }, newRow), ...this.rows.slice(position - 1)];
    this.shiftBoxes(position, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (!Number.isInteger(rowPosition) || !Number.isInteger(howMany) || howMany < 1 || rowPosition < 1 || rowPosition + howMany - 1 > this.rows.length) {
      throw new Error('Those rows are out of bounds.');
    }
    if (this.rows.length - howMany <= this.frozenRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this.doc.checkWritable(this, { row: rowPosition, column: 1, numRows: howMany, numColumns: this.maxColumns });
    this.rows.splice(rowPosition - 1, howMany);
    this.shiftBoxes(rowPosition + howMany, -howMany);
  }
  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }
  appendRow(values: unknown[]): this {
    const row = this.getLastRow() + 1;
    if (row > this.rows.length) this.insertAt(this.rows.length + 1, 1);
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    this.getRange(row, 1, 1, values.length).setValues([values]);
    return this;
  }

  /** Boxes below `from` move by `delta` rows (negative: rows were deleted above them). */
  private shiftBoxes(from: number, delta: number): void {
    const shift = (b: Box): Box | null => {
      if (delta < 0) {
        const delStart = from + delta;
        const end = b.row + b.numRows - 1;
        if (end < delStart) return b;
        if (b.row >= from) return { ...b, row: b.row + delta };
        const keep = Math.max(0, delStart - b.row) + Math.max(0, end - from + 1);
        return keep > 0 ? { ...b, row: Math.min(b.row, delStart), numRows: keep } : null;
      }
      if (b.row >= from) return { ...b, row: b.row + delta };
      if (b.row + b.numRows - 1 >= from) return { ...b, numRows: b.numRows + delta };
      return b;
    };
    this.merges = this.merges.map(shift).filter((b): b is Box => b !== null);
    if (this.filter) {
      const b = shift(this.filter.box);
      if (b) this.filter.box = b;
      else this.filter = null;
    }
    this.doc.shiftProtections(this, shift);
  }

  // ---- columns
  insertColumnAfter(after: number): this {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after < 0 || after > this.maxColumns) throw new Error(OUTSIDE);
    this.doc.checkCellLimit(howMany * this.rows.length);
    for (const d of this.rows) {
      for (const layer of [d.v, d.f, d.fmt, d.bg, d.note, d.dv] as unknown[][]) {
        if (layer.length > after) layer.splice(after, 0, ...new Array(howMany).fill(undefined));
      }
    }
    this.maxColumns += howMany;
    return this;
  }
  deleteColumn(column: number): void {
    this.deleteColumns(column, 1);
  }
  deleteColumns(column: number, howMany: number): void {
    if (column < 1 || column + howMany - 1 > this.maxColumns) throw new Error('Those columns are out of bounds.');
    this.doc.checkWritable(this, { row: 1, column, numRows: this.rows.length, numColumns: howMany });
    for (const d of this.rows) for (const layer of [d.v, d.f, d.fmt, d.bg, d.note, d.dv] as unknown[][]) layer.splice(column - 1, howMany);
    this.maxColumns -= howMany;
  }

  // ---- hidden rows, filters, frozen rows, visibility
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.rowAt(r).hiddenByUser = true;
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.rowAt(r).hiddenByUser = false;
  }
  isRowHiddenByUser(row: number): boolean {
    return this.rowAt(row).hiddenByUser;
  }
  isRowHiddenByFilter(row: number): boolean {
    return this.rowAt(row).hiddenByFilter;
  }
  getFilter(): FakeFilter | null {
    return this.filter;
  }
  makeFilter(box: Box): FakeFilter {
    if (this.filter) throw new Error('You can\'t create a filter in a sheet that already has a filter.');
    this.filter = new FakeFilter(this, box);
    return this.filter;
  }
  removeFilter(): void {
    this.filter = null;
    for (const d of this.rows) d.hiddenByFilter = false;
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  hideSheet(): this {
    if (this.doc.sheets.filter((s) => !s.hidden).length <= 1) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  clear(): this {
    this.doc.checkWritable(this, { row: 1, column: 1, numRows: this.rows.length, numColumns: this.maxColumns });
    this.rows = this.rows.map(() => newRow());
    this.merges = [];
    return this;
  }
  clearContents(): this {
    this.doc.checkWritable(this, { row: 1, column: 1, numRows: this.rows.length, numColumns: this.maxColumns });
    for (const d of this.rows) {
      d.v = [];
      d.f = [];
    }
    return this;
  }
  getProtections(type: string): unknown[] {
    return this.doc.getProtections(type).filter((p) => (p as { sheetId: number }).sheetId === this.id);
  }

  // ---- merges
  addMerge(box: Box): void {
    if (this.mergesIn(box).length) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    if (box.numRows * box.numColumns > 1) this.merges.push({ ...box });
  }
  mergesIn(box: Box): Box[] {
    return this.merges.filter((b) => box.row < b.row + b.numRows && b.row < box.row + box.numRows && box.column < b.column + b.numColumns && b.column < box.column + box.numColumns);
  }
  removeMerges(box: Box): void {
    const hit = new Set(this.mergesIn(box));
    this.merges = this.merges.filter((b) => !hit.has(b));
  }

  // ---- sort: whole rows of the range's columns move together
  sortRows(box: Box, spec: unknown): void {
    if (this.mergesIn(box).length) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    // Sheets fills an array's cells again after a sort; the fake does not model it, so no test relies on it.
    if (sortsSpill(this.spills, this.rows, box)) throw new Error('fake: sorting the cells an array formula fills is not modelled');
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: Number((s as { column: number }).column), ascending: (s as { ascending?: boolean }).ascending !== false },
    );
    for (const s of specs) if (s.column < box.column || s.column >= box.column + box.numColumns) throw new Error('The sort column must be within the range.');
    const c0 = box.column - 1;
    const n = box.numColumns;
    const slices = this.rows.slice(box.row - 1, box.row - 1 + box.numRows).map((d) => ({
      v: d.v.slice(c0, c0 + n), f: d.f.slice(c0, c0 + n), fmt: d.fmt.slice(c0, c0 + n), bg: d.bg.slice(c0, c0 + n), note: d.note.slice(c0, c0 + n), dv: d.dv.slice(c0, c0 + n),
    }));
    const order = slices.map((_, i) => i);
    const cmp = (a: unknown, b: unknown): number => {
      const blankA = a === undefined || a === '';
      const blankB = b === undefined || b === '';
      if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
      const ka = a instanceof SheetDate ? a.wallMs : a;
      const kb = b instanceof SheetDate ? b.wallMs : b;
      if (typeof ka === 'number' && typeof kb === 'number') return ka - kb;
      if (typeof ka === 'number') return -1;
      if (typeof kb === 'number') return 1;
      return String(ka).localeCompare(String(kb));
    };
    order.sort((x, y) => {
      for (const s of specs) {
        const k = s.column - 1 - c0;
        const d = cmp(slices[x]?.v[k], slices[y]?.v[k]);
        if (d !== 0) return s.ascending ? d : -d;
      }
      return x - y;
    });
    order.forEach((from, i) => {
      const src = slices[from];
      const d = this.rows[box.row - 1 + i];
      if (!src || !d) return;
      for (let k = 0; k < n; k++) {
        d.v[c0 + k] = src.v[k];
        d.f[c0 + k] = src.f[k];
        d.fmt[c0 + k] = src.fmt[k];
        d.bg[c0 + k] = src.bg[k];
        d.note[c0 + k] = src.note[k];
        d.dv[c0 + k] = src.dv[k];
      }
    });
  }
}
