// The rectangles the plan's changed cells are written back in (clean-ops.ts). Formula cells and
// cells an array formula fills are never written: a block never spans one.
import type { Plan } from '../core/plan/plan-types';
import type { CellChange } from '../core/normalize/normalize-table';
import { isLockedCell, type SheetSnapshot } from './sheet-snapshot';

interface Block {
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

function hasFormula(snap: SheetSnapshot, b: Block): boolean {
  for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) if (isLockedCell(snap, r, c)) return true;
  return false;
}

/** Blocks covering every edit and no formula cell (one per changed column, merged when possible). */
export function planBlocks(snap: SheetSnapshot, edits: CellChange[]): Block[] {
  const byColumn = new Map<number, number[]>();
  for (const e of edits) {
    const rows = byColumn.get(e.column) ?? [];
    rows.push(e.row);
    byColumn.set(e.column, rows);
  }
  const columnBlocks: Block[] = [];
  for (const [c, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    // Split the column's span at formula cells.
    let start = rows[0] as number;
    const end = rows[rows.length - 1] as number;
    for (let r = start; r <= end + 1; r++) {
      if (r === end + 1 || isLockedCell(snap, r, c)) {
        if (r > start && rows.some((x) => x >= start && x < r)) {
          const first = rows.find((x) => x >= start) as number;
          const last = [...rows].reverse().find((x) => x < r) as number;
          columnBlocks.push({ r0: first, r1: last, c0: c, c1: c });
        }
        start = r + 1;
      }
    }
  }
  const merged: Block[] = [];
  for (const b of columnBlocks) {
    const prev = merged[merged.length - 1];
    if (prev && prev.c1 + 1 === b.c0) {
      const union = { r0: Math.min(prev.r0, b.r0), r1: Math.max(prev.r1, b.r1), c0: prev.c0, c1: b.c1 };
      if (!hasFormula(snap, union)) {
        merged[merged.length - 1] = union;
        continue;
      }
    }
    merged.push(b);
  }
  return merged;
}
