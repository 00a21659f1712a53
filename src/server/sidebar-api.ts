// Every google.script.run endpoint of the sidebar (src/contract/sidebar.ts lists them with their
// types). Each one checks what the browser sent (untrusted JSON), calls the src/gas module of that
// feature, and shapes the reply as plain JSON; none holds logic of its own.
import { isColumnRole, type ColumnRole } from '../core/table';
import { CodedError } from '../core/messages';
import { userError } from '../gas/messages';
import type { AuditScheduleRequest } from '../core/audit/schedule';
import { trendOf } from '../core/audit/history';
import type {
  ArchivePreview, ArchiveResult, AuditHistory, AuditRun, AuditSchedule, CleanJobProgress, CleanPreview, CleanProgress, EntryGuard,
  MergeResult, Overview, ReviewCluster, UndoResult,
} from '../contract/sidebar';
import { readOverview } from '../gas/overview';
import { applyClean, previewClean } from '../gas/clean-preview';
import { readProgress } from '../gas/clean-job';
import { continueFromSidebar } from '../gas/background';
import { undoLastCleanRun } from '../gas/undo-clean';
import { withDocumentLock } from '../gas/document-lock';
import { markNotDuplicate, mergeReviewed, reviewClusters } from '../gas/duplicate-review';
import { openDataSheet } from '../gas/data-sheet';
import { saveSettingsChange, type SettingsChange } from '../gas/settings-store';
import { openValueMap } from '../gas/lists-sheet';
import { readAuditSchedule, scheduleAuditRun, stopAuditSchedule } from '../gas/audit-schedule';
import { runAuditOnActiveSheet } from '../gas/audit-runner';
import { readActiveHistory } from '../gas/history-sheet';
import { entryGuardInfo, setEntryGuardEnabled } from '../gas/clean-at-entry';
import { archiveInactive, previewInactive } from '../gas/archive-inactive';
import { refreshMenu } from './menu';

/** Sidebar: score, findings, history and settings of the data sheet. */
export function sidebarGetOverview(): Overview {
  return readOverview();
}

/** Sidebar: what "Clean this sheet" would change, by rule. */
export function sidebarPreviewClean(): CleanPreview {
  return previewClean();
}

/**
 * Sidebar: clean the sheet, all of it or only some rule groups.
 * @param {Object} request { rules: string[] | null } (null = everything)
 */
export function sidebarApplyClean(request: unknown): CleanProgress {
  const rules = field(request, 'rules');
  const { result, scoreAfter } = applyClean(Array.isArray(rules) ? rules.map(String) : null);
  const s = result.summary;
  return {
    done: result.done,
    progress: result.progress,
    summary: { changes: s.changes, changesByRule: s.changesByRule, merged: s.merged, archived: s.archived, review: s.review, scoreBefore: s.scoreBefore, scoreAfter, spillRanges: result.spillRanges },
  };
}

/**
 * Sidebar: the next step of a clean too big for one execution. The open sidebar calls this until
 * the run is done (each call runs one time-boxed chunk; the hourly background trigger is only the
 * fallback), and hears of a failure in plain words.
 */
export function sidebarContinueClean(): CleanProgress {
  const p = continueFromSidebar();
  if (!p || p.state === 'done') return { done: true, progress: 1 };
  if (p.state === 'failed') throw new CodedError(p.message);
  return { done: false, progress: p.progress };
}

/** Sidebar: undo the newest journaled run (cells changed since are left as they are, and listed). */
export function sidebarUndoLastClean(): UndoResult {
  const result = withDocumentLock('undo', () => undoLastCleanRun());
  return { restoredCells: result.restoredCells, restoredRows: result.restoredRows, skipped: result.skipped, done: result.done, message: result.message };
}

/** Sidebar: the doubtful duplicate groups waiting for a person. */
export function sidebarGetReviewClusters(): ReviewCluster[] {
  return reviewClusters();
}

/**
 * Sidebar: merge one reviewed group as the person chose.
 * @param {Object} request { id, primary: sheet row to keep, picks: { column: sheet row } }
 */
export function sidebarMergeCluster(request: unknown): MergeResult {
  const picks = new Map<number, number>();
  for (const [column, row] of Object.entries(objectOf(field(request, 'picks')))) picks.set(Number(column), Number(row));
  return mergeReviewed({ id: String(field(request, 'id') ?? ''), primary: Number(field(request, 'primary')), picks });
}

/**
 * Sidebar: remember that the rows of a group are not duplicates.
 * @param {Object} request { id }
 */
export function sidebarMarkNotDuplicate(request: unknown): { ok: true } {
  markNotDuplicate(String(field(request, 'id') ?? ''));
  return { ok: true };
}

/**
 * Sidebar: save the Settings form; returns the overview as it is with the new settings.
 * @param {Object} patch the fields that changed
 */
export function sidebarSaveSettings(patch: unknown): Overview {
  const ds = openDataSheet();
  const change = settingsChange(objectOf(patch));
  saveSettingsChange(ds.sheet, ds.stored, change);
  // The menu speaks the language just chosen from now on, not only after the next reload.
  if (change.uiLanguage !== undefined) refreshMenu();
  return readOverview();
}

/** Sidebar: show the "CRM Lists" sheet (created with the default lists when missing). */
export function sidebarOpenValueMap(): { ok: true } {
  openValueMap();
  return { ok: true };
}

/**
 * Sidebar: the document's audit schedule.
 * @return {Object} { scheduled, frequency, weekDay, monthDay, hour, sheet, description, nextRun, lastRun }
 */
export function getAuditSchedule(): AuditSchedule {
  return readAuditSchedule();
}

/**
 * Sidebar: schedule audits of the active sheet (replaces any earlier schedule: one per document).
 * @param {Object} request { frequency: 'weekly'|'monthly', weekDay?: 'MONDAY'..'SUNDAY', monthDay?: 1-28, hour: 0-23 }
 * @return {Object} the schedule, as getAuditSchedule returns it
 */
export function scheduleAudits(request: AuditScheduleRequest): AuditSchedule {
  return scheduleAuditRun(request);
}

/**
 * Sidebar: stop scheduled audits (removes the trigger).
 * @return {Object} { scheduled: false, description }
 */
export function stopScheduledAudits(): AuditSchedule {
  return stopAuditSchedule();
}

/**
 * Sidebar: audit the active sheet now; refreshes highlights and appends a history row.
 * @return {Object} { sheet, rows, score, flaggedRows, counts, coloured, cleared, historyRow, trend, message }
 */
export function runAuditNow(): AuditRun {
  return runAuditOnActiveSheet();
}

/**
 * Sidebar: the audit history (oldest first) and the trend.
 * @param {number} limit how many audits (default 200)
 * @return {Object} { points: [{ time, sheet, rows, score, flaggedRows, counts, trigger }], trend }
 */
export function getAuditHistory(limit?: number): AuditHistory {
  const n = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 200;
  const points = readActiveHistory(n);
  return { points, trend: trendOf(points) };
}

/**
 * Sidebar: whether clean at entry is on.
 * @return {Object} { enabled, sheet, message }
 */
export function getEntryGuard(): EntryGuard {
  return entryGuardInfo();
}

/**
 * Sidebar: turn clean at entry on (for the active sheet) or off.
 * @param {boolean} enabled true to normalize typed and pasted values and mark duplicates
 * @return {Object} { enabled, sheet, message }
 */
export function setEntryGuard(enabled: boolean): EntryGuard {
  return setEntryGuardEnabled(enabled);
}

/**
 * Sidebar: rows of the active sheet inactive for more than N months, without changing anything.
 * @param {Object} options { months?: number } (default: the stale setting, 18)
 * @return {Object} { sheet, months, rows, inactive, sample: [{ row, label, why }], message }
 */
export function previewArchiveInactive(options?: { months?: number }): ArchivePreview {
  return previewInactive(monthsOf(options));
}

/**
 * Sidebar: move the inactive rows to "CRM Archive" (logged; "Undo last clean" puts them back).
 * @param {Object} options { months?: number }
 * @return {Object} { ok, runId, sheet, archived, message }
 */
export function archiveInactiveRows(options?: { months?: number }): ArchiveResult {
  return archiveInactive(monthsOf(options));
}

/** Sidebar: progress of the last clean (running in the background, done or stopped), or null. */
export function getCleanProgress(): CleanJobProgress | null {
  return readProgress();
}

// What the browser sent, read defensively: any JSON may arrive.

function objectOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function field(value: unknown, name: string): unknown {
  return objectOf(value)[name];
}

/** { months } or a bare number; the archive checks the range. */
function monthsOf(options: unknown): unknown {
  return options !== null && typeof options === 'object' ? field(options, 'months') : options;
}

const PHONE_FORMATS: readonly string[] = ['E164', 'INTERNATIONAL', 'NATIONAL'];
const LEGAL_STYLES: readonly string[] = ['short', 'long', 'none'];

/** The Settings form's patch, checked: a clear sentence for a bad value, unknown choices ignored. */
function settingsChange(p: Record<string, unknown>): SettingsChange {
  const change: SettingsChange = {};
  if (Array.isArray(p.columns)) change.columns = p.columns.map((c) => ({ index: Number(field(c, 'index')), role: roleOf(field(c, 'role')) }));
  if (p.defaultCountry !== undefined) change.defaultCountry = countryCode(p.defaultCountry);
  if (typeof p.phoneFormat === 'string' && PHONE_FORMATS.includes(p.phoneFormat)) change.phoneFormat = p.phoneFormat as SettingsChange['phoneFormat'];
  if (typeof p.legalFormStyle === 'string' && LEGAL_STYLES.includes(p.legalFormStyle)) change.legalFormStyle = p.legalFormStyle as SettingsChange['legalFormStyle'];
  if (Array.isArray(p.requiredFields)) change.requiredFields = p.requiredFields.map(roleOf).filter((r): r is ColumnRole => r !== null);
  if (p.staleMonths !== undefined) change.staleMonths = staleMonths(p.staleMonths);
  if (p.placeholders !== undefined) change.placeholders = placeholderWords(p.placeholders);
  if (p.uiLanguage !== undefined) change.uiLanguage = String(p.uiLanguage);
  return change;
}

function roleOf(value: unknown): ColumnRole | null {
  return isColumnRole(value) ? value : null;
}

function countryCode(value: unknown): string {
  const code = String(value).trim().toUpperCase();
  if (code && !/^[A-Z]{2}$/.test(code)) throw userError('msg.settings.country');
  return code;
}

const MAX_PLACEHOLDERS = 100;
const MAX_PLACEHOLDER_LENGTH = 40;

/** A team's own placeholder words as saved: trimmed, distinct, each short enough to be a placeholder. */
function placeholderWords(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  const words = [...new Set(list.map((w) => (typeof w === 'string' ? w.trim() : '')).filter((w) => w !== ''))];
  if (list.some((w) => typeof w !== 'string') || words.length > MAX_PLACEHOLDERS || words.some((w) => w.length > MAX_PLACEHOLDER_LENGTH)) {
    throw new Error(`Your own placeholders must be words or short phrases of at most ${MAX_PLACEHOLDER_LENGTH} characters, at most ${MAX_PLACEHOLDERS} of them.`);
  }
  return words;
}

function staleMonths(value: unknown): number {
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1 || months > 240) throw userError('msg.settings.staleMonths');
  return months;
}
