// Undo's writes, once undo-check.ts has decided: rows come back from the archive to their places
// (a few inserts, or one sort when they are scattered), then the restored cells are written in
// batch rectangles that never cover a formula cell or a cell someone changed since. Cells around
// them in a rectangle get what they hold already, so nothing else changes.
import type { Cell } from '../core/table';
import { forWrite } from './cell-codec';
import type { RowState, TouchedCell } from './journal-records';
import { runsOf, sortAllowed, sortByKeys, MAX_DELETE_RUNS } from './row-removal';
import { planBlocks } from './value-writes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FinalLayout {
  firstRow: number;
  numColumns: number;
  /** Rows of the data block once undone, top to bottom: what each holds before the cell writes. */
  rows: RowState[];
  /** For each final row, the row it is now (index into the current block), or -1 when it comes back from the archive. */
  from: number[];
}

/**
 * Puts archived rows back: inserted where they belong, or appended and sorted into place. Cells
 * an array formula fills once the rows are back (`spilled`, final rows) are left blank for it.
 */
export function putRowsBack(sheet: Sheet, layout: FinalLayout, currentRows: number, spilled: (row: number, column: number) => boolean): void {
  const back = layout.from.map((f, i) => (f < 0 ? i : -1)).filter((i) => i >= 0);
  if (back.length === 0) return;
  const { firstRow, numColumns } = layout;
  const runs = runsOf(back);
  if (runs.length > MAX_DELETE_RUNS && sortAllowed(sheet)) {
    // Append them below the block, then one sort by final position brings every row to its place.
    const bottom = firstRow + currentRows;
    sheet.insertRowsAfter(bottom - 1, back.length);
    writeRows(sheet, bottom, back.map((i) => layout.rows[i] as RowState), numColumns, (k, c) => spilled(back[k] as number, c));
    const keys: number[] = [];
    layout.from.forEach((f, i) => {
      if (f >= 0) keys[f] = i;
    });
    back.forEach((i, k) => (keys[currentRows + k] = i));
    sortByKeys(sheet, firstRow, numColumns, keys);
    return;
  }
  // Ascending: each run goes in with the earlier ones already in place.
  for (const run of runs) {
    // After the row above: the header row at least, so the position always exists.
    sheet.insertRowsAfter(firstRow + run.start - 1, run.length);
    writeRows(sheet, firstRow + run.start, layout.rows.slice(run.start, run.start + run.length), numColumns, (k, c) => spilled(run.start + k, c));
  }
}

/** Whole rows as they were: formats first (so text stays text), values and formulas, colours, notes. */
function writeRows(sheet: Sheet, row: number, states: RowState[], numColumns: number, blank: (index: number, column: number) => boolean): void {
  const range = sheet.getRange(row, 1, states.length, numColumns);
  const grid = <T>(pick: (s: RowState, c: number, k: number) => T): T[][] => states.map((s, k) => Array.from({ length: numColumns }, (_, c) => pick(s, c, k)));
  range.setNumberFormats(grid((s, c) => s.formats[c] || '0.###############'));
  range.setValues(grid((s, c, k) => (s.formulas[c] ? s.formulas[c] : blank(k, c) ? '' : forWrite(s.values[c] ?? '', s.formats[c] ?? ''))));
  range.setBackgrounds(grid((s, c) => s.backgrounds[c] || '#ffffff'));
  range.setNotes(grid((s, c) => s.notes[c] ?? ''));
}

export interface CellRestore {
  /** Final row (0-based in the block). */
  row: number;
  cell: TouchedCell;
}

/**
 * Writes the restored cells: per aspect, one rectangle over the rows and columns it touches
 * (number formats before values), values in blocks that avoid formulas and `keep` cells.
 */
export function writeRestores(sheet: Sheet, layout: FinalLayout, restores: CellRestore[], keep: (row: number, column: number) => boolean): void {
  const at = new Map<string, TouchedCell>();
  for (const r of restores) at.set(`${r.row}|${r.cell.c}`, r.cell);
  const before = (row: number, c: number): TouchedCell['before'] | undefined => at.get(`${row}|${c}`)?.before;
  const state = (row: number): RowState => layout.rows[row] as RowState;
  const formatOf = (row: number, c: number): string => before(row, c)?.format ?? state(row).formats[c] ?? '';

  const layer = (aspect: 'format' | 'background' | 'note', current: (s: RowState, c: number) => string, write: (range: GoogleAppsScript.Spreadsheet.Range, grid: string[][]) => void): void => {
    const hits = restores.filter((r) => r.cell.before[aspect] !== undefined);
    if (hits.length === 0) return;
    const box = boundsOf(hits.map((h) => [h.row, h.cell.c]));
    const grid: string[][] = [];
    for (let row = box.r0; row <= box.r1; row++) {
      const line: string[] = [];
      for (let c = box.c0; c <= box.c1; c++) line.push(before(row, c)?.[aspect] ?? current(state(row), c));
      grid.push(line);
    }
    write(sheet.getRange(layout.firstRow + box.r0, box.c0 + 1, grid.length, box.c1 - box.c0 + 1), grid);
  };
  layer('format', (s, c) => s.formats[c] || '0.###############', (range, grid) => range.setNumberFormats(grid));

  const valueCells = restores.filter((r) => r.cell.before.value !== undefined).map((r) => ({ row: r.row, column: r.cell.c }));
  for (const b of planBlocks((row, c) => Boolean(state(row).formulas[c]) || keep(row, c), valueCells)) {
    const data: Cell[][] = [];
    for (let row = b.r0; row <= b.r1; row++) {
      const line: Cell[] = [];
      for (let c = b.c0; c <= b.c1; c++) {
        const was = before(row, c);
        line.push(forWrite(was?.value !== undefined ? was.value : (state(row).values[c] ?? ''), formatOf(row, c)));
      }
      data.push(line);
    }
    sheet.getRange(layout.firstRow + b.r0, b.c0 + 1, data.length, b.c1 - b.c0 + 1).setValues(data);
  }
  layer('background', (s, c) => s.backgrounds[c] || '#ffffff', (range, grid) => range.setBackgrounds(grid));
  layer('note', (s, c) => s.notes[c] ?? '', (range, grid) => range.setNotes(grid));
}

function boundsOf(cells: Array<[number, number]>): { r0: number; r1: number; c0: number; c1: number } {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  for (const [r, c] of cells) {
    r0 = Math.min(r0, r); r1 = Math.max(r1, r);
    c0 = Math.min(c0, c); c1 = Math.max(c1, c);
  }
  return { r0, r1, c0, c1 };
}

/** Formulas to write back (Sheets usually restores them itself when rows return): only where they differ now. */
export function writeFormulas(sheet: Sheet, layout: FinalLayout, formulas: Array<{ row: number; column: number; formula: string }>): void {
  if (formulas.length === 0) return;
  const box = boundsOf(formulas.map((f) => [f.row, f.column]));
  const now = sheet.getRange(layout.firstRow + box.r0, box.c0 + 1, box.r1 - box.r0 + 1, box.c1 - box.c0 + 1).getFormulas();
  const stale = formulas.filter((f) => now[f.row - box.r0]?.[f.column - box.c0] !== f.formula).sort((a, b) => a.column - b.column || a.row - b.row);
  // One call per stretch of a column.
  for (let i = 0; i < stale.length; ) {
    const first = stale[i] as (typeof stale)[number];
    let n = 1;
    while (i + n < stale.length && stale[i + n]?.column === first.column && stale[i + n]?.row === first.row + n) n++;
    sheet.getRange(layout.firstRow + first.row, first.column + 1, n, 1).setFormulas(stale.slice(i, i + n).map((f) => [f.formula]));
    i += n;
  }
}
