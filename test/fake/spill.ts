// Array formulas (ARRAYFORMULA and every formula that returns an array) for the fake: the formula's
// cell holds the formula, the cells its result fills below and beside it hold values but no formula
// of their own (getFormulas gives ''). A value written into one of those cells breaks the formula:
// its cell shows #REF! ("Array result was not expanded because it would overwrite data") and the
// rest of its output empties; clearing such a cell changes nothing (the array fills it again).
// Writing over the formula's own cell removes the array. Loaded with load-sheet's `spill`.
// (https://support.google.com/docs/answer/3093275, ARRAYFORMULA; the #REF! on a blocked expansion
// is Sheets' documented error for arrays.)
import type { Box } from './a1';
import type { RowData, StoredValue } from './sheet-data';

export interface FakeSpill {
  /** The formula's row; its column (1-based). */
  anchor: RowData;
  column: number;
  /** The rows the result fills, the formula's row first; the values it fills them with. */
  rows: RowData[];
  output: StoredValue[][];
  broken: boolean;
}

const width = (s: FakeSpill): number => s.output[0]?.length ?? 1;

/**
 * The arrays after a write of values into `box` of `rows` (`filled(r, c)`, 1-based: whether the
 * write put a value there): blocked ones broken, overwritten ones gone, intact ones filled again.
 */
export function settleSpills(spills: FakeSpill[], rows: RowData[], box: Box, filled: (row: number, column: number) => boolean): FakeSpill[] {
  const left = blockSpills(spills, rows, box, filled);
  refill(left);
  return left;
}

/** Whether a sort of `box` would move cells an intact array fills. */
export function sortsSpill(spills: FakeSpill[], rows: RowData[], box: Box): boolean {
  const inBox = new Set(rows.slice(box.row - 1, box.row - 1 + box.numRows));
  return spills.some((s) => !s.broken && s.column < box.column + box.numColumns && s.column + width(s) > box.column && s.rows.some((d) => inBox.has(d)));
}

function blockSpills(spills: FakeSpill[], rows: RowData[], box: Box, filled: (row: number, column: number) => boolean): FakeSpill[] {
  if (spills.length === 0) return spills;
  const pos = new Map(rows.map((d, i) => [d, i + 1]));
  return spills.filter((s) => {
    if (s.broken) return true;
    if (!pos.has(s.anchor)) return false; // its row was deleted: the formula is gone
    for (let i = 0; i < s.rows.length; i++) {
      const r = pos.get(s.rows[i] as RowData);
      if (r === undefined || r < box.row || r >= box.row + box.numRows) continue;
      for (let j = 0; j < width(s); j++) {
        const c = s.column + j;
        if (c < box.column || c >= box.column + box.numColumns) continue;
        if (i === 0 && j === 0) {
          clearOutput(s, box, pos);
          return false;
        }
        if (filled(r, c)) {
          s.broken = true;
          s.anchor.v[s.column - 1] = '#REF!';
          clearOutput(s, box, pos);
          return true;
        }
      }
    }
    return true;
  });
}

/** An intact array fills its cells again (a cleared cell comes back). */
function refill(spills: FakeSpill[]): void {
  for (const s of spills) {
    if (s.broken) continue;
    s.rows.forEach((d, i) => (s.output[i] ?? []).forEach((v, j) => {
      if (i > 0 || j > 0) d.v[s.column - 1 + j] = v;
    }));
  }
}

function clearOutput(s: FakeSpill, box: Box, pos: Map<RowData, number>): void {
  s.rows.forEach((d, i) => (s.output[i] ?? []).forEach((_, j) => {
    if (i === 0 && j === 0) return;
    const r = pos.get(d);
    const c = s.column + j;
    const written = r !== undefined && r >= box.row && r < box.row + box.numRows && c >= box.column && c < box.column + box.numColumns;
    if (!written) d.v[c - 1] = undefined;
  }));
}
