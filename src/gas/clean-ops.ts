// A run's writes as a list of JSON-serializable steps, so that a run can stop between two steps
// when its time is up and the next execution can carry on from the same list (clean-job.ts).
// Each step is whole: a 'cells' step covers a stretch of rows and, in this order, reads them,
// appends to the undo journal what they hold before and after, appends their log lines, and only
// then writes them; a 'rows' step journals, logs and archives the rows that leave the sheet, then
// removes them and notes what Sheets rewrote. So no value is ever written before its journal and
// log entries are stored, and a run stopped between steps is undone exactly.
import type { Cell, ColumnRoles } from '../core/table';
import type { CellChange } from '../core/normalize/normalize-table';
import { a1 } from '../core/table/a1';
import { decodeCell, encodeCell, forWrite, type EncodedCell } from './cell-codec';
import { isDate } from '../core/normalize/cell';
import { DATE_CELL_FORMAT, dateForCore, dateForSheet, rowForSheet } from './sheet-dates';
import { isSpilled, type SpillArea } from '../core/table/spill';
import type { SheetSnapshot } from './sheet-snapshot';
import type { Highlights } from './highlights';
import { appendArchive } from './archive-sheet';
import { appendLog, type LogEntry } from './log-sheet';
import { removalMode, runsOf, sortAndDelete } from './row-removal';
import { encodeColumns, decodeColumns, rowRecord, type RowState, type RowTarget } from './journal-records';
import { appendToRun } from './undo-journal';
import { planBlocks } from './value-writes';
import { cellsStepWork, logWork, predictMs, rowsPerStep } from './step-cost';

/** A log line as the queue keeps it: cell, before, after, rule. */
type EncodedLog = [string, EncodedCell, EncodedCell, string];

export interface CellsUnit {
  k: 'cells';
  /** Data rows (0-based, as read) of the stretch. */
  r0: number;
  r1: number;
  /** Predicted Apps Script time of the step (ms), and its size as queue text (characters, about). */
  ms: number;
  chars: number;
  /** Row, column, new value, rule: each is logged with the value it replaces, read as the step runs. */
  values: Array<[number, number, EncodedCell, string]>;
  /** Column, number format for every row of the stretch. */
  formats: Array<[number, string]>;
  /** Row, column of each date the run rewrites: it gets DATE_CELL_FORMAT, its neighbours keep theirs. */
  dates: Array<[number, number]>;
  /** Row, columns ("0-7"), background. */
  backgrounds: Array<[number, string, string]>;
  /** Row, column, note. */
  notes: Array<[number, number, string]>;
  /** Log lines about whole rows (flags). */
  log: EncodedLog[];
}

export interface ArchivedItem {
  r: number;
  reason: string;
  primaryRow: number | '';
  values: EncodedCell[];
  formulas: string[];
  formats: string[];
  backgrounds: string[];
  notes: string[];
}

export interface RowsUnit {
  k: 'rows';
  ms: number;
  chars: number;
  removal: 'runs' | 'sort';
  /** Data rows (0-based, ascending) that leave the sheet. */
  removed: number[];
  archived: ArchivedItem[];
  log: EncodedLog[];
}

export type Unit = CellsUnit | RowsUnit;

export interface OpRun {
  runId: string;
  time: Date;
  user: string;
  sheet: string;
  header: string[];
  /** The spreadsheet's zone the run read its dates in (sheet-dates.ts). */
  timeZone: string;
}

/** A log entry placed with the row it is about (0-based data row). */
export type RowLogEntry = LogEntry & { row: number };

export interface ArchivedRowInput {
  row: number;
  reason: string;
  primaryRow: number | '';
}

export interface UnitInput {
  snap: SheetSnapshot;
  /** Value changes (never on formula cells). */
  edits: CellChange[];
  /** Edited phone columns become plain text first. */
  roles: ColumnRoles;
  /** Backgrounds and notes of the whole block, when they change. */
  highlights?: Highlights;
  archived: ArchivedRowInput[];
  /** Log entries of rows (value changes are logged from `edits`). */
  rowLog: RowLogEntry[];
  removed: number[];
  chunkRows?: number;
  /** The sheet has no filter, so scattered rows may be removed with one sort (row-removal.ts). */
  canSort?: boolean;
}

const encodeLog = (e: LogEntry): EncodedLog => [e.cell, encodeCell(e.before), encodeCell(e.after), e.rule];
const decodeLog = (e: EncodedLog): LogEntry => ({ cell: e[0], before: decodeCell(e[1]), after: decodeCell(e[2]), rule: e[3] });

function emptyUnit(r0: number, r1: number): CellsUnit {
  return { k: 'cells', r0, r1, ms: 0, chars: 0, values: [], formats: [], dates: [], backgrounds: [], notes: [], log: [] };
}

/** Per row, the columns whose entry in `next` differs from `now`, grouped by equal new content. */
function rowChanges(now: string[] | undefined, next: string[] | undefined): Array<[string, number[]]> {
  const byValue = new Map<string, number[]>();
  (next ?? []).forEach((v, c) => {
    if (v === (now?.[c] ?? '')) return;
    const cols = byValue.get(v) ?? [];
    cols.push(c);
    byValue.set(v, cols);
  });
  return [...byValue.entries()];
}

/** Phone columns that get new values and are not all plain text yet. */
function phoneTextColumns(input: UnitInput): number[] {
  const edited = new Set(input.edits.map((e) => e.column));
  const out: number[] = [];
  input.roles.forEach((role, c) => {
    if (role === 'phone' && edited.has(c) && !input.snap.formats.every((row) => row[c] === '@')) out.push(c);
  });
  return out;
}

export function buildUnits(input: UnitInput): Unit[] {
  const { snap, highlights } = input;
  const size = Math.max(1, Math.floor(input.chunkRows ?? rowsPerStep(snap.numColumns)));
  const gone = new Set(input.removed);
  const units: CellsUnit[] = [];
  const unitOf = (r: number): CellsUnit => {
    const i = Math.floor(r / size);
    return (units[i] ??= emptyUnit(i * size, Math.min(snap.numRows, (i + 1) * size) - 1));
  };
  for (const e of input.edits) {
    unitOf(e.row).values.push([e.row, e.column, encodeCell(e.after), e.rule]);
    if (isDate(e.after)) unitOf(e.row).dates.push([e.row, e.column]);
  }
  const textColumns = phoneTextColumns(input);
  if (textColumns.length > 0) {
    for (let r = 0; r < snap.numRows; r += size) for (const c of textColumns) unitOf(r).formats.push([c, '@']);
  }
  for (let r = 0; highlights && r < snap.numRows; r++) {
    if (gone.has(r)) continue;
    if (highlights.changedBackgrounds) {
      for (const [color, cols] of rowChanges(snap.backgrounds[r], highlights.backgrounds[r])) unitOf(r).backgrounds.push([r, encodeColumns(cols), color]);
    }
    if (highlights.changedNotes) {
      for (const [note, cols] of rowChanges(snap.notes[r], highlights.notes[r])) for (const c of cols) unitOf(r).notes.push([r, c, note]);
    }
  }
  const rowsLog: EncodedLog[] = [];
  for (const e of input.rowLog) (gone.has(e.row) ? rowsLog : unitOf(e.row).log).push(encodeLog(e));
  const out: Unit[] = units.filter((u): u is CellsUnit => Boolean(u));
  for (const u of out as CellsUnit[]) {
    u.ms = predictCells(u, snap.numColumns);
    u.chars = approxChars(u);
  }
  const rows = rowsUnit(input, rowsLog);
  if (rows) out.push(rows);
  return out;
}

/** About the length of the step as JSON, without writing it out (it may be megabytes). */
function approxChars(u: CellsUnit): number {
  let notes = 0;
  for (const n of u.notes) notes += n[2].length + 16;
  let log = 0;
  for (const e of u.log) log += e[0].length + String(e[1]).length + String(e[2]).length + e[3].length + 12;
  return 80 + u.values.length * 40 + u.formats.length * 10 + u.dates.length * 12 + u.backgrounds.length * 28 + notes + log;
}

function predictCells(u: CellsUnit, columns: number): number {
  const rows = u.r1 - u.r0 + 1;
  const worst = cellsStepWork(rows, columns);
  // The log is the part that varies most from step to step: count its real lines.
  const lines = u.values.length + u.log.length;
  return predictMs({ ...worst, writeCells: (worst.writeCells ?? 0) - rows * columns * 8 + lines * 8, textChars: 12 * rows * columns + lines * 60 });
}

function rowsUnit(input: UnitInput, log: EncodedLog[]): RowsUnit | null {
  const { snap } = input;
  if (input.archived.length === 0 && input.removed.length === 0) return null;
  const archived: ArchivedItem[] = input.archived.map((a) => ({
    r: a.row,
    reason: a.reason,
    primaryRow: a.primaryRow,
    values: rowForSheet(snap.values[a.row] ?? [], snap.timeZone).map(encodeCell),
    formulas: snap.formulas[a.row] ?? [],
    formats: snap.formats[a.row] ?? [],
    backgrounds: snap.backgrounds[a.row] ?? [],
    notes: snap.notes[a.row] ?? [],
  }));
  const removal = removalMode(input.removed, input.canSort) === 'sort' ? 'sort' : 'runs';
  const cells = snap.numRows * snap.numColumns;
  const ms = predictMs({
    calls: 20 + runsOf(input.removed).length,
    readCells: 2 * cells,
    writeCells: archived.length * (snap.numColumns + 8) * 4 + (removal === 'sort' ? 2 * snap.numRows : 0),
    structural: removal === 'sort' ? 4 : runsOf(input.removed).length,
    textChars: archived.length * 40,
  }) + predictMs(logWork(log.length));
  const chars = 100 + input.removed.length * 7 + archived.length * snap.numColumns * 40 + log.length * 80;
  return { k: 'rows', ms, chars, removal, removed: input.removed.slice(), archived, log };
}

// ---- execution

export interface UnitContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  run: OpRun;
  firstRow: number;
  numRows: number;
  numColumns: number;
  /** The snapshot when it is known to be what the sheet holds (the run's first execution). */
  fresh: SheetSnapshot | null;
  /** Cells array formulas fill, as read for the plan (rows as in the snapshot): never written. */
  spills: SpillArea[];
}

/** Rows r0..r1 as they are, values as getValues() gives them: from the fresh snapshot, or read (five batch calls). */
export function rowStates(ctx: UnitContext, r0: number, r1: number): RowState[] {
  const snap = ctx.fresh;
  if (snap) {
    const out: RowState[] = [];
    for (let r = r0; r <= r1; r++) {
      out.push({ values: rowForSheet(snap.values[r] ?? [], snap.timeZone), formulas: snap.formulas[r] ?? [], formats: snap.formats[r] ?? [], backgrounds: snap.backgrounds[r] ?? [], notes: snap.notes[r] ?? [] });
    }
    return out;
  }
  return readRowStates(ctx.sheet, ctx.firstRow + r0, r1 - r0 + 1, ctx.numColumns);
}

export function readRowStates(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, count: number, numColumns: number): RowState[] {
  const range = sheet.getRange(row, 1, count, numColumns);
  const values = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  return values.map((v, i) => ({ values: v, formulas: formulas[i] ?? [], formats: formats[i] ?? [], backgrounds: backgrounds[i] ?? [], notes: notes[i] ?? [] }));
}

/** What the step writes, per row; values as setValues() must get them (sheet-dates.ts). */
function targetsOf(u: CellsUnit, timeZone: string): Map<number, RowTarget & { values: Map<number, Cell>; formats: Map<number, string>; backgrounds: Map<number, string>; notes: Map<number, string> }> {
  const out = new Map<number, { values: Map<number, Cell>; formats: Map<number, string>; backgrounds: Map<number, string>; notes: Map<number, string> }>();
  const at = (r: number) => {
    let t = out.get(r);
    if (!t) out.set(r, (t = { values: new Map(), formats: new Map(), backgrounds: new Map(), notes: new Map() }));
    return t;
  };
  for (const [r, c, v] of u.values) at(r).values.set(c, dateForSheet(decodeCell(v), timeZone));
  for (let r = u.r0; r <= u.r1 && u.formats.length > 0; r++) for (const [c, f] of u.formats) at(r).formats.set(c, f);
  for (const [r, c] of u.dates) at(r).formats.set(c, DATE_CELL_FORMAT);
  for (const [r, cols, color] of u.backgrounds) for (const c of decodeColumns(cols)) at(r).backgrounds.set(c, color);
  for (const [r, c, note] of u.notes) at(r).notes.set(c, note);
  return out;
}

export function executeUnit(ctx: UnitContext, unit: Unit): void {
  if (unit.k === 'cells') executeCells(ctx, unit);
  else executeRows(ctx, unit);
}

function executeCells(ctx: UnitContext, u: CellsUnit): void {
  const states = rowStates(ctx, u.r0, u.r1);
  const targets = targetsOf(u, ctx.run.timeZone);
  const lines: string[] = [];
  for (const [r, target] of [...targets.entries()].sort((a, b) => a[0] - b[0])) {
    const rec = rowRecord(r, states[r - u.r0] as RowState, target);
    if (rec) lines.push(JSON.stringify(rec));
  }
  // The journal, then the log, then the sheet: a value is never written before both are stored.
  appendToRun(ctx.ss, ctx.run.runId, 'cells', lines);
  const log = u.values.map(([r, c, after, rule]): LogEntry => ({ cell: a1(ctx.firstRow + r, c + 1), before: dateForCore(states[r - u.r0]?.values[c] ?? '', ctx.run.timeZone), after: decodeCell(after), rule }));
  appendLog(ctx.ss, { runId: ctx.run.runId, time: ctx.run.time, user: ctx.run.user, sheet: ctx.run.sheet }, [...log, ...u.log.map(decodeLog)]);
  writeCells(ctx, u, states, targets);
}

function writeCells(ctx: UnitContext, u: CellsUnit, states: RowState[], targets: ReturnType<typeof targetsOf>): void {
  const { sheet, firstRow, numColumns } = ctx;
  const rows = u.r1 - u.r0 + 1;
  const state = (r: number): RowState => states[r - u.r0] as RowState;
  const formatOf = (r: number, c: number): string => targets.get(r)?.formats.get(c) ?? state(r).formats[c] ?? '';
  for (const [c, f] of u.formats) {
    if (states.some((s) => s.formats[c] !== f)) sheet.getRange(firstRow + u.r0, c + 1, rows, 1).setNumberFormat(f);
  }
  writeDateFormats(ctx, u, formatOf);
  const edits = u.values.map(([row, column]) => ({ row, column }));
  const spills = ctx.spills;
  const locked = (r: number, c: number): boolean => Boolean(state(r).formulas[c]) || (spills.length > 0 && isSpilled(spills, r, c));
  for (const b of planBlocks(locked, edits)) {
    const data: Cell[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const line: Cell[] = [];
      for (let c = b.c0; c <= b.c1; c++) {
        const next = targets.get(r)?.values;
        line.push(forWrite(next?.has(c) ? (next.get(c) as Cell) : state(r).values[c], formatOf(r, c)));
      }
      data.push(line);
    }
    sheet.getRange(firstRow + b.r0, b.c0 + 1, data.length, b.c1 - b.c0 + 1).setValues(data);
  }
  const layer = (pick: 'backgrounds' | 'notes'): void => {
    const rowsWith = [...targets.entries()].filter(([, t]) => t[pick].size > 0).map(([r]) => r);
    if (rowsWith.length === 0) return;
    const top = Math.min(...rowsWith);
    const bottom = Math.max(...rowsWith);
    const grid: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const next = targets.get(r)?.[pick];
      grid.push(Array.from({ length: numColumns }, (_, c) => next?.get(c) ?? state(r)[pick][c] ?? ''));
    }
    const range = sheet.getRange(firstRow + top, 1, grid.length, numColumns);
    if (pick === 'backgrounds') range.setBackgrounds(grid);
    else range.setNotes(grid);
  };
  layer('backgrounds');
  layer('notes');
}

/**
 * Rewritten dates get one number format, set on exactly those cells before their values: per
 * column, one setNumberFormats over the span of its dates, every other cell keeping its own.
 */
function writeDateFormats(ctx: UnitContext, u: CellsUnit, formatOf: (r: number, c: number) => string): void {
  const span = new Map<number, [number, number]>();
  for (const [r, c] of u.dates) {
    const s = span.get(c);
    span.set(c, s ? [Math.min(s[0], r), Math.max(s[1], r)] : [r, r]);
  }
  for (const [c, [top, bottom]] of span) {
    const grid: string[][] = [];
    for (let r = top; r <= bottom; r++) grid.push([formatOf(r, c)]);
    ctx.sheet.getRange(ctx.firstRow + top, c + 1, grid.length, 1).setNumberFormats(grid);
  }
}

function executeRows(ctx: UnitContext, u: RowsUnit): void {
  const { ss, sheet, run, firstRow, numRows, numColumns } = ctx;
  const from = u.removed[0] ?? numRows;
  const formulasBefore = u.removed.length ? sheet.getRange(firstRow + from, 1, numRows - from, numColumns).getFormulas() : [];
  appendToRun(ss, run.runId, 'rows', [JSON.stringify({ removed: u.removed, removal: u.removal })]);
  appendLog(ss, { runId: run.runId, time: run.time, user: run.user, sheet: run.sheet }, u.log.map(decodeLog));
  appendArchive(
    ss,
    { runId: run.runId, time: run.time, sheet: run.sheet },
    run.header,
    u.archived.map((a) => ({
      reason: a.reason,
      primaryRow: a.primaryRow,
      originalRow: firstRow + a.r,
      state: { values: a.values.map(decodeCell), formulas: a.formulas, formats: a.formats, backgrounds: a.backgrounds, notes: a.notes },
    })),
  );
  if (u.removed.length === 0) return;
  if (u.removal === 'sort') sortAndDelete(sheet, firstRow, numRows, numColumns, u.removed);
  // Bottom-up, so the rows still to delete keep their positions.
  else for (const run of runsOf(u.removed).reverse()) sheet.deleteRows(firstRow + run.start, run.length);
  sealFormulas(ctx, u.removed, formulasBefore, from);
}

/**
 * After rows left, Sheets rewrites references in the formulas below them; undo must know each
 * formula as the run left it to tell the run's doing from a person's edit. Kept: the formulas
 * that changed, as [data row as read, column, before, after].
 */
function sealFormulas(ctx: UnitContext, removed: number[], before: string[][], from: number): void {
  const kept = ctx.numRows - removed.length;
  if (kept <= from || before.every((row) => row.every((f) => !f))) {
    appendToRun(ctx.ss, ctx.run.runId, 'seal', ['[]']);
    return;
  }
  const after = ctx.sheet.getRange(ctx.firstRow + from, 1, kept - from, ctx.numColumns).getFormulas();
  const gone = new Set(removed);
  const pairs: Array<[number, number, string, string]> = [];
  let p = 0;
  for (let r = from; r < ctx.numRows; r++) {
    if (gone.has(r)) continue;
    const was = before[r - from] ?? [];
    const now = after[p++] ?? [];
    for (let c = 0; c < ctx.numColumns; c++) if ((was[c] || now[c]) && was[c] !== now[c]) pairs.push([r, c, was[c] ?? '', now[c] ?? '']);
  }
  appendToRun(ctx.ss, ctx.run.runId, 'seal', [JSON.stringify(pairs)]);
}
