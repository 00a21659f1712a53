// Time-boxed execution of a clean's ops. A run executes ops until its time budget is spent (Apps
// Script stops an execution at 6 minutes); what is left is saved in the hidden "CRM Clean Queue"
// sheet (ops can be megabytes: more than properties or the cache hold), the undo journal records
// what was done so far, a one-off time-driven trigger continues the run a few seconds later, and
// progress is kept in a small document property that the sidebar (getCleanProgress) and toasts
// read. Before each continuation the sheet is re-checked: if someone edited it meanwhile, the run
// stops instead of writing steps planned for other data. A normal clean never pauses and writes
// nothing here beyond one progress property.
import type { CleanJobProgress } from '../contract/sidebar';
import { QUEUE_SHEET } from './sheet-names';
import { ensureSheet, growTo } from './addon-sheets';
import { executeOp, type Op, type OpProgress, type OpRun } from './clean-ops';
import { readJournalMeta, updateJournalMeta, type JournalMeta } from './undo-journal';
import { currentHash } from './sheet-snapshot';
import { deleteTriggers, documentTriggers, findOurs, checkRoom } from './triggers';
import type { UserMessage } from '../core/messages';
import { inLanguage, said } from './messages';
import { userLanguage } from './user-language';

export const CONTINUE_HANDLER = 'continueCleanSheet';
export const PROGRESS_PROPERTY = 'crmHygiene.cleanProgress';
/** Leave a minute of the 6-minute limit for the plan's last op, the checkpoint and the trigger. */
export const DEFAULT_BUDGET_MS = 270_000;
const CONTINUE_AFTER_MS = 5_000;
const BUSY_RETRY_MS = 60_000;
/** A "running" progress older than this with no continuation is treated as stopped. */
const STALE_MS = 30 * 60_000;
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

/** A clean that is still running in the background, if any (a stale one does not count). */
export function runningClean(): CleanJobProgress | null {
  const p = readProgress();
  if (!p || p.state !== 'running') return null;
  return Date.now() - new Date(p.updated).getTime() > STALE_MS ? null : p;
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
  const parts: string[][] = [[JSON.stringify(job)]];
  for (let i = 0; i < json.length; i += CELL_CHARS) parts.push([json.slice(i, i + CELL_CHARS)]);
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

function scheduleContinuation(afterMs: number, savedId?: string): string {
  const ours = findOurs(documentTriggers(), CONTINUE_HANDLER, savedId);
  checkRoom(ours.length);
  deleteTriggers(ours);
  return ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create().getUniqueId();
}

function removeContinuation(savedId?: string): void {
  deleteTriggers(findOurs(documentTriggers(), CONTINUE_HANDLER, savedId));
}

export interface JobOutcome {
  done: boolean;
  progress: CleanJobProgress;
}

function journalAt(meta: JournalMeta, progress: OpProgress, hash: string, pending: boolean): JournalMeta {
  const removed = progress.removed.slice().sort((a, b) => a - b);
  return { ...meta, removed, removal: removed.length ? (progress.removal ?? 'runs') : 'none', rowsAfter: meta.numRows - removed.length, hashAfter: hash, archive: progress.archive, pending: pending || undefined };
}

/** The first execution of a clean: run ops within the budget, then finish or pause. */
export function startJob(
  ss: Spreadsheet,
  sheet: Sheet,
  meta: JournalMeta,
  run: OpRun,
  ops: Op[],
  options: { startedAt: number; budgetMs?: number },
): JobOutcome {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const progress: OpProgress = { archive: meta.archive, removed: [] };
  const next = runOps(ss, sheet, run, ops, 0, options.startedAt + budgetMs, progress);
  const hash = currentHash(sheet, meta.firstRow, meta.numColumns);
  if (next >= ops.length) {
    updateJournalMeta(ss, journalAt(meta, progress, hash, false));
    return { done: true, progress: writeProgress({ runId: run.runId, sheet: run.sheet, state: 'done', done: ops.length, total: ops.length, message: said('msg.clean.finished', { sheet: run.sheet }) }) };
  }
  updateJournalMeta(ss, journalAt(meta, progress, hash, true));
  const job: JobState = {
    runId: run.runId, time: run.time.toISOString(), user: run.user, sheetId: meta.sheetId, sheetName: run.sheet, header: run.header,
    firstRow: meta.firstRow, numColumns: meta.numColumns, next, total: ops.length, hash, budgetMs,
  };
  job.triggerId = scheduleContinuation(CONTINUE_AFTER_MS);
  writeQueue(ss, job, ops);
  const message = said('msg.clean.continuing', { sheet: run.sheet, pct: percent(next, ops.length) });
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: run.runId, sheet: run.sheet, state: 'running', done: next, total: ops.length, message }) };
}

function fail(ss: Spreadsheet, job: JobState, message: UserMessage): JobOutcome {
  clearQueue(ss);
  removeContinuation(job.triggerId);
  const meta = readJournalMeta(ss);
  if (meta?.pending) updateJournalMeta(ss, { ...meta, pending: undefined });
  toast(ss, message);
  return { done: false, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'failed', done: job.next, total: job.total, message }) };
}

/** The continuation trigger's work: next chunk of the pending clean, then finish or pause again. */
export function continueJob(startedAt = Date.now()): JobOutcome | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const queued = readQueue(ss);
  if (!queued) {
    removeContinuation();
    return null;
  }
  const { job, ops } = queued;
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(1000)) {
    // Someone else is working on the document: try again in a minute.
    job.triggerId = scheduleContinuation(BUSY_RETRY_MS, job.triggerId);
    updateQueueState(ss, job);
    return { done: false, progress: readProgress() ?? writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'running', done: job.next, total: job.total, message: said('msg.clean.waiting') }) };
  }
  try {
    removeContinuation(job.triggerId);
    const sheet = ss.getSheets().find((s) => s.getSheetId() === job.sheetId);
    const meta = readJournalMeta(ss);
    if (!sheet || !meta || meta.runId !== job.runId) return fail(ss, job, said('msg.clean.stoppedGone', { sheet: job.sheetName }));
    if (currentHash(sheet, job.firstRow, job.numColumns) !== job.hash) {
      return fail(ss, job, said('msg.clean.stoppedEdited', { sheet: job.sheetName, pct: percent(job.next, job.total) }));
    }
    const run: OpRun = { runId: job.runId, time: new Date(job.time), user: job.user, sheet: job.sheetName, header: job.header };
    const progress: OpProgress = { archive: meta.archive, removed: meta.removed.slice(), removal: meta.removal === 'sort' ? 'sort' : undefined };
    const next = runOps(ss, sheet, run, ops, job.next, startedAt + job.budgetMs, progress);
    const hash = currentHash(sheet, job.firstRow, job.numColumns);
    if (next >= ops.length) {
      updateJournalMeta(ss, journalAt(meta, progress, hash, false));
      clearQueue(ss);
      const message = said('msg.clean.finished', { sheet: job.sheetName });
      toast(ss, message);
      return { done: true, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'done', done: ops.length, total: ops.length, message }) };
    }
    updateJournalMeta(ss, journalAt(meta, progress, hash, true));
    const state: JobState = { ...job, next, hash, triggerId: scheduleContinuation(CONTINUE_AFTER_MS) };
    updateQueueState(ss, state);
    const message = said('msg.clean.continuing', { sheet: job.sheetName, pct: percent(next, ops.length) });
    toast(ss, message);
    return { done: false, progress: writeProgress({ runId: job.runId, sheet: job.sheetName, state: 'running', done: next, total: ops.length, message }) };
  } finally {
    lock.releaseLock();
  }
}
