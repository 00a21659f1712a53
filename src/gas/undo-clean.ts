// "Undo last clean": takes back the newest journaled run (a clean, a merge, archived rows,
// dropdown spellings, outdated flags or clean at entry), and each press the run before it, up to
// the last MAX_RUNS runs. Only cells still as the run left them are restored (value, formula,
// number format, background, note); cells someone changed since are left as they are and listed.
// Rows the run moved come back from "CRM Archive", found by run id and row id wherever the archive
// was sorted, and only those rows leave it. Undo refuses, changing nothing, when the run is still
// running or rows of the sheet were moved since. It decides here, in one read, then writes in
// steps (undo-ops.ts) that continue in the background when they do not fit one execution, each
// logged before it writes. Cells an array formula fills are never written (a value there breaks
// the formula): a restore that would land on one is left and listed like a cell changed since.
import type { Cell } from '../core/table';
import { a1 } from '../core/table/a1';
import { checkEditable } from './preflight';
import type { LogEntry } from './log-sheet';
import { newRun } from './run-context';
import { runningClean, startJob } from './clean-job';
import { readRowStates } from './clean-ops';
import { dropRun, newestRuns, readRunLines, type RunMeta } from './undo-journal';
import { touchedCells, type RowRecord, type RowState, type TouchedCell } from './journal-records';
import { layoutOf, movedRow, verdict, type Layout, type RunJournal, type SealPair } from './undo-check';
import { archiveRowId, findArchivedRows, readArchivedRows, type FoundRow } from './archive-sheet';
import type { CellRestore, FinalLayout } from './undo-writes';
import { buildUndoUnits, type UndoPlan } from './undo-ops';
import type { UserMessage } from '../core/messages';
import { said } from './messages';
import { sheetProblem } from './sheet-snapshot';
import { checkRoom, LOG_WIDTH } from './workbook-room';
import { readStoredSettings } from './settings-store';
import { spillAreas, isSpilled, type SpillArea } from '../core/table/spill';
import { dateForCore } from './sheet-dates';
import { continueInBackground } from './background';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface UndoResult {
  ok: boolean;
  runId: string;
  sheet: string;
  restoredRows: number;
  restoredCells: number;
  /** A1 of each cell left as it is because someone changed it since the run. */
  skipped: string[];
  /** False while the rest of the undo continues in the background (a very big run). */
  done: boolean;
  /** The summary (further sentences in `more`), after the progress while the undo goes on. */
  message: UserMessage;
}

/** Cells named in the summary; the log lists all of them. */
const LISTED = 20;

function readRunJournal(ss: Spreadsheet, meta: RunMeta): RunJournal {
  const records = readRunLines(ss, meta.runId, 'cells').map((line) => JSON.parse(line) as RowRecord);
  // A cell journaled twice (clean at entry, typed over) counts as its last record says.
  const cells = new Map<string, TouchedCell>();
  for (const rec of records) for (const cell of touchedCells(rec)) cells.set(`${cell.r}|${cell.c}`, cell);
  const hashes = readRunLines(ss, meta.runId, 'rowhash');
  const rows = readRunLines(ss, meta.runId, 'rows')[0];
  const seal = readRunLines(ss, meta.runId, 'seal');
  return {
    meta,
    cells: [...cells.values()],
    rowHashes: hashes.length ? (hashes.join('').split(',')) : [],
    rows: rows ? (JSON.parse(rows) as RunJournal['rows']) : null,
    seal: seal.length ? seal.flatMap((line) => JSON.parse(line) as SealPair[]) : null,
  };
}

function when(ss: Spreadsheet, meta: RunMeta): string {
  return Utilities.formatDate(new Date(meta.time), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
}

/** A run as messages name it: `{action:run}` says the action in words (msg.run.*). */
function runParams(ss: Spreadsheet, meta: RunMeta): Record<string, string> {
  return { action: meta.action, sheet: meta.sheetName, runId: meta.runId, time: when(ss, meta) };
}

/** The newest run, if undo may take it back now. */
function undoableRun(ss: Spreadsheet): RunMeta {
  const { newest } = newestRuns(ss);
  if (!newest) throw sheetProblem('msg.undo.nothing');
  const running = runningClean();
  if (running) {
    throw sheetProblem('msg.undo.running', { ...runParams(ss, newest), sheet: running.sheet, percent: Math.floor(running.progress * 100) });
  }
  return newest;
}

interface Decisions {
  restores: CellRestore[];
  formulas: Array<{ row: number; column: number; formula: string }>;
  /** Cells left as they are: A1, what is there, what undo would have put back, and the final row and column. */
  skipped: Array<{ cell: string; now: Cell; was: Cell; at?: [number, number] }>;
  back: Array<{ r: number; found: FoundRow; state: RowState }>;
  /** Archive rows of rows already back in the sheet (an undo that stopped). */
  already: FoundRow[];
  missing: number[];
  final: FinalLayout;
  /** Cells array formulas fill once undone (final rows; the header row is -1). */
  spills: SpillArea[];
}

/** Where the sheet's array formulas will fill once the rows are back: the header's and the rows' own. */
function finalSpills(headerFormulas: readonly string[], final: FinalLayout): SpillArea[] {
  const formulas = [headerFormulas, ...final.rows.map((s) => s.formulas)];
  return spillAreas(formulas, formulas.length, final.numColumns).map((a) => ({ ...a, row: a.row - 1 }));
}

/** Where every row goes: kept rows in their order, archived rows back between them, added rows last. */
function finalLayout(j: RunJournal, layout: Layout, current: RowState[], back: Map<number, RowState>): FinalLayout {
  const rows: RowState[] = [];
  const from: number[] = [];
  for (let r = 0; r < j.meta.numRows; r++) {
    const now = layout.now(r);
    if (now !== undefined && now < current.length) {
      rows.push(current[now] as RowState);
      from.push(now);
    } else if (back.has(r)) {
      rows.push(back.get(r) as RowState);
      from.push(-1);
    }
  }
  for (let i = layout.kept.length; i < current.length; i++) {
    rows.push(current[i] as RowState);
    from.push(i);
  }
  return { firstRow: j.meta.firstRow, numColumns: j.meta.numColumns, rows, from };
}

/** The sheet as undo found it: its data rows, its header row's formulas, its time zone. */
interface Found {
  current: RowState[];
  headerFormulas: string[];
  timeZone: string;
}

function decide(ss: Spreadsheet, j: RunJournal, layout: Layout, found: Found): Decisions {
  const { current, timeZone } = found;
  const { meta } = j;
  const back = new Map<number, RowState>();
  const backRows: Decisions['back'] = [];
  const missing: number[] = [];
  const archived = new Map(findArchivedRows(ss, meta.runId).map((f) => [f.rowId, f]));
  // Rows an undo already put back before it stopped: only their archive rows are left to go.
  const already = layout.back ? (j.rows?.removed ?? []).map((r) => archived.get(archiveRowId(meta.runId, meta.firstRow + r))).filter((f): f is FoundRow => f !== undefined) : [];
  if (layout.removed && j.rows) {
    const found = archived;
    const states = readArchivedRows(ss, [...found.values()], meta.numColumns);
    for (const r of j.rows.removed) {
      const id = archiveRowId(meta.runId, meta.firstRow + r);
      const f = found.get(id);
      const state = states.get(id);
      if (f && state) {
        back.set(r, state);
        backRows.push({ r, found: f, state });
      } else missing.push(r);
    }
  }
  const final = finalLayout(j, layout, current, back);
  const spills = finalSpills(found.headerFormulas, final);
  const finalOf = new Map<number, number>();
  final.from.forEach((f, i) => {
    if (f >= 0) finalOf.set(f, i);
  });
  // Once the rows are back, Sheets has moved the references back too: the seal no longer applies.
  const seal = layout.back ? [] : (j.seal ?? []);
  const sealAfter = new Map(seal.map(([r, c, , after]) => [`${r}|${c}`, after]));
  const gone = new Set(layout.removed ? (j.rows?.removed ?? []) : []);
  const restores: CellRestore[] = [];
  const skipped: Decisions['skipped'] = [];
  for (const cell of j.cells) {
    if (gone.has(cell.r)) continue; // the whole row comes back from the archive
    const now = layout.now(cell.r);
    const state = now === undefined ? undefined : current[now];
    const v = verdict(cell, state, sealAfter.get(`${cell.r}|${cell.c}`) ?? cell.formula);
    if (v === 'same') continue;
    const row = now === undefined ? undefined : finalOf.get(now);
    // A value never goes back into a cell an array formula fills; its colour or note may.
    const blocked = cell.before.value !== undefined && row !== undefined && isSpilled(spills, row, cell.c);
    if (v === 'restore' && row !== undefined && !blocked) restores.push({ row, cell });
    else {
      const now = dateForCore(state?.values[cell.c] ?? '', timeZone);
      skipped.push({ cell: a1(meta.firstRow + (row ?? cell.r), cell.c + 1), now, was: dateForCore(cell.before.value ?? '', timeZone), at: row === undefined ? undefined : [row, cell.c] });
    }
  }
  const formulas: Decisions['formulas'] = [];
  for (const [r, c, before, after] of seal) {
    const now = layout.now(r);
    const row = now === undefined ? undefined : finalOf.get(now);
    if (row === undefined) continue;
    if ((current[now as number]?.formulas[c] ?? '') === after) formulas.push({ row, column: c, formula: before });
    else skipped.push({ cell: a1(meta.firstRow + row, c + 1), now: current[now as number]?.formulas[c] ?? '', was: before, at: [row, c] });
  }
  return { restores, formulas, skipped, back: backRows, already, missing, final, spills };
}

/**
 * What undo writes, and its log lines beyond one per value it changes back (its steps log those):
 * every row it puts back, and, at the end, every cell it left, every row it could not find, and
 * the run.
 */
function undoPlan(j: RunJournal, d: Decisions, currentRows: number): UndoPlan {
  const { meta } = j;
  const width = meta.numColumns;
  const rowLog: LogEntry[] = [];
  d.final.from.forEach((f, i) => {
    if (f >= 0) return;
    const row = meta.firstRow + i;
    rowLog.push({ cell: `${a1(row, 1)}:${a1(row, width)}`, before: 'in CRM Archive', after: `row ${row} put back`, rule: 'undo.restore' });
  });
  const endLog: LogEntry[] = d.skipped.map((s) => ({ cell: s.cell, before: s.now, after: s.was, rule: 'undo.skipped' }));
  for (const r of d.missing) {
    const row = meta.firstRow + r;
    endLog.push({ cell: `${a1(row, 1)}:${a1(row, width)}`, before: 'not in CRM Archive', after: `row ${row} not put back`, rule: 'undo.missing' });
  }
  const last = meta.firstRow + Math.max(0, d.final.rows.length - 1);
  endLog.push({ cell: `${a1(meta.firstRow, 1)}:${a1(last, width)}`, before: `run ${meta.runId}`, after: `undone: ${d.restores.length} cell(s) restored, ${d.back.length} row(s) put back, ${d.skipped.length} cell(s) changed since left as they are`, rule: 'undo.run' });
  return {
    final: d.final,
    currentRows,
    restores: d.restores,
    keep: d.skipped.flatMap((s) => (s.at ? [s.at] : [])),
    formulas: d.formulas,
    rowIds: [...d.back.map((b) => b.found.rowId), ...d.already.map((f) => f.rowId)],
    rowLog,
    endLog,
    spills: d.spills,
  };
}

function summary(ss: Spreadsheet, meta: RunMeta, previous: RunMeta | null, d: Decisions, interrupted: boolean): UserMessage {
  const out: UserMessage[] = [];
  if (d.skipped.length) {
    const more = d.skipped.length > LISTED ? ', …' : '';
    out.push(said('msg.undo.skipped', { count: d.skipped.length, cells: d.skipped.slice(0, LISTED).map((s) => s.cell).join(', ') + more }));
  }
  if (interrupted) out.push(said('msg.undo.archiveKept', { runId: meta.runId }));
  if (d.missing.length) out.push(said('msg.undo.archiveMissing', { count: d.missing.length, rows: d.missing.slice(0, LISTED).map((r) => meta.firstRow + r).join(', ') }));
  out.push(previous ? said('msg.undo.next', runParams(ss, previous)) : said('msg.undo.last'));
  return said('msg.undo.done', { ...runParams(ss, meta), cells: d.restores.length, rows: d.back.length }, out);
}

export function undoLastCleanRun(startedAt = Date.now()): UndoResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const meta = undoableRun(ss);
  const sheet = ss.getSheets().find((s) => s.getSheetId() === meta.sheetId);
  if (!sheet) {
    dropRun(ss, meta.runId);
    throw sheetProblem('msg.undo.sheetGone', runParams(ss, meta));
  }
  const j = readRunJournal(ss, meta);
  const layout = layoutOf(j);
  const lastRow = sheet.getLastRow();
  const current = lastRow >= meta.firstRow ? readRowStates(sheet, meta.firstRow, lastRow - meta.firstRow + 1, meta.numColumns) : [];
  const moved = movedRow(j, layout, current);
  if (moved) throw sheetProblem('msg.undo.moved', { ...runParams(ss, meta), row: moved.row, now: moved.now });
  checkEditable(ss, sheet);
  const timeZone = ss.getSpreadsheetTimeZone();
  const headerFormulas = meta.headerRow >= 1 ? (sheet.getRange(meta.headerRow, 1, 1, meta.numColumns).getFormulas()[0] ?? []) : [];
  const d = decide(ss, j, layout, { current, headerFormulas, timeZone });
  const plan = undoPlan(j, d, current.length);
  const logLines = plan.rowLog.length + plan.endLog.length + d.restores.filter((r) => r.cell.before.value !== undefined).length;
  checkRoom(ss, logLines * LOG_WIDTH + d.back.length * (sheet.getMaxColumns() + 1) + d.final.rows.length);

  const message = summary(ss, meta, newestRuns(ss).previous, d, layout.interrupted);
  const run = newRun();
  const stored = readStoredSettings();
  const outcome = continueInBackground(startJob(
    ss,
    sheet,
    { ...meta, numRows: d.final.rows.length },
    { runId: meta.runId, time: run.time, user: run.user, sheet: meta.sheetName, header: [], timeZone },
    buildUndoUnits(plan, meta.numColumns, stored?.cleanChunkRows),
    { startedAt, budgetMs: stored?.cleanBudgetMs, snapshot: null, undo: { summary: message, action: meta.action } },
  ));
  const result = {
    ok: true,
    runId: meta.runId,
    sheet: meta.sheetName,
    restoredRows: d.back.length,
    restoredCells: d.restores.length,
    skipped: d.skipped.map((s) => s.cell),
    done: outcome.done,
    message: outcome.done ? message : { ...outcome.progress.message, more: [message] },
  };
  return result;
}
