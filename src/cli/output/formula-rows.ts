/**
 * What a spreadsheet does to formulas when rows are deleted, for the cleaned XLSX: a reference to
 * a row that moves up follows it (=LEN(B7) becomes =LEN(B6) when one row above 7 left), a range
 * keeps the rows that remain, and a reference to a deleted row becomes #REF!. Only references to
 * the data sheet change: unqualified ones in its own cells, and `Sheet!A7` / `'My sheet'!A7` in
 * any sheet. Text inside quotes and function names (LOG10) are never taken for references.
 */

/** Sheet row after deleting rows; null when the row itself was deleted. */
export type RowShift = (row: number) => number | null;

export function rowShift(deleted: readonly number[]): RowShift {
  const sorted = [...deleted].sort((a, b) => a - b);
  const set = new Set(sorted);
  return (row) => {
    if (set.has(row)) return null;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < row) lo = mid + 1;
      else hi = mid;
    }
    return row - lo;
  };
}

const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
// [sheet!]cell[:cell] or [sheet!]row:row, not inside a longer name and not a function call.
const REF = new RegExp(String.raw`(?<![A-Za-z0-9_.$'!])((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(?:${CELL}(?::${CELL})?|(\$?)(\d+):(\$?)(\d+))(?![A-Za-z0-9_(!])`, 'g');

const unquote = (s: string): string => (s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s);

/** Nearest remaining row at or after `row` (dir 1) or at or before it (dir -1) within [lo, hi]. */
function keptEnd(shift: RowShift, row: number, other: number, dir: 1 | -1): number | null {
  for (let r = row; dir > 0 ? r <= other : r >= other; r += dir) {
    const s = shift(r);
    if (s !== null) return s;
  }
  return null;
}

/**
 * `formula` (without '=') as it reads after the rows are deleted. `own` says the formula sits on
 * the data sheet, where unqualified references mean the data sheet.
 */
export function shiftFormulaRows(formula: string, shift: RowShift, dataSheet: string, own: boolean): string {
  // Split off string literals so nothing inside quotes is rewritten.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REF, (whole: string, sheet: string | undefined, ...g: Array<string | undefined>) => {
      const ours = sheet === undefined ? own : unquote(sheet.slice(0, -1)) === dataSheet;
      if (!ours) return whole;
      const prefix = sheet ?? '';
      const [d1, c1, rd1, r1, d2, c2, rd2, r2, wd1, w1, wd2, w2] = g;
      if (c1 !== undefined && r1 !== undefined) {
        const a = Number(r1);
        if (c2 === undefined || r2 === undefined) {
          const s = shift(a);
          return s === null ? '#REF!' : `${prefix}${d1}${c1}${rd1}${s}`;
        }
        const b = Number(r2);
        const top = keptEnd(shift, Math.min(a, b), Math.max(a, b), 1);
        const bottom = keptEnd(shift, Math.max(a, b), Math.min(a, b), -1);
        if (top === null || bottom === null) return '#REF!';
        return `${prefix}${d1}${c1}${rd1}${top}:${d2}${c2}${rd2}${bottom}`;
      }
      const a = Number(w1);
      const b = Number(w2);
      const top = keptEnd(shift, Math.min(a, b), Math.max(a, b), 1);
      const bottom = keptEnd(shift, Math.max(a, b), Math.min(a, b), -1);
      if (top === null || bottom === null) return '#REF!';
      return `${prefix}${wd1}${top}:${wd2}${bottom}`;
    })))
    .join('');
}
