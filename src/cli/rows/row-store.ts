/**
 * The rows of a large file, kept compactly, outside the JavaScript heap (text-arena.ts): each
 * row's cells joined into one line, split again only when a batch needs them. A row of a dozen
 * short strings costs about 450 bytes as an array of strings, here about its size in the file.
 * A value its column repeats is stored as a number and read back as one shared string
 * (column-dictionary.ts). A row whose cells are not all text (XLSX), or that holds the separator
 * or starts a cell with the code mark, is kept as it is, so every value comes back exactly.
 */
import type { Cell } from '../../core/table';
import { ColumnDictionary } from './column-dictionary';
import { TextArena } from './text-arena';

// Unit separator: a control character that CSV exports and typed text do not contain.
const SEP = '\u001f';
// Record separator, another such character: a stored cell "\u001e12" is value 12 of its column.
const MARK = '\u001e';
const MARK_CODE = 0x1e;
const DIGIT_0 = 0x30;

/** The row as one string, or null when it cannot be packed and must be kept as it is. */
export function packRow(row: readonly Cell[]): string | null {
  for (const c of row) if (typeof c !== 'string' || c.includes(SEP)) return null;
  return row.join(SEP);
}

/** A packed row back as cells ('' splits back to [''], a one-column row). */
export const unpackRow = (line: string): Cell[] => line.split(SEP);

/** Where the cell after the one starting at `start` starts, or -1 after the last cell. */
function nextCell(line: string, start: number): number {
  const sep = line.indexOf(SEP, start);
  return sep < 0 ? -1 : sep + 1;
}

export class RowStore {
  private readonly arena = new TextArena();
  /** Arena index of row i, or -1 when it is kept in `others`. */
  private index: Int32Array = new Int32Array(1 << 16);
  private count = 0;
  private readonly others = new Map<number, Cell[]>();
  private readonly dictionaries: ColumnDictionary[] = [];
  /** The cells of the row being packed (one array for all rows). */
  private readonly parts: string[] = [];

  constructor(readonly width: number) {}

  get length(): number {
    return this.count;
  }

  push(row: Cell[]): void {
    if (this.count === this.index.length) {
      const bigger = new Int32Array(this.index.length * 2);
      bigger.set(this.index);
      this.index = bigger;
    }
    const line = this.pack(row);
    if (line === null) this.others.set(this.count, row);
    this.index[this.count++] = line === null ? -1 : this.arena.push(line);
  }

  get(i: number): Cell[] {
    if (i < 0 || i >= this.count) throw new Error(`row ${i} was never stored`);
    const at = this.index[i] as number;
    if (at < 0) return this.others.get(i) as Cell[];
    const cells = unpackRow(this.arena.get(at));
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c] as string;
      if (v.charCodeAt(0) === MARK_CODE) cells[c] = this.valueOf(c, v);
    }
    return cells;
  }

  /**
   * Some cells of row i (the others left undefined), without splitting the whole row: a pass over
   * every row that needs two columns (linking by email and phone) need not unpack twelve.
   * `columns` ascending.
   */
  cells(i: number, columns: readonly number[]): Cell[] {
    // Out of range (get() says so) or kept whole: as get() gives it.
    if (i < 0 || i >= this.count || (this.index[i] as number) < 0) return this.get(i);
    const line = this.arena.get(this.index[i] as number);
    const out = new Array<Cell>(this.width);
    let column = 0;
    let start = 0;
    for (const wanted of columns) {
      for (; column < wanted && start >= 0; column++) start = nextCell(line, start);
      if (start < 0) break;
      const end = line.indexOf(SEP, start);
      const v = end < 0 ? line.slice(start) : line.slice(start, end);
      out[wanted] = v.charCodeAt(0) === MARK_CODE ? this.valueOf(wanted, v) : v;
    }
    return out;
  }

  /** The row as one line, repeated values as their numbers; null when it must be kept as it is. */
  private pack(row: readonly Cell[]): string | null {
    const parts = this.parts;
    parts.length = row.length;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.includes(SEP) || v.charCodeAt(0) === MARK_CODE) return null;
      const code = v === '' ? -1 : (this.dictionaries[c] ??= new ColumnDictionary()).codeOf(v);
      parts[c] = code < 0 ? v : MARK + code;
    }
    return parts.join(SEP);
  }

  /** The value a stored "\u001e<number>" of column c stands for. */
  private valueOf(c: number, coded: string): string {
    let code = 0;
    for (let k = 1; k < coded.length; k++) code = code * 10 + coded.charCodeAt(k) - DIGIT_0;
    return (this.dictionaries[c] as ColumnDictionary).values[code] as string;
  }

  /** Rows by index, as arrays, for one call of the core. */
  pick(indices: readonly number[]): Cell[][] {
    return indices.map((i) => this.get(i));
  }
}
