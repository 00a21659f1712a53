/**
 * The rows of a large file, kept compactly. A row of a dozen short strings costs about 450
 * bytes as an array of strings (one header per string, one per array); joined into one string it
 * costs the characters plus one header, about a third. Rows are split again only when a batch
 * needs them. A row whose cells are not all text, or that holds the separator itself, is kept as
 * it is, so every value comes back exactly.
 */
import type { Cell } from '../../core/table';

// Unit separator: a control character that CSV exports and typed text do not contain.
const SEP = '\u001f';

export class RowStore {
  private readonly rows: Array<string | Cell[] | undefined> = [];

  constructor(readonly width: number) {}

  get length(): number {
    return this.rows.length;
  }

  push(row: Cell[]): void {
    let text = true;
    for (const c of row) if (typeof c !== 'string' || c.includes(SEP)) text = false;
    this.rows.push(text && this.width > 1 ? row.join(SEP) : row);
  }

  get(i: number): Cell[] {
    const r = this.rows[i];
    if (r === undefined) throw new Error(`row ${i} was released or never stored`);
    return typeof r === 'string' ? r.split(SEP) : r;
  }

  /** Forget a row that is no longer needed (written out, never archived). */
  release(i: number): void {
    this.rows[i] = undefined;
  }

  /** Rows by index, as arrays, for one call of the core. */
  pick(indices: readonly number[]): Cell[][] {
    return indices.map((i) => this.get(i));
  }
}
