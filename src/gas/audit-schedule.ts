// "Schedule audits" for the menu and the sidebar (plain JSON in and out). The schedule lives in
// document properties (schedule-store.ts); the document's one background trigger runs it
// (background.ts), at the chosen hour in the spreadsheet's time zone.
import { nextRun, parseSchedule, type AuditScheduleRequest } from '../core/audit/schedule';
import type { UserMessage } from '../core/messages';
import { said, userError } from './messages';
import type { AuditSchedule } from '../contract/sidebar';
import { isAddonSheet } from './sheet-names';
import { dropSchedule, readLastRun, readSchedule, saveSchedule, type StoredSchedule } from './schedule-store';
import { planBackground, readBackground } from './background';
import { triggerById } from './triggers';
import { effectiveUser } from './run-context';

function sheetById(id: number | undefined): GoogleAppsScript.Spreadsheet.Sheet | null {
  if (id === undefined) return null;
  return SpreadsheetApp.getActiveSpreadsheet().getSheets().find((s) => s.getSheetId() === id) ?? null;
}

/** The document's audit schedule (from document properties; the trigger is checked too). */
export function readAuditSchedule(): AuditSchedule {
  const stored = readSchedule();
  const last = readLastRun();
  const lastRun = last ? { time: last.time, ok: last.ok, score: last.score, message: last.message } : undefined;
  const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  if (!stored) return { scheduled: false, description: said('msg.schedule.off'), lastRun, timeZone };
  const bg = readBackground();
  // A collaborator's trigger is invisible to this user: trust the document's record of it.
  const runBy = bg.owner && bg.owner !== effectiveUser() ? bg.owner : undefined;
  if (!runBy && !triggerById(bg.triggerId)) return { scheduled: false, description: said('msg.schedule.removed'), lastRun, timeZone };
  const sheet = sheetById(stored.sheetId);
  return {
    scheduled: true,
    frequency: stored.frequency,
    weekDay: stored.weekDay,
    monthDay: stored.monthDay,
    hour: stored.hour,
    sheet: sheet?.getName() ?? '',
    description: scheduleMessage(stored, sheet?.getName() ?? '', runBy),
    nextRun: nextRun(stored, new Date(), timeZone).toISOString(),
    lastRun,
    timeZone,
    runBy,
  };
}

/** Schedule audits of the active sheet (one schedule per document); the trigger follows. */
export function scheduleAuditRun(request: AuditScheduleRequest): AuditSchedule {
  const schedule = parseSchedule(request);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  if (isAddonSheet(sheet.getName())) throw userError('msg.addonSheet', { sheet: sheet.getName() });
  const before = readSchedule();
  saveSchedule({ ...schedule, sheetId: sheet.getSheetId(), since: new Date().toISOString(), ...(before?.triggerId ? { triggerId: before.triggerId } : {}) });
  try {
    planBackground();
  } catch (e) {
    // No trigger, no schedule: put back what was there.
    if (before) saveSchedule(before);
    else dropSchedule();
    throw e;
  }
  return readAuditSchedule();
}

export function stopAuditSchedule(): AuditSchedule {
  const was = readSchedule() !== null;
  dropSchedule();
  planBackground();
  const stopped = readAuditSchedule();
  return { ...stopped, description: said(was ? 'msg.schedule.stopped' : 'msg.schedule.wasOff') };
}

/** "Audits run every Wednesday, 09:00–10:00, on “Contacts”." (hours in the spreadsheet's zone), and whose account runs them. */
function scheduleMessage(s: StoredSchedule, sheet: string, runBy: string | undefined): UserMessage {
  const hours = { from: hourText(s.hour), to: hourText(s.hour + 1), sheet };
  const more = runBy ? [said('msg.auditsRunBy', { owner: runBy })] : [];
  if (s.frequency === 'weekly') return said('msg.schedule.weekly', { day: s.weekDay ?? 'MONDAY', ...hours }, more);
  return said('msg.schedule.monthly', { day: s.monthDay ?? 1, ...hours }, more);
}

function hourText(hour: number): string {
  return `${String(((hour % 24) + 24) % 24).padStart(2, '0')}:00`;
}
