/**
 * The rows of a large file, kept compactly, outside the JavaScript heap (text-arena.ts): each
 * row's cells joined into one line, split again only when a batch needs them. A row of a dozen
 * short strings costs about 450 bytes as an array of strings, here about its size in the file.
 * A row whose cells are not all text (XLSX), or that holds the separator itself, is kept as it
 * is, so every value comes back exactly.
 */
import type { Cell } from '../../core/table';
import { TextArena } from './text-arena';

// Unit separator: a control character that CSV exports and typed text do not contain.
const SEP = '\u001f';

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
    const line = packRow(row);
    if (line === null) this.others.set(this.count, row);
    this.index[this.count++] = line === null ? -1 : this.arena.push(line);
  }

  get(i: number): Cell[] {
    if (i < 0 || i >= this.count) throw new Error(`row ${i} was never stored`);
    const at = this.index[i] as number;
    return at < 0 ? (this.others.get(i) as Cell[]) : unpackRow(this.arena.get(at));
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
      out[wanted] = end < 0 ? line.slice(start) : line.slice(start, end);
    }
    return out;
  }

  /** Rows by index, as arrays, for one call of the core. */
  pick(indices: readonly number[]): Cell[][] {
    return indices.map((i) => this.get(i));
  }
}
