// "Schedule audits" for the menu and the sidebar (plain JSON in and out). The schedule lives in
// document properties (schedule-store.ts); the document's one background trigger runs it
// (background.ts), at the chosen hour in the spreadsheet's time zone.
import { describeSchedule, nextRun, parseSchedule, type AuditScheduleRequest } from '../core/audit/schedule';
import type { AuditSchedule } from '../contract/sidebar';
import { isAddonSheet } from './sheet-names';
import { dropSchedule, readLastRun, readSchedule, saveSchedule } from './schedule-store';
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
  if (!stored) return { scheduled: false, description: 'Audits are not scheduled.', lastRun, timeZone };
  const bg = readBackground();
  // A collaborator's trigger is invisible to this user: trust the document's record of it.
  const runBy = bg.owner && bg.owner !== effectiveUser() ? bg.owner : undefined;
  if (!runBy && !triggerById(bg.triggerId)) return { scheduled: false, description: 'Audits are not scheduled (the trigger was removed).', lastRun, timeZone };
  const sheet = sheetById(stored.sheetId);
  return {
    scheduled: true,
    frequency: stored.frequency,
    weekDay: stored.weekDay,
    monthDay: stored.monthDay,
    hour: stored.hour,
    sheet: sheet?.getName() ?? '',
    // runBy: msg.auditsRunBy
    description: `Audits run ${describeSchedule(stored)}${sheet ? ` on "${sheet.getName()}"` : ''} (${timeZone} time).${runBy ? ` Audits run from ${runBy}’s account.` : ''}`,
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
  if (isAddonSheet(sheet.getName())) throw new Error(`"${sheet.getName()}" is one of CRM Hygiene's own sheets. Open your CRM sheet and schedule audits again.`);
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
  return { ...stopped, description: was ? 'Scheduled audits stopped.' : 'Audits were not scheduled.' };
}
