/**
 * Findings of a large file in typed arrays (row, kind, column): a few bytes each instead of an
 * object with a sentence, so a million-row audit keeps its findings in a few megabytes. The
 * sentence (`why`) is kept only when the caller asks for it (the JSON report prints it).
 */
import type { FindingKind, RowFinding } from '../../core/audit/findings';
import { KIND_ORDER } from '../../core/audit/context';

export class FindingList {
  private rows = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private columns = new Int32Array(1024);
  private readonly whys: string[] | null;
  length = 0;

  constructor(keepWhy: boolean) {
    this.whys = keepWhy ? [] : null;
  }

  /** Adds a finding; `row` overrides its row (a batch's finding, in the file's rows). */
  push(f: RowFinding, row = f.row): void {
    if (this.length === this.rows.length) this.grow();
    this.rows[this.length] = row;
    this.kinds[this.length] = KIND_ORDER.indexOf(f.kind);
    this.columns[this.length] = f.column ?? -1;
    this.whys?.push(f.why);
    this.length++;
  }

  at(i: number): RowFinding {
    const f: RowFinding = { row: this.rows[i] as number, kind: KIND_ORDER[this.kinds[i] as number] as FindingKind, why: this.whys?.[i] ?? '' };
    const column = this.columns[i] as number;
    if (column >= 0) f.column = column;
    return f;
  }

  *[Symbol.iterator](): Generator<RowFinding> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** Puts the findings in report order: by row, then kind (KIND_ORDER), then column. */
  sort(): void {
    const n = this.length;
    const order = Array.from({ length: n }, (_, i) => i);
    const { rows, kinds, columns } = this;
    order.sort((a, b) => (rows[a] as number) - (rows[b] as number) || (kinds[a] as number) - (kinds[b] as number) || (columns[a] as number) - (columns[b] as number));
    this.rows = Int32Array.from(order, (i) => rows[i] as number);
    this.kinds = Uint8Array.from(order, (i) => kinds[i] as number);
    this.columns = Int32Array.from(order, (i) => columns[i] as number);
    if (this.whys) {
      const whys = this.whys.slice();
      order.forEach((from, to) => (this.whys![to] = whys[from] as string));
    }
  }

  private grow(): void {
    const n = this.rows.length * 2;
    const rows = new Int32Array(n);
    rows.set(this.rows);
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    const columns = new Int32Array(n);
    columns.set(this.columns);
    this.rows = rows;
    this.kinds = kinds;
    this.columns = columns;
  }
}
