// The rectangles changed cells are written back in (clean-ops.ts, undo-writes.ts). Formula cells
// (and cells the caller must not write) are never written: a block never spans one.
import type { Plan } from '../core/plan/plan-types';
import type { CellChange } from '../core/normalize/normalize-table';

/** A cell that must not be written (a formula, or a cell someone changed). */
export type Blocked = (row: number, column: number) => boolean;

export interface Block {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export function allEdits(plan: Plan): CellChange[] {
  const out = plan.edits.slice();
  for (const m of plan.merges) out.push(...m.primaryEdits);
  return out;
}

function blockedBetween(blocked: Blocked, c: number, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) if (blocked(r, c)) return true;
  return false;
}

function hasBlocked(blocked: Blocked, b: Block): boolean {
  for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) if (blocked(r, c)) return true;
  return false;
}

/** Blocks covering every edit and no blocked cell (one per changed column, merged when possible). */
export function planBlocks(blocked: Blocked, edits: ReadonlyArray<{ row: number; column: number }>): Block[] {
  const byColumn = new Map<number, number[]>();
  for (const e of edits) {
    const rows = byColumn.get(e.column) ?? [];
    rows.push(e.row);
    byColumn.set(e.column, rows);
  }
  const columnBlocks: Block[] = [];
  for (const [c, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    // One block per stretch of the column with no blocked cell from one edit to the next.
    let i = 0;
    while (i < rows.length) {
      const first = rows[i] as number;
      let last = first;
      i++;
      while (i < rows.length && !blockedBetween(blocked, c, last + 1, rows[i] as number)) last = rows[i++] as number;
      columnBlocks.push({ r0: first, r1: last, c0: c, c1: c });
    }
  }
  const merged: Block[] = [];
  for (const b of columnBlocks) {
    const prev = merged[merged.length - 1];
    if (prev && prev.c1 + 1 === b.c0) {
      const union = { r0: Math.min(prev.r0, b.r0), r1: Math.max(prev.r1, b.r1), c0: prev.c0, c1: b.c1 };
      if (!hasBlocked(blocked, union)) {
        merged[merged.length - 1] = union;
        continue;
      }
    }
    merged.push(b);
  }
  return merged;
}
