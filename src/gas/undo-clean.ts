// "Undo last clean": takes back the newest journaled run (a clean, a merge, archived rows,
// dropdown spellings, outdated flags or clean at entry), and each press the run before it, up to
// the last MAX_RUNS runs. Only cells still as the run left them are restored (value, formula,
// number format, background, note); cells someone changed since are left as they are and listed.
// Rows the run moved come back from "CRM Archive", found by run id and row id wherever the archive
// was sorted, and only those rows leave it. Undo refuses, changing nothing, when the run is still
// running or rows of the sheet were moved since; it logs what it does before it writes.
import type { Cell } from '../core/table';
import { a1 } from '../core/table/a1';
import { checkEditable } from './preflight';
import { appendLog, type LogEntry } from './log-sheet';
import { newRun } from './run-context';
import { runningClean } from './clean-job';
import { readRowStates } from './clean-ops';
import { dropRun, newestRuns, readRunLines, type RunMeta } from './undo-journal';
import { touchedCells, type RowRecord, type RowState, type TouchedCell } from './journal-records';
import { layoutOf, movedRow, verdict, type Layout, type RunJournal, type SealPair } from './undo-check';
import { archiveRowId, findArchivedRows, readArchivedRows, removeArchivedRows, type FoundRow } from './archive-sheet';
import { putRowsBack, writeFormulas, writeRestores, type CellRestore, type FinalLayout } from './undo-writes';
import { actionCode, coded, CodedProblem, type CodedMessage } from './run-messages';
import { checkRoom, LOG_WIDTH } from './workbook-room';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface UndoResult {
  ok: boolean;
  runId: string;
  sheet: string;
  restoredRows: number;
  restoredCells: number;
  /** A1 of each cell left as it is because someone changed it since the run. */
  skipped: string[];
  message: string;
  messages: CodedMessage[];
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

function runParams(ss: Spreadsheet, meta: RunMeta): Record<string, string> {
  return { action: actionCode(meta.action), sheet: meta.sheetName, runId: meta.runId, time: when(ss, meta) };
}

/** The newest run, if undo may take it back now. */
function undoableRun(ss: Spreadsheet): RunMeta {
  const { newest } = newestRuns(ss);
  if (!newest) throw new CodedProblem('undo.nothing');
  const running = runningClean();
  if (running) {
    throw new CodedProblem('undo.running', { ...runParams(ss, newest), sheet: running.sheet, percent: Math.floor(running.progress * 100) });
  }
  return newest;
}

interface Decisions {
  restores: CellRestore[];
  formulas: Array<{ row: number; column: number; formula: string }>;
  skipped: Array<{ cell: string; now: Cell; was: Cell }>;
  back: Array<{ r: number; found: FoundRow; state: RowState }>;
  missing: number[];
  final: FinalLayout;
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

function decide(ss: Spreadsheet, j: RunJournal, layout: Layout, current: RowState[]): Decisions {
  const { meta } = j;
  const back = new Map<number, RowState>();
  const backRows: Decisions['back'] = [];
  const missing: number[] = [];
  if (layout.removed && j.rows) {
    const found = new Map(findArchivedRows(ss, meta.runId).map((f) => [f.rowId, f]));
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
  const finalOf = new Map<number, number>();
  final.from.forEach((f, i) => {
    if (f >= 0) finalOf.set(f, i);
  });
  const sealAfter = new Map((j.seal ?? []).map(([r, c, , after]) => [`${r}|${c}`, after]));
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
    if (v === 'restore' && row !== undefined) restores.push({ row, cell });
    else skipped.push({ cell: a1(meta.firstRow + (row ?? cell.r), cell.c + 1), now: state?.values[cell.c] ?? '', was: cell.before.value ?? '' });
  }
  const formulas: Decisions['formulas'] = [];
  for (const [r, c, before, after] of j.seal ?? []) {
    const now = layout.now(r);
    const row = now === undefined ? undefined : finalOf.get(now);
    if (row === undefined) continue;
    if ((current[now as number]?.formulas[c] ?? '') === after) formulas.push({ row, column: c, formula: before });
    else skipped.push({ cell: a1(meta.firstRow + row, c + 1), now: current[now as number]?.formulas[c] ?? '', was: before });
  }
  return { restores, formulas, skipped, back: backRows, missing, final };
}

function undoLog(j: RunJournal, d: Decisions): LogEntry[] {
  const { meta } = j;
  const entries: LogEntry[] = [];
  const width = meta.numColumns;
  for (const r of d.restores) {
    if (r.cell.before.value === undefined) continue;
    entries.push({ cell: a1(meta.firstRow + r.row, r.cell.c + 1), before: d.final.rows[r.row]?.values[r.cell.c] ?? '', after: r.cell.before.value, rule: 'undo' });
  }
  d.final.from.forEach((f, i) => {
    if (f >= 0) return;
    const row = meta.firstRow + i;
    entries.push({ cell: `${a1(row, 1)}:${a1(row, width)}`, before: 'in CRM Archive', after: `row ${row} put back`, rule: 'undo.restore' });
  });
  for (const s of d.skipped) entries.push({ cell: s.cell, before: s.now, after: s.was, rule: 'undo.skipped' });
  for (const r of d.missing) {
    const row = meta.firstRow + r;
    entries.push({ cell: `${a1(row, 1)}:${a1(row, width)}`, before: 'not in CRM Archive', after: `row ${row} not put back`, rule: 'undo.missing' });
  }
  const last = meta.firstRow + Math.max(0, d.final.rows.length - 1);
  entries.push({ cell: `${a1(meta.firstRow, 1)}:${a1(last, width)}`, before: `run ${meta.runId}`, after: `undone: ${d.restores.length} cell(s) restored, ${d.back.length} row(s) put back, ${d.skipped.length} cell(s) changed since left as they are`, rule: 'undo.run' });
  return entries;
}

function summary(ss: Spreadsheet, meta: RunMeta, d: Decisions, interrupted: boolean): CodedMessage[] {
  const out = [coded('undo.done', { ...runParams(ss, meta), cells: d.restores.length, rows: d.back.length })];
  if (d.skipped.length) {
    const more = d.skipped.length > LISTED ? ', …' : '';
    out.push(coded('undo.skipped', { count: d.skipped.length, cells: d.skipped.slice(0, LISTED).map((s) => s.cell).join(', ') + more }));
  }
  if (interrupted) out.push(coded('undo.archiveKept', { runId: meta.runId }));
  if (d.missing.length) out.push(coded('undo.archiveMissing', { count: d.missing.length, rows: d.missing.slice(0, LISTED).map((r) => meta.firstRow + r).join(', ') }));
  const { newest } = newestRuns(ss);
  out.push(newest ? coded('undo.next', runParams(ss, newest)) : coded('undo.last'));
  return out;
}

export function undoLastCleanRun(): UndoResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const meta = undoableRun(ss);
  const sheet = ss.getSheets().find((s) => s.getSheetId() === meta.sheetId);
  if (!sheet) {
    dropRun(ss, meta.runId);
    throw new CodedProblem('undo.sheetGone', runParams(ss, meta));
  }
  const j = readRunJournal(ss, meta);
  const layout = layoutOf(j);
  const lastRow = sheet.getLastRow();
  const current = lastRow >= meta.firstRow ? readRowStates(sheet, meta.firstRow, lastRow - meta.firstRow + 1, meta.numColumns) : [];
  const moved = movedRow(j, layout, current);
  if (moved) throw new CodedProblem('undo.moved', { ...runParams(ss, meta), row: moved.row, now: moved.now });
  checkEditable(ss, sheet);
  const d = decide(ss, j, layout, current);
  const log = undoLog(j, d);
  checkRoom(ss, log.length * LOG_WIDTH + d.back.length * (sheet.getMaxColumns() + 1) + d.final.rows.length);

  // The log first, then the sheet, then the archive: a row is never in neither place.
  const run = newRun();
  appendLog(ss, { runId: run.runId, time: run.time, user: run.user, sheet: meta.sheetName }, log);
  putRowsBack(sheet, d.final, current.length);
  const skippedAt = new Set(d.skipped.map((s) => s.cell));
  writeRestores(sheet, d.final, d.restores, (row, c) => skippedAt.has(a1(meta.firstRow + row, c + 1)));
  writeFormulas(sheet, d.final, d.formulas);
  removeArchivedRows(ss, d.back.map((b) => b.found.row));
  dropRun(ss, meta.runId);

  const messages = summary(ss, meta, d, layout.interrupted);
  return {
    ok: true,
    runId: meta.runId,
    sheet: meta.sheetName,
    restoredRows: d.back.length,
    restoredCells: d.restores.length,
    skipped: d.skipped.map((s) => s.cell),
    message: messages.map((m) => m.message).join('\n'),
    messages,
  };
}
