// Time-boxed execution of a run's steps (clean-ops.ts, undo-ops.ts). A run executes steps while
// its time budget allows the next one, as predicted from its work and from how long steps took so
// far (step-cost.ts; Apps Script stops an execution at 6 minutes). When the steps will not all
// fit, they are saved in the hidden "CRM Clean Queue" sheet before the first of them runs (steps
// can be megabytes: more than properties or the cache hold, packed into cells of 40,000
// characters); the undo journal already holds everything done so far, and progress is kept in a
// small document property that the sidebar (getCleanProgress) and toasts read. The next steps run
// when the open sidebar asks for them (sidebarContinueClean), or else from the document's one
// background trigger (background.ts): an add-on may not hold a second clock trigger next to the
// scheduled audit's, nor run one more often than hourly. Both callers hold the document lock.
// Before each continuation the sheet is re-checked: if someone edited it meanwhile, the run stops
// instead of writing steps planned for other data, and what it did so far stays logged and
// undoable. A normal clean never pauses and writes nothing here beyond one progress property.
import type { CleanJobProgress } from '../contract/sidebar';
import { QUEUE_SHEET } from './sheet-names';
import { ensureSheet, growTo } from './addon-sheets';
import { executeUnit, type OpRun, type Unit as CleanUnit, type UnitContext } from './clean-ops';
import { executeUndoUnit, type UndoUnit } from './undo-ops';
import { runMeta, updateRunMeta, type RunMeta } from './undo-journal';
import { currentHash, type SheetSnapshot } from './sheet-snapshot';
import { packLines, unpackLines } from './text-chunks';
import { EXECUTION_LIMIT_MS, predictMs } from './step-cost';
import type { UserMessage } from '../core/messages';
import { inLanguage, said } from './messages';
import { userLanguage } from './user-language';
import type { RunAction } from './undo-journal';
import type { SpillArea } from '../core/table/spill';

export const PROGRESS_PROPERTY = 'crmHygiene.cleanProgress';
/** Soft budget of one execution: leave a minute and a half of the 6 minutes for the checkpoint. */
export const DEFAULT_BUDGET_MS = 270_000;
/** A step is only started when it is predicted to end this much before the 6-minute limit. */
const HARD_MARGIN_MS = 60_000;

interface JobState {
  runId: string;
  time: string;
  user: string;
  sheetId: number;
  sheetName: string;
  header: string[];
  firstRow: number;
  numRows: number;
  numColumns: number;
  next: number;
  total: number;
  /** Hash of the sheet at the last checkpoint. */
  hash: string;
  budgetMs: number;
  /** The spreadsheet's zone the run read its dates in (sheet-dates.ts). */
  timeZone?: string;
  /** Cells array formulas fill (rows as in the snapshot): no step writes them. */
  spills?: SpillArea[];
  /** Set by versions that continued with a one-off trigger of their own (background.ts removes it). */
  triggerId?: string;
  undo?: UndoJob;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** A step of a clean (or of any journaled run), or of an undo. */
type Unit = CleanUnit | UndoUnit;

/** An undo runs as a job too: its summary is the last word, and the run it undoes is named. */
interface UndoJob {
  summary: UserMessage;
  action: RunAction;
}

export function readProgress(): CleanJobProgress | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(PROGRESS_PROPERTY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as CleanJobProgress;
  } catch {
    return null;
  }
}

function writeProgress(p: Omit<CleanJobProgress, 'progress' | 'updated'>): CleanJobProgress {
  const full: CleanJobProgress = { ...p, progress: p.total ? Math.min(1, p.done / p.total) : 1, updated: new Date().toISOString() };
  PropertiesService.getDocumentProperties().setProperty(PROGRESS_PROPERTY, JSON.stringify(full));
  return full;
}

/** A run with steps still waiting in the queue, if any (it may wait up to an hour for its trigger). */
export function runningClean(): CleanJobProgress | null {
  const p = readProgress();
  if (!p || p.state !== 'running') return null;
  return queuedJob(SpreadsheetApp.getActiveSpreadsheet()) ? p : null;
}

function toast(ss: Spreadsheet, message: UserMessage): void {
  try {
    ss.toast(inLanguage(message, userLanguage()), 'CRM Hygiene', 10);
  } catch {
    // No UI in this context: progress stays readable through getCleanProgress.
  }
}

function percent(done: number, total: number): number {
  return Math.floor((100 * done) / Math.max(1, total));
}

/** What a run going on in the background says: a clean's progress, or an undo's. */
function continuing(job: JobState, next: number): UserMessage {
  const pct = percent(next, job.total);
  return job.undo
    ? said('msg.undo.continues', { action: job.undo.action, sheet: job.sheetName, runId: job.runId, percent: pct })
    : said('msg.cleanContinues', { sheet: job.sheetName, pct });
}

/**
 * Executes steps from `from` while the next one is predicted to fit: before `deadline` (the
 * budget), and in any case before the 6-minute limit. Predictions are scaled up by the slowest
 * step measured so far. Returns the next index.
 */
function runUnits(ctx: UnitContext, units: Unit[], from: number, startedAt: number, deadline: number): number {
  let i = from;
  let scale = 1;
  const hardDeadline = startedAt + EXECUTION_LIMIT_MS - HARD_MARGIN_MS;
  while (i < units.length) {
    const unit = units[i] as Unit;
    const predicted = unit.ms * scale;
    const now = Date.now();
    if (now + predicted > hardDeadline || (i > from && now + predicted > deadline)) break;
    if (unit.k === 'cells' || unit.k === 'rows') executeUnit(ctx, unit);
    else executeUndoUnit(ctx, unit);
    scale = Math.max(scale, (Date.now() - now) / Math.max(1, unit.ms));
    i++;
    // The snapshot describes the sheet only until the first rows leave it.
    if (unit.k === 'rows') ctx.fresh = null;
  }
  return i;
}

/** Column A: the job state; column B: the steps, one JSON line each (text-chunks.ts). */
function writeQueue(ss: Spreadsheet, job: JobState, units: Unit[]): void {
  const sheet = ensureSheet(ss, QUEUE_SHEET, [], true, 2);
  const state = packLines([JSON.stringify(job)]);
  const steps = packLines(units.map((u) => JSON.stringify(u)));
  const rows = Math.max(state.length, steps.length);
  sheet.clearContents();
  growTo(sheet, rows, 2);
  const range = sheet.getRange(1, 1, rows, 2);
  range.setNumberFormat('@');
  range.setValues(Array.from({ length: rows }, (_, i) => [state[i] ?? '', steps[i] ?? '']));
}

/** A checkpoint rewrites only the job state (column A): the steps never change. */
function updateQueueState(ss: Spreadsheet, job: JobState): void {
  const sheet = ss.getSheetByName(QUEUE_SHEET);
  if (!sheet) return;
  const state = packLines([JSON.stringify(job)]);
  const rows = Math.max(state.length, sheet.getLastRow());
  growTo(sheet, rows, 2);
  sheet.getRange(1, 1, rows, 1).setValues(Array.from({ length: rows }, (_, i) => [state[i] ?? '']));
}

/** The job waiting in the queue (column A only), or null. */
export function queuedJob(ss: Spreadsheet): JobState | null {
  const sheet = ss.getSheetByName(QUEUE_SHEET);
  if (!sheet || sheet.getLastRow() < 1) return null;
  const state = unpackLines(sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().map((r) => r[0]));
  try {
    return state.length ? (JSON.parse(state[0] as string) as JobState) : null;
  } catch {
    return null;
  }
}

function readQueue(ss: Spreadsheet): { job: JobState; units: Unit[] } | null {
  const sheet = ss.getSheetByName(QUEUE_SHEET);
  if (!sheet || sheet.getLastRow() < 1 || sheet.getMaxColumns() < 2) return null;
  const cells = sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues();
  const state = unpackLines(cells.map((r) => r[0]));
  if (state.length === 0) return null;
  return { job: JSON.parse(state[0] as string) as JobState, units: unpackLines(cells.map((r) => r[1])).map((line) => JSON.parse(line) as Unit) };
}

/** Empties the queue and cuts it back to one row (its cells count against the workbook). */
function clearQueue(ss: Spreadsheet): void {
  const sheet = ss.getSheetByName(QUEUE_SHEET);
  if (!sheet) return;
  sheet.clearContents();
  if (sheet.getMaxRows() > 1) sheet.deleteRows(2, sheet.getMaxRows() - 1);
}

/** The predicted cost of writing the queue (its text) and of the checkpoint (a re-read). */
function queueMs(units: Unit[], job: JobState): number {
  let chars = 0;
  for (const u of units) chars += u.chars;
  return predictMs({ calls: 6, textChars: chars, writeCells: chars / 40_000, readCells: 2 * job.numRows * job.numColumns });
}

export interface JobOutcome {
  done: boolean;
  progress: CleanJobProgress;
}

/** The journal's header at a checkpoint. */
function metaAt(meta: RunMeta, done: number, total: number, state: RunMeta['state']): RunMeta {
  return { ...meta, done, total, state };
}

/**
 * The first execution of a run: its steps within the budget, then finish or pause (the caller
 * then makes sure something continues: continueInBackground in background.ts).
 */
export function startJob(
  ss: Spreadsheet,
  sheet: Sheet,
  meta: RunMeta,
  run: OpRun,
  units: Unit[],
  options: { startedAt: number; budgetMs?: number; snapshot: SheetSnapshot | null; undo?: UndoJob },
): JobOutcome {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const job: JobState = {
    runId: run.runId, time: run.time.toISOString(), user: run.user, sheetId: meta.sheetId, sheetName: run.sheet, header: run.header,
    firstRow: meta.firstRow, numRows: meta.numRows, numColumns: meta.numColumns, next: 0, total: units.length, hash: '', budgetMs, timeZone: run.timeZone, spills: options.snapshot?.spills, undo: options.undo,
  };
  const deadline = options.startedAt + budgetMs;
  // When the steps will not all fit, the queue is written before the first of them: whatever
  // stops this execution, the rest of the run is known.
  const predicted = units.reduce((sum, u) => sum + u.ms, 0);
  const queued = Date.now() + predicted + queueMs(units, job) > deadline;
  if (queued) writeQueue(ss, job, units);
  const ctx: UnitContext = { ss, sheet, run, firstRow: meta.firstRow, numRows: meta.numRows, numColumns: meta.numColumns, fresh: options.snapshot, spills: options.snapshot?.spills ?? [] };
  const next = runUnits(ctx, units, 0, options.startedAt, deadline);
  if (next >= units.length) {
    if (!job.undo) updateRunMeta(ss, metaAt(meta, units.length, units.length, 'done'));
    if (queued) clearQueue(ss);
    return { done: true, progress: writeProgress({ runId: run.runId, sheet: run.sheet, state: 'done', done: units.length, total: units.length, message: job.undo?.summary ?? said('msg.clean.finished', { sheet: run.sheet }) }) };
  }
  if (!job.undo) updateRunMeta(ss, metaAt(meta, next, units.length, 'running'));
  job.next = next;
  job.hash = currentHash(sheet, meta.firstRow, meta.numColumns, run.timeZone);
  if (queued) updateQueueState(ss, job);
  else writeQueue(ss, job, units);
  const message = continuing(job, next);
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: run.runId, sheet: run.sheet, state: 'running', done: next, total: units.length, message }) };
}

/** The run stops: its journal says so, so that "Undo last clean" takes back what it did. */
function fail(ss: Spreadsheet, job: JobState, message: UserMessage): JobOutcome {
  clearQueue(ss);
  const meta = job.undo ? null : runMeta(ss, job.runId);
  if (meta?.state === 'running') updateRunMeta(ss, metaAt(meta, job.next, job.total, 'stopped'));
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'failed', done: job.next, total: job.total, message }) };
}

/**
 * The next steps of the waiting run, then finish or pause again; null when nothing waits. The
 * caller holds the document lock (the sidebar's continue call, or the background trigger).
 */
export function continueJob(startedAt = Date.now()): JobOutcome | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const queued = readQueue(ss);
  if (!queued) return null;
  const { job, units } = queued;
  const sheet = ss.getSheets().find((s) => s.getSheetId() === job.sheetId);
  const meta = runMeta(ss, job.runId);
  if (!sheet || !meta) return fail(ss, job, said('msg.clean.stoppedGone', { sheet: job.sheetName }));
  const timeZone = job.timeZone ?? ss.getSpreadsheetTimeZone();
  if (currentHash(sheet, job.firstRow, job.numColumns, timeZone) !== job.hash) {
    const percentDone = percent(job.next, job.total);
    return fail(ss, job, job.undo ? said('msg.undo.stopped', { action: job.undo.action, sheet: job.sheetName, runId: job.runId, percent: percentDone }) : said('msg.job.stopped', { sheet: job.sheetName, percent: percentDone }));
  }
  const run: OpRun = { runId: job.runId, time: new Date(job.time), user: job.user, sheet: job.sheetName, header: job.header, timeZone };
  const ctx: UnitContext = { ss, sheet, run, firstRow: job.firstRow, numRows: job.numRows, numColumns: job.numColumns, fresh: null, spills: job.spills ?? [] };
  const next = runUnits(ctx, units, job.next, startedAt, startedAt + job.budgetMs);
  if (next >= units.length) {
    if (!job.undo) updateRunMeta(ss, metaAt(meta, units.length, units.length, 'done'));
    clearQueue(ss);
    const message = job.undo?.summary ?? said('msg.clean.finished', { sheet: job.sheetName });
    toast(ss, message);
    return { done: true, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'done', done: units.length, total: units.length, message }) };
  }
  if (!job.undo) updateRunMeta(ss, metaAt(meta, next, units.length, 'running'));
  const state: JobState = { ...job, next, hash: currentHash(sheet, job.firstRow, job.numColumns, timeZone) };
  updateQueueState(ss, state);
  const message = continuing(state, next);
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'running', done: next, total: units.length, message }) };
}
