// Entry points for scheduled audits, "Run audit now", the audit history, clean at entry and
// "Archive inactive rows": the menu items, the sidebar's plain-JSON API and the two trigger
// handlers. Each becomes a top-level Apps Script function (scripts/gen-entries.mjs).
import type { AuditScheduleRequest } from '../core/audit/schedule';
import { getAuditScheduleInfo, runScheduledAuditNow, scheduleAuditRun, stopAuditSchedule, type AuditScheduleInfo } from './schedule-api';
import { applyArchive, auditHistory, previewArchive, runAuditOnActiveSheet } from './audit-api';
import { entryGuardInfo, onEditHandler, setEntryGuardEnabled, type EntryGuardInfo } from './entry-api';
import { runMenuAction } from './ui-feedback';
import type { AuditRunResult } from '../gas/audit-runner';
import type { AuditHistoryPoint, Trend } from '../core/audit/history';
import type { ArchivePreview, ArchiveResult } from '../gas/archive-inactive';
import type { EditOutcome } from '../gas/entry-guard';

const TITLE = 'CRM Hygiene';

/**
 * Sidebar: the document's audit schedule.
 * @return {Object} { scheduled, frequency, weekDay, monthDay, hour, sheet, description, nextRun, lastRun }
 */
export function getAuditSchedule(): AuditScheduleInfo {
  return getAuditScheduleInfo();
}

/**
 * Sidebar: schedule audits of the active sheet (replaces any earlier schedule: one per document).
 * @param {Object} request { frequency: 'weekly'|'monthly', weekDay?: 'MONDAY'..'SUNDAY', monthDay?: 1-28, hour: 0-23 }
 * @return {Object} the schedule, as getAuditSchedule returns it
 */
export function scheduleAudits(request: AuditScheduleRequest): AuditScheduleInfo {
  return scheduleAuditRun(request);
}

/**
 * Sidebar: stop scheduled audits (removes the trigger).
 * @return {Object} { scheduled: false, description }
 */
export function stopScheduledAudits(): AuditScheduleInfo {
  return stopAuditSchedule();
}

/**
 * Sidebar: audit the active sheet now; refreshes highlights and appends a history row.
 * @return {Object} { sheet, rows, score, flaggedRows, counts, coloured, cleared, historyRow, trend, message }
 */
export function runAuditNow(): AuditRunResult {
  return runAuditOnActiveSheet();
}

/**
 * Sidebar: the audit history (oldest first) and the trend.
 * @param {number} limit how many audits (default 200)
 * @return {Object} { points: [{ time, sheet, rows, score, flaggedRows, counts, trigger }], trend }
 */
export function getAuditHistory(limit?: number): { points: AuditHistoryPoint[]; trend: Trend } {
  return auditHistory(limit);
}

/**
 * Sidebar: whether clean at entry is on.
 * @return {Object} { enabled, sheet, message }
 */
export function getEntryGuard(): EntryGuardInfo {
  return entryGuardInfo();
}

/**
 * Sidebar: turn clean at entry on (for the active sheet) or off.
 * @param {boolean} enabled true to normalize typed and pasted values and mark duplicates
 * @return {Object} { enabled, sheet, message }
 */
export function setEntryGuard(enabled: boolean): EntryGuardInfo {
  return setEntryGuardEnabled(enabled);
}

/**
 * Sidebar: rows of the active sheet inactive for more than N months, without changing anything.
 * @param {Object} options { months?: number } (default: the stale setting, 18)
 * @return {Object} { sheet, months, rows, inactive, sample: [{ row, label, why }], message }
 */
export function previewArchiveInactive(options?: { months?: number }): ArchivePreview {
  return previewArchive(options);
}

/**
 * Sidebar: move the inactive rows to "CRM Archive" (logged; "Undo last clean" puts them back).
 * @param {Object} options { months?: number }
 * @return {Object} { ok, runId, sheet, archived, message }
 */
export function archiveInactiveRows(options?: { months?: number }): ArchiveResult {
  return applyArchive(options);
}

/** Menu: audit the active sheet now. */
export function menuRunAudit(): void {
  runMenuAction(TITLE, () => runAuditOnActiveSheet());
}

function parseAnswer(text: string): AuditScheduleRequest | 'stop' | null {
  const words = text.trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
  const [what, a, b] = words;
  if (what === 'stop' || what === 'off') return 'stop';
  if (what === 'weekly' || what === 'week') {
    const isHour = a !== undefined && /^\d+$/.test(a);
    return { frequency: 'weekly', weekDay: isHour ? undefined : a, hour: Number(isHour ? a : b ?? 7) };
  }
  if (what === 'monthly' || what === 'month') return { frequency: 'monthly', monthDay: Number(a ?? 1), hour: Number(b ?? 7) };
  return null;
}

/** Menu: schedule audits of the active sheet weekly or monthly, or stop them. */
export function menuScheduleAudits(): void {
  runMenuAction(TITLE, () => {
    const ui = SpreadsheetApp.getUi();
    const current = getAuditScheduleInfo();
    const answer = ui.prompt(
      'Schedule audits',
      `${current.description}\n\nType "weekly" (e.g. "weekly monday 7"), "monthly" (e.g. "monthly 1 7": day 1-28, hour 0-23) or "stop".`,
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return { message: 'The audit schedule was not changed.' };
    const parsed = parseAnswer(answer.getResponseText());
    if (parsed === null) return { message: 'Type "weekly", "monthly" or "stop". The audit schedule was not changed.' };
    if (parsed === 'stop') return { message: stopAuditSchedule().description };
    const info = scheduleAuditRun(parsed);
    return { message: `${info.description} Each audit adds a row to "CRM Audit History".` };
  });
}

/** Menu: preview, then move rows inactive for more than N months to "CRM Archive". */
export function menuArchiveInactiveRows(): void {
  runMenuAction(TITLE, () => {
    const preview = previewArchive();
    if (preview.inactive === 0) return { message: preview.message };
    const ui = SpreadsheetApp.getUi();
    const list = preview.sample.slice(0, 10).map((s) => `row ${s.row}: ${s.label}`).join('\n');
    const button = ui.alert('Archive inactive rows', `${preview.message}\n\n${list}${preview.inactive > 10 ? '\n…' : ''}\n\nMove them now?`, ui.ButtonSet.YES_NO);
    if (button !== ui.Button.YES) return { message: 'Nothing was moved.' };
    return applyArchive({ months: preview.months });
  });
}

/** Menu: turn clean at entry on for the active sheet, or off. */
export function menuToggleEntryGuard(): void {
  runMenuAction(TITLE, () => setEntryGuardEnabled(!entryGuardInfo().enabled));
}

/**
 * Time-driven trigger of scheduled audits (no UI; the outcome is saved for the sidebar).
 * @param {Object} e the time-driven event
 */
export function runScheduledAudit(_e?: unknown): void {
  try {
    runScheduledAuditNow();
  } catch (e) {
    console.log(`CRM Hygiene scheduled audit failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Installable edit trigger of clean at entry: normalizes edited cells, marks duplicate rows.
 * @param {Object} e the edit event (range, value, oldValue, source)
 */
export function onCrmHygieneEdit(e: GoogleAppsScript.Events.SheetsOnEdit): EditOutcome | null {
  try {
    return onEditHandler(e);
  } catch (err) {
    // An edit trigger must never get in the typist's way: log and carry on.
    console.log(`CRM Hygiene clean at entry skipped an edit: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}
