/**
 * The rows of a large file, kept compactly, outside the JavaScript heap. A row of a dozen short
 * strings costs about 450 bytes as an array of strings; here it is its cells joined into one
 * line of UTF-8 in one growing buffer (about the size of the file), split again only when a batch
 * needs it. Keeping rows off the heap also keeps the garbage collector's work and the heap it
 * reserves small: V8 sizes its heap after what is alive in it. A row whose cells are not all
 * text (XLSX), or that holds the separator itself, is kept as it is, so every value comes back
 * exactly.
 */
import type { Cell } from '../../core/table';

// Unit separator: a control character that CSV exports and typed text do not contain.
const SEP = '\u001f';

export class RowStore {
  private bytes = Buffer.alloc(1 << 20);
  private used = 0;
  /** Start of row i in `bytes` at [i], its end at [i + 1]; -1 when kept in `others`. */
  private offsets: Float64Array = new Float64Array(1 << 16);
  private count = 0;
  private readonly others = new Map<number, Cell[]>();

  constructor(readonly width: number) {}

  get length(): number {
    return this.count;
  }

  push(row: Cell[]): void {
    let text = true;
    for (const c of row) if (typeof c !== 'string' || c.includes(SEP)) text = false;
    if (this.count + 2 > this.offsets.length) this.offsets = grow(this.offsets, this.offsets.length * 2);
    if (!text) {
      this.others.set(this.count, row);
      this.offsets[this.count] = -1;
      this.offsets[++this.count] = this.used;
      return;
    }
    const line = row.join(SEP);
    const need = Buffer.byteLength(line);
    if (this.used + need > this.bytes.length) {
      const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + need));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.offsets[this.count] = this.used;
    this.used += this.bytes.write(line, this.used);
    this.offsets[++this.count] = this.used;
  }

  get(i: number): Cell[] {
    if (i < 0 || i >= this.count) throw new Error(`row ${i} was never stored`);
    const start = this.offsets[i] as number;
    if (start < 0) return this.others.get(i) as Cell[];
    // A one-column row joins to its only cell: '' splits back to [''], as it should.
    return this.bytes.toString('utf8', start, this.offsets[i + 1] as number).split(SEP);
  }

  /** Rows by index, as arrays, for one call of the core. */
  pick(indices: readonly number[]): Cell[][] {
    return indices.map((i) => this.get(i));
  }
}

function grow(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
