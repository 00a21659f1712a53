/**
 * What a plan does to each of its rows, in the whole file's row indices: the cleaned values, or
 * the archive (merged into which row, and why), and the changed cells. The rows of a batch are
 * written out in file order later, so a batch's plan is turned into these per-row outcomes.
 */
import type { CellChange } from '../../core/normalize/normalize-table';
import type { Plan } from '../../core/plan/plan-types';
import type { Cell } from '../../core/table';
import type { RowMap } from '../batch/remap';
import { packRow, unpackRow } from '../rows/row-store';
import { TextArena } from '../rows/text-arena';

export interface RowOutcome {
  /** Cleaned values; null when the row is archived. */
  row: Cell[] | null;
  archived?: { primary: number; reason: string };
  /** Changed cells of this row, by column. */
  changes: CellChange[];
  /** Instead of `changes`: their change-log lines, rendered when the row was planned. */
  changesText?: string;
}

/**
 * Outcomes of rows planned long before they are written (linked rows of a large file), kept off
 * the heap: the cleaned row packed into a text arena, the changes as their rendered log lines,
 * and where each row's entries are in two typed arrays indexed by file row. (A Map of a pair per
 * row held some 20 MB on the heap for a million-row file, and V8 lets its heap grow to a few
 * times what stays alive.)
 */
export class OutcomeStore {
  private readonly arena = new TextArena();
  /** Arena index of a row's packed cells, or one of the markers below. */
  private readonly packedAt: Int32Array;
  /** Arena index of a row's change-log text. */
  private readonly textAt: Int32Array;
  private readonly others = new Map<number, Cell[]>();
  private readonly archived = new Map<number, { primary: number; reason: string }>();

  /** `rows`: the file's rows; outcomes are stored by file row index. */
  constructor(rows: number) {
    this.packedAt = new Int32Array(rows).fill(NOT_STORED);
    this.textAt = new Int32Array(rows);
  }

  put(row: number, o: RowOutcome, changesText: string): void {
    let packed = ARCHIVED;
    if (o.row) {
      const line = packRow(o.row);
      if (line === null) this.others.set(row, o.row);
      packed = line === null ? IN_OTHERS : this.arena.push(line);
    } else if (o.archived) this.archived.set(row, o.archived);
    this.packedAt[row] = packed;
    this.textAt[row] = this.arena.push(changesText);
  }

  /** The outcome of `row`, once; undefined when it was not stored. */
  take(row: number): RowOutcome | undefined {
    const packed = this.packedAt[row];
    if (packed === undefined || packed === NOT_STORED) return undefined;
    this.packedAt[row] = NOT_STORED;
    const cells = packed >= 0 ? unpackRow(this.arena.get(packed)) : packed === IN_OTHERS ? (this.others.get(row) as Cell[]) : null;
    const o: RowOutcome = { row: cells, changes: [], changesText: this.arena.get(this.textAt[row] as number) };
    const archived = this.archived.get(row);
    if (archived) o.archived = archived;
    return o;
  }
}

/** The plan's edits come sorted; only a merge's edits of a primary can follow out of order. */
function inColumnOrder(list: readonly CellChange[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i - 1] as CellChange).column > (list[i] as CellChange).column) return false;
  return true;
}

const NOT_STORED = -3;
const ARCHIVED = -2;
const IN_OTHERS = -1;

/**
 * Calls `each(fileRow, outcome)` for every row of the plan, in the plan's row order. The plan's
 * changes are taken over (their rows renumbered in place): read the plan for anything else first.
 */
export function planOutcomes(plan: Plan, g: RowMap, each: (fileRow: number, outcome: RowOutcome) => void): void {
  const archived = new Map<number, { primary: number; reason: string }>();
  for (const m of plan.merges) for (const l of m.losers) archived.set(l, { primary: g(m.primary), reason: m.reason });
  // By plan row: an array, not a Map (a batch of 10,000 rows has some 30,000 changes).
  const changes: Array<CellChange[] | undefined> = new Array<CellChange[] | undefined>(plan.rows.length);
  const take = (e: CellChange): void => {
    const list = changes[e.row];
    if (list) list.push(e);
    else changes[e.row] = [e];
    e.row = g(e.row);
  };
  for (const e of plan.edits) take(e);
  for (const m of plan.merges) for (const e of m.primaryEdits) take(e);
  plan.rows.forEach((row, i) => {
    const a = archived.get(i);
    const found = changes[i];
    const list = found ? (inColumnOrder(found) ? found : found.sort((x, y) => x.column - y.column)) : [];
    each(g(i), a ? { row: null, archived: a, changes: list } : { row, changes: list });
  });
}
