// Undo's writes as steps, like a clean's (clean-ops.ts), so that the undo of a big run continues
// in the background instead of running past Apps Script's 6-minute limit: rows back from the
// archive first (the run's journal then says so: a second undo after a stop does not put them
// back twice), then the restored cells in stretches of rows, each step's log lines before its
// writes, then formulas Sheets did not restore, and last the archive rows out (found again by run
// id and row id, the archive may have been sorted meanwhile) and the run off the journal.
import { a1 } from '../core/table/a1';
import { decodeCell, encodeCell, type EncodedCell } from './cell-codec';
import { appendLog, type LogEntry } from './log-sheet';
import type { Aspects, RowState, TouchedCell } from './journal-records';
import { readRowStates, type OpRun } from './clean-ops';
import { putRowsBack, writeFormulas, writeRestores, type CellRestore, type FinalLayout } from './undo-writes';
import { findArchivedRows, removeArchivedRows } from './archive-sheet';
import { dropRun, runMeta, updateRunMeta } from './undo-journal';
import { cellsStepWork, logWork, predictMs, rowsPerStep } from './step-cost';
import { dateForCore } from './sheet-dates';
import { isSpilled, type SpillArea } from '../core/table/spill';

type EncodedLog = [string, EncodedCell, EncodedCell, string];
type EncodedAspects = { v?: EncodedCell; n?: string; b?: string; t?: string };
type EncodedState = { v: EncodedCell[]; f: string[]; n: string[]; b: string[]; t: string[] };

export type UndoUnit =
  | { k: 'rowsBack'; ms: number; chars: number; currentRows: number; from: number[]; back: Array<[number, EncodedState]>; log: EncodedLog[]; spills: SpillArea[] }
  | { k: 'restore'; ms: number; chars: number; r0: number; r1: number; cells: Array<[number, number, EncodedAspects]>; keep: Array<[number, number]>; spills: SpillArea[] }
  | { k: 'formulas'; ms: number; chars: number; list: Array<[number, number, string]> }
  | { k: 'undoEnd'; ms: number; chars: number; rowIds: string[]; log: EncodedLog[] };

export interface UndoPlan {
  final: FinalLayout;
  currentRows: number;
  restores: CellRestore[];
  /** Final rows and columns of cells left because someone changed them. */
  keep: Array<[number, number]>;
  formulas: Array<{ row: number; column: number; formula: string }>;
  /** Archive row ids of the rows that come back. */
  rowIds: string[];
  /** Log lines per row put back, and the closing ones (each restored value is logged by its step). */
  rowLog: LogEntry[];
  endLog: LogEntry[];
  /** Cells array formulas fill once undone (final rows): never written. */
  spills: SpillArea[];
}

const encodeLog = (e: LogEntry): EncodedLog => [e.cell, encodeCell(e.before), encodeCell(e.after), e.rule];
const decodeLog = (e: EncodedLog): LogEntry => ({ cell: e[0], before: decodeCell(e[1]), after: decodeCell(e[2]), rule: e[3] });

function encodeAspects(a: Aspects): EncodedAspects {
  const out: EncodedAspects = {};
  if (a.value !== undefined) out.v = encodeCell(a.value);
  if (a.format !== undefined) out.n = a.format;
  if (a.background !== undefined) out.b = a.background;
  if (a.note !== undefined) out.t = a.note;
  return out;
}

function decodeAspects(a: EncodedAspects): Aspects {
  const out: Aspects = {};
  if (a.v !== undefined) out.value = decodeCell(a.v);
  if (a.n !== undefined) out.format = a.n;
  if (a.b !== undefined) out.background = a.b;
  if (a.t !== undefined) out.note = a.t;
  return out;
}

const encodeState = (s: RowState): EncodedState => ({ v: s.values.map(encodeCell), f: s.formulas, n: s.formats, b: s.backgrounds, t: s.notes });
const decodeState = (s: EncodedState): RowState => ({ values: s.v.map(decodeCell), formulas: s.f, formats: s.n, backgrounds: s.b, notes: s.t });

export function buildUndoUnits(plan: UndoPlan, numColumns: number, chunkRows?: number): UndoUnit[] {
  const units: UndoUnit[] = [];
  const back: Array<[number, EncodedState]> = [];
  plan.final.from.forEach((f, i) => {
    if (f < 0) back.push([i, encodeState(plan.final.rows[i] as RowState)]);
  });
  if (back.length) {
    const cells = (plan.currentRows + back.length) * numColumns;
    const ms = predictMs({ calls: 12, structural: 4, writeCells: 2 * cells + back.length * numColumns * 4, textChars: back.length * numColumns * 12 }) + predictMs(logWork(plan.rowLog.length));
    const chars = plan.final.from.length * 7 + back.length * numColumns * 40 + plan.rowLog.length * 80;
    units.push({ k: 'rowsBack', ms, chars, currentRows: plan.currentRows, from: plan.final.from, back, log: plan.rowLog.map(encodeLog), spills: plan.spills });
  }
  const size = Math.max(1, Math.floor(chunkRows ?? rowsPerStep(numColumns)));
  const byRow = new Map<number, CellRestore[]>();
  for (const r of plan.restores) byRow.set(r.row, [...(byRow.get(r.row) ?? []), r]);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (let i = 0; i < rows.length; ) {
    const r0 = rows[i] as number;
    const cells: Array<[number, number, EncodedAspects]> = [];
    let r1 = r0;
    while (i < rows.length && (rows[i] as number) < r0 + size) {
      r1 = rows[i] as number;
      for (const c of byRow.get(r1) ?? []) cells.push([r1, c.cell.c, encodeAspects(c.cell.before)]);
      i++;
    }
    const keep = plan.keep.filter(([r]) => r >= r0 && r <= r1);
    const worst = cellsStepWork(r1 - r0 + 1, numColumns);
    const lines = cells.filter(([, , a]) => a.v !== undefined).length;
    const ms = predictMs({ ...worst, writeCells: (worst.writeCells ?? 0) - (r1 - r0 + 1) * numColumns * 8 + lines * 8 });
    units.push({ k: 'restore', ms, chars: 80 + cells.length * 48 + keep.length * 12, r0, r1, cells, keep, spills: plan.spills });
  }
  if (plan.formulas.length) {
    const ms = predictMs({ calls: 2 + plan.formulas.length, readCells: plan.final.rows.length * numColumns });
    units.push({ k: 'formulas', ms, chars: plan.formulas.length * 40, list: plan.formulas.map((f) => [f.row, f.column, f.formula]) });
  }
  const endMs = predictMs({ calls: 12, structural: 6, readCells: 2 * plan.rowIds.length + 10_000 }) + predictMs(logWork(plan.endLog.length));
  units.push({ k: 'undoEnd', ms: endMs, chars: plan.rowIds.length * 16 + plan.endLog.length * 80, rowIds: plan.rowIds, log: plan.endLog.map(encodeLog) });
  return units;
}

export interface UndoContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  run: OpRun;
  firstRow: number;
  numColumns: number;
}

export function executeUndoUnit(ctx: UndoContext, u: UndoUnit): void {
  const { ss, sheet, run, firstRow, numColumns } = ctx;
  const log = (entries: EncodedLog[]): void => {
    appendLog(ss, { runId: run.runId, time: run.time, user: run.user, sheet: run.sheet }, entries.map(decodeLog));
  };
  if (u.k === 'rowsBack') {
    log(u.log);
    const rows: RowState[] = [];
    for (const [i, s] of u.back) rows[i] = decodeState(s);
    putRowsBack(sheet, { firstRow, numColumns, rows, from: u.from }, u.currentRows, (row, c) => isSpilled(u.spills, row, c));
    // The rows are back: an undo begun again after a stop must not put them back twice.
    const meta = runMeta(ss, run.runId);
    if (meta) updateRunMeta(ss, { ...meta, rowsBack: true });
  } else if (u.k === 'restore') {
    const states = readRowStates(sheet, firstRow + u.r0, u.r1 - u.r0 + 1, numColumns);
    const restores: CellRestore[] = u.cells.map(([r, c, a]) => ({ row: r - u.r0, cell: { r, c, before: decodeAspects(a) } as TouchedCell }));
    const keep = new Set(u.keep.map(([r, c]) => `${r - u.r0}|${c}`));
    // Each value changed back, logged with the value it replaces, before it is written.
    appendLog(ss, { runId: run.runId, time: run.time, user: run.user, sheet: run.sheet }, restores.flatMap((x): LogEntry[] => {
      const after = x.cell.before.value;
      if (after === undefined) return [];
      const before = states[x.row]?.values[x.cell.c] ?? '';
      return [{ cell: a1(firstRow + u.r0 + x.row, x.cell.c + 1), before: dateForCore(before, run.timeZone), after: dateForCore(after, run.timeZone), rule: 'undo' }];
    }));
    const locked = (row: number, c: number): boolean => keep.has(`${row}|${c}`) || isSpilled(u.spills, u.r0 + row, c);
    writeRestores(sheet, { firstRow: firstRow + u.r0, numColumns, rows: states, from: [] }, restores, locked);
  } else if (u.k === 'formulas') {
    writeFormulas(sheet, { firstRow, numColumns, rows: [], from: [] }, u.list.map(([row, column, formula]) => ({ row, column, formula })));
  } else {
    log(u.log);
    const wanted = new Set(u.rowIds);
    removeArchivedRows(ss, findArchivedRows(ss, run.runId).filter((f) => wanted.has(f.rowId)).map((f) => f.row));
    dropRun(ss, run.runId);
  }
}
