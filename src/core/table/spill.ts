/**
 * Spill ranges: the cells an ARRAYFORMULA (or any formula returning an array: FILTER, QUERY,
 * UNIQUE, a CRM_* formula over A2:A, an {array literal}) fills below and beside itself. They hold
 * values but no formula of their own, and a value written into one breaks the whole formula
 * (#REF!: "Array result was not expanded because it would overwrite data"). Sheets does not say
 * how far an array reaches, so it is estimated from the formula, on the safe side: as wide as the
 * widest range it reads, and to the bottom of the sheet when a range is open-ended (A2:A) or when
 * nothing bounds it.
 */

/** A spilling formula's cell (`row`, `column`: 0-based in the grid it was found in) and its extent. */
export interface SpillArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  formula: string;
}

// Functions that can return more than one cell; CRM_* are this add-on's own, over a range.
const ARRAY_FUNCTION = /(?:^|[^A-Z0-9_.])(ARRAYFORMULA|FILTER|SORTN?|UNIQUE|QUERY|IMPORTRANGE|IMPORTDATA|IMPORTHTML|IMPORTXML|IMPORTFEED|SEQUENCE|SPLIT|TRANSPOSE|FLATTEN|ARRAY_CONSTRAIN|MMULT|MAP|BYROW|BYCOL|MAKEARRAY|SCAN|CHOOSECOLS|CHOOSEROWS|HSTACK|VSTACK|TOCOL|TOROW|WRAPCOLS|WRAPROWS|GOOGLEFINANCE|CRM_[A-Z_]+)\s*\(/i;
// A1 ranges: B2, B2:D9, A2:A (open-ended), A:C; a sheet name may come first.
const RANGE = /(?<![A-Za-z0-9_$.])(?:(?:'[^']*'|[A-Za-z0-9_.]+)!)?\$?([A-Za-z]{1,3})\$?(\d*)(?::\$?([A-Za-z]{1,3})\$?(\d*))?(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The formula without its quoted strings (a "{" or "FILTER(" in a text is no array). */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

export function maySpill(formula: string): boolean {
  if (!formula.startsWith('=')) return false;
  const code = withoutStrings(formula);
  return ARRAY_FUNCTION.test(code) || code.includes('{');
}

/** Rows and columns an array formula may fill, Infinity for "to the end of the sheet". */
function extent(formula: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 1;
  let open = false;
  // Ranges in strings count too: IMPORTRANGE("…", "Contacts!A:D") returns four columns.
  for (const m of formula.matchAll(RANGE)) {
    const [, c1, r1 = '', c2, r2 = ''] = m;
    if (!c1 || (!c2 && !r1)) continue; // a bare word, not a reference
    const width = c2 ? Math.abs(columnNumber(c2) - columnNumber(c1)) + 1 : 1;
    columns = Math.max(columns, width);
    if (c2 && (!r1 || !r2)) open = true;
    else rows = Math.max(rows, c2 ? Math.abs(Number(r2) - Number(r1)) + 1 : 1);
  }
  const code = withoutStrings(formula);
  // {"Header"; ARRAYFORMULA(…)}: each ';' of an array literal stacks one more part below.
  const stacked = (code.match(/;/g) ?? []).length;
  if (/TRANSPOSE\s*\(/i.test(code)) return { rows: Infinity, columns: Infinity };
  if (open || rows === 0 || /\b(SEQUENCE|IMPORT\w+|QUERY|SPLIT|FLATTEN|TOCOL|VSTACK|MAKEARRAY|GOOGLEFINANCE)\s*\(/i.test(code)) return { rows: Infinity, columns };
  return { rows: rows + stacked, columns };
}

/** The spilling formulas of a grid of getFormulas() and the cells each may fill, clipped to the grid. */
export function spillAreas(formulas: readonly (readonly string[])[], numRows: number, numColumns: number): SpillArea[] {
  const out: SpillArea[] = [];
  formulas.forEach((line, row) =>
    line.forEach((formula, column) => {
      if (!formula || !maySpill(formula)) return;
      const e = extent(formula);
      out.push({ row, column, numRows: Math.min(e.rows, numRows - row), numColumns: Math.min(e.columns, numColumns - column), formula });
    }),
  );
  return out;
}

/** Whether a cell is filled by one of the areas (the formula's own cell is not: it has the formula). */
export function isSpilled(areas: readonly SpillArea[], row: number, column: number): boolean {
  for (const a of areas) {
    if (row === a.row && column === a.column) continue;
    if (row >= a.row && row < a.row + a.numRows && column >= a.column && column < a.column + a.numColumns) return true;
  }
  return false;
}
