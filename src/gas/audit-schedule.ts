// "Schedule audits" for the menu and the sidebar (plain JSON in and out), and the time-driven
// trigger's audit.
import { nextRun, parseSchedule, readStoredSchedule, triggerSpec, type AuditScheduleRequest } from '../core/audit/schedule';
import { said, userError } from './messages';
import { failureMessage } from './dialogs';
import type { AuditSchedule, LastScheduledRun } from '../contract/sidebar';
import { createClockTrigger, deleteTriggers, documentTriggers, findOurs, replaceTrigger } from './triggers';
import { isAddonSheet } from './sheet-names';
import { runAuditOn } from './audit-runner';

export const SCHEDULE_PROPERTY = 'crmHygiene.auditSchedule';
export const SCHEDULE_HANDLER = 'runScheduledAudit';
const LAST_RUN_PROPERTY = 'crmHygiene.auditSchedule.lastRun';

function sheetById(id: number | undefined): GoogleAppsScript.Spreadsheet.Sheet | null {
  if (id === undefined) return null;
  return SpreadsheetApp.getActiveSpreadsheet().getSheets().find((s) => s.getSheetId() === id) ?? null;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function lastRun(): LastScheduledRun | undefined {
  try {
    const raw = props().getProperty(LAST_RUN_PROPERTY);
    return raw ? (JSON.parse(raw) as LastScheduledRun) : undefined;
  } catch {
    return undefined;
  }
}

/** The document's audit schedule (from document properties; the trigger is checked too). */
export function readAuditSchedule(): AuditSchedule {
  const stored = readStoredSchedule(props().getProperty(SCHEDULE_PROPERTY));
  const last = lastRun();
  if (!stored) return { scheduled: false, description: said('msg.schedule.off'), lastRun: last };
  const ours = findOurs(documentTriggers(), SCHEDULE_HANDLER, stored.triggerId);
  if (ours.length === 0) return { scheduled: false, description: said('msg.schedule.removed'), lastRun: last };
  const sheet = sheetById(stored.sheetId);
  return {
    scheduled: true,
    frequency: stored.frequency,
    weekDay: stored.weekDay,
    monthDay: stored.monthDay,
    hour: stored.hour,
    sheet: sheet?.getName() ?? '',
    description: scheduleMessage(stored, sheet?.getName() ?? ''),
    nextRun: nextRun(stored, new Date()).toISOString(),
    lastRun: last,
  };
}

/** Create or replace the one audit trigger of this document, auditing the active sheet. */
export function scheduleAuditRun(request: AuditScheduleRequest): AuditSchedule {
  const schedule = parseSchedule(request);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  if (isAddonSheet(sheet.getName())) throw userError('msg.addonSheet', { sheet: sheet.getName() });
  const saved = readStoredSchedule(props().getProperty(SCHEDULE_PROPERTY));
  const triggerId = replaceTrigger(SCHEDULE_HANDLER, saved?.triggerId, () => createClockTrigger(SCHEDULE_HANDLER, triggerSpec(schedule)));
  props().setProperty(SCHEDULE_PROPERTY, JSON.stringify({ ...schedule, triggerId, sheetId: sheet.getSheetId(), since: new Date().toISOString() }));
  return readAuditSchedule();
}

export function stopAuditSchedule(): AuditSchedule {
  const saved = readStoredSchedule(props().getProperty(SCHEDULE_PROPERTY));
  const removed = deleteTriggers(findOurs(documentTriggers(), SCHEDULE_HANDLER, saved?.triggerId));
  props().deleteProperty(SCHEDULE_PROPERTY);
  return { scheduled: false, description: said(removed > 0 ? 'msg.schedule.stopped' : 'msg.schedule.wasOff'), lastRun: lastRun() };
}

/**
 * The time-driven trigger's handler. Runs without a UI (no alerts); the outcome is saved for the
 * sidebar. Kept short: one read, the audit, a few writes (trigger runtime is limited per day).
 */
export function runScheduledAuditNow(): void {
  const stored = readStoredSchedule(props().getProperty(SCHEDULE_PROPERTY));
  const sheet = sheetById(stored?.sheetId);
  let record: LastScheduledRun;
  if (!sheet) {
    record = { time: new Date().toISOString(), ok: false, message: said('msg.schedule.sheetGone') };
  } else {
    try {
      const r = runAuditOn(sheet, 'scheduled');
      record = { time: new Date().toISOString(), ok: true, score: r.score, message: r.message };
    } catch (e) {
      record = { time: new Date().toISOString(), ok: false, message: failureMessage(e) };
    }
  }
  props().setProperty(LAST_RUN_PROPERTY, JSON.stringify(record));
}

/** "Audits run every Wednesday, 09:00–10:00, on “Contacts”." as a message. */
function scheduleMessage(s: { frequency: 'weekly' | 'monthly'; weekDay?: string; monthDay?: number; hour: number }, sheet: string): ReturnType<typeof said> {
  const hours = { from: hourText(s.hour), to: hourText(s.hour + 1), sheet };
  if (s.frequency === 'weekly') return said('msg.schedule.weekly', { day: s.weekDay ?? 'MONDAY', ...hours });
  return said('msg.schedule.monthly', { day: s.monthDay ?? 1, ...hours });
}

function hourText(hour: number): string {
  return `${String(((hour % 24) + 24) % 24).padStart(2, '0')}:00`;
}
