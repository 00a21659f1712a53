// Time-boxed execution of a clean's ops. The ops are written to the hidden "CRM Clean Queue" sheet
// first (ops can be megabytes: more than properties or the cache hold), before anything that can
// fail, so that whatever stops an execution the next one carries on from the queue. A run executes
// ops until its time budget is spent (Apps Script stops an execution at 6 minutes); the undo
// journal records what was done so far and progress is kept in a small document property that the
// sidebar (getCleanProgress) and toasts read. The next chunk runs when the open sidebar asks for it
// (sidebarContinueClean), or else from the document's one background trigger (background.ts):
// an add-on may not hold a second clock trigger next to the scheduled audit's, nor run one more
// often than hourly. Before each continuation the sheet is re-checked: if someone edited it
// meanwhile, the run stops instead of writing steps planned for other data.
import type { CleanJobProgress } from '../contract/sidebar';
import { QUEUE_SHEET } from './sheet-names';
import { ensureSheet, growTo } from './addon-sheets';
import { executeOp, type Op, type OpProgress, type OpRun } from './clean-ops';
import { readJournalMeta, updateJournalMeta, type JournalMeta } from './undo-journal';
import { currentHash } from './sheet-snapshot';
import type { UserMessage } from '../core/messages';
import { inLanguage, said } from './messages';
import { userLanguage } from './user-language';
import { chunkText } from './text-chunks';

export const PROGRESS_PROPERTY = 'crmHygiene.cleanProgress';
/** Leave a minute of the 6-minute limit for the plan's last op, the checkpoint and the trigger. */
export const DEFAULT_BUDGET_MS = 270_000;
const CELL_CHARS = 45_000;

interface JobState {
  runId: string;
  time: string;
  user: string;
  sheetId: number;
  sheetName: string;
  header: string[];
  firstRow: number;
  numColumns: number;
  next: number;
  total: number;
  /** Hash of the sheet at the last checkpoint. */
  hash: string;
  budgetMs: number;
  /** The spreadsheet's zone the run read its dates in. */
  timeZone?: string;
  /** Set by versions that continued with a one-off trigger of their own (background.ts removes it). */
  triggerId?: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

/** A clean with steps still waiting in the queue, if any (it may wait up to an hour for its trigger). */
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

/** A clean paused with steps left: the open sidebar or the hourly trigger carries on. */
function continuing(sheet: string, done: number, total: number): UserMessage {
  return said('msg.cleanContinues', { sheet, pct: percent(done, total) });
}

/** Executes ops from `from` while time is left (always at least one). Returns the next index. */
function runOps(ss: Spreadsheet, sheet: Sheet, run: OpRun, ops: Op[], from: number, deadline: number, progress: OpProgress): number {
  let i = from;
  while (i < ops.length) {
    if (i > from && Date.now() >= deadline) break;
    executeOp(ss, sheet, run, ops[i] as Op, progress);
    i++;
  }
  return i;
}

function writeQueue(ss: Spreadsheet, job: JobState, ops: Op[]): void {
  const sheet = ensureSheet(ss, QUEUE_SHEET, [], true);
  const json = JSON.stringify(ops);
  const parts: string[][] = [[JSON.stringify(job)], ...chunkText(json, CELL_CHARS).map((part) => [part])];
  sheet.clearContents();
  growTo(sheet, parts.length, 1);
  const range = sheet.getRange(1, 1, parts.length, 1);
  range.setNumberFormat('@');
  range.setValues(parts);
}

/** A checkpoint rewrites only the job state (A1): the ops below it never change. */
function updateQueueState(ss: Spreadsheet, job: JobState): void {
  ss.getSheetByName(QUEUE_SHEET)?.getRange(1, 1).setValue(JSON.stringify(job));
}

/** The job waiting in the queue (A1 only), or null. */
export function queuedJob(ss: Spreadsheet): JobState | null {
  const head = ss.getSheetByName(QUEUE_SHEET)?.getRange(1, 1).getValue();
  if (typeof head !== 'string' || head === '') return null;
  try {
    return JSON.parse(head) as JobState;
  } catch {
    return null;
  }
}

function readQueue(ss: Spreadsheet): { job: JobState; ops: Op[] } | null {
  const sheet = ss.getSheetByName(QUEUE_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return null;
  const cells = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().map((r) => String(r[0] ?? ''));
  if (!cells[0]) return null;
  return { job: JSON.parse(cells[0]) as JobState, ops: JSON.parse(cells.slice(1).join('')) as Op[] };
}

function clearQueue(ss: Spreadsheet): void {
  ss.getSheetByName(QUEUE_SHEET)?.clearContents();
}

export interface JobOutcome {
  done: boolean;
  progress: CleanJobProgress;
}

function journalAt(meta: JournalMeta, progress: OpProgress, hash: string, pending: boolean): JournalMeta {
  const removed = progress.removed.slice().sort((a, b) => a - b);
  return { ...meta, removed, removal: removed.length ? (progress.removal ?? 'runs') : 'none', rowsAfter: meta.numRows - removed.length, hashAfter: hash, archive: progress.archive, pending: pending || undefined };
}

/**
 * The first execution of a clean: queue the ops, run them within the budget, then finish or
 * pause (the caller then makes sure something continues: background.ts). `hash` is the sheet's
 * hash as read for the plan.
 */
export function startJob(
  ss: Spreadsheet,
  sheet: Sheet,
  meta: JournalMeta,
  run: OpRun,
  ops: Op[],
  options: { startedAt: number; budgetMs?: number; hash: string },
): JobOutcome {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const job: JobState = {
    runId: run.runId, time: run.time.toISOString(), user: run.user, sheetId: meta.sheetId, sheetName: run.sheet, header: run.header,
    firstRow: meta.firstRow, numColumns: meta.numColumns, next: 0, total: ops.length, hash: options.hash, budgetMs, timeZone: run.timeZone,
  };
  // Before the first write to the sheet: if this execution dies, the queue is where the next one starts.
  writeQueue(ss, job, ops);
  writeProgress({ runId: run.runId, sheet: run.sheet, state: 'running', done: 0, total: ops.length, message: continuing(run.sheet, 0, ops.length) });
  const progress: OpProgress = { archive: meta.archive, removed: [] };
  const next = runOps(ss, sheet, run, ops, 0, options.startedAt + budgetMs, progress);
  const hash = currentHash(sheet, meta.firstRow, meta.numColumns, run.timeZone);
  if (next >= ops.length) {
    updateJournalMeta(ss, journalAt(meta, progress, hash, false));
    clearQueue(ss);
    return { done: true, progress: writeProgress({ runId: run.runId, sheet: run.sheet, state: 'done', done: ops.length, total: ops.length, message: said('msg.clean.finished', { sheet: run.sheet }) }) };
  }
  updateJournalMeta(ss, journalAt(meta, progress, hash, true));
  updateQueueState(ss, { ...job, next, hash });
  const message = continuing(run.sheet, next, ops.length);
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: run.runId, sheet: run.sheet, state: 'running', done: next, total: ops.length, message }) };
}

function fail(ss: Spreadsheet, job: JobState, message: UserMessage): JobOutcome {
  clearQueue(ss);
  const meta = readJournalMeta(ss);
  if (meta?.pending) updateJournalMeta(ss, { ...meta, pending: undefined });
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'failed', done: job.next, total: job.total, message }) };
}

/**
 * The next chunk of the waiting clean, then finish or pause again; null when nothing waits. The
 * caller holds the document lock (the sidebar's continue call, or the background trigger).
 */
export function continueJob(startedAt = Date.now()): JobOutcome | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const queued = readQueue(ss);
  if (!queued) return null;
  const { job, ops } = queued;
  const sheet = ss.getSheets().find((s) => s.getSheetId() === job.sheetId);
  const meta = readJournalMeta(ss);
  if (!sheet || !meta || meta.runId !== job.runId) return fail(ss, job, said('msg.clean.stoppedGone', { sheet: job.sheetName }));
  const timeZone = job.timeZone ?? ss.getSpreadsheetTimeZone();
  if (currentHash(sheet, job.firstRow, job.numColumns, timeZone) !== job.hash) {
    return fail(ss, job, said('msg.clean.stoppedEdited', { sheet: job.sheetName, pct: percent(job.next, job.total) }));
  }
  const run: OpRun = { runId: job.runId, time: new Date(job.time), user: job.user, sheet: job.sheetName, header: job.header, timeZone };
  const progress: OpProgress = { archive: meta.archive, removed: meta.removed.slice(), removal: meta.removal === 'sort' ? 'sort' : undefined };
  const next = runOps(ss, sheet, run, ops, job.next, startedAt + job.budgetMs, progress);
  const hash = currentHash(sheet, job.firstRow, job.numColumns, timeZone);
  if (next >= ops.length) {
    updateJournalMeta(ss, journalAt(meta, progress, hash, false));
    clearQueue(ss);
    const message = said('msg.clean.finished', { sheet: job.sheetName });
    toast(ss, message);
    return { done: true, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'done', done: ops.length, total: ops.length, message }) };
  }
  updateJournalMeta(ss, journalAt(meta, progress, hash, true));
  updateQueueState(ss, { ...job, next, hash });
  const message = continuing(job.sheetName, next, ops.length);
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'running', done: next, total: ops.length, message }) };
}
