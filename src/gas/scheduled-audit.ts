// The scheduled audit as the background trigger runs it: only when a run is owed (dueSlot in
// core/audit/schedule.ts, in the spreadsheet's zone), on the sheet chosen when it was scheduled,
// with its outcome saved for the sidebar. The caller holds the document lock.
import { dueSlot, EARLY_FIRE_MS } from '../core/audit/schedule';
import { auditSheet } from './audit-runner';
import { said } from './messages';
import { failureMessage } from './dialogs';
import { readLastRun, readSchedule, saveLastRun, type ScheduledRunRecord, type StoredSchedule } from './schedule-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetById(id: number | undefined): Sheet | null {
  if (id === undefined) return null;
  return SpreadsheetApp.getActiveSpreadsheet().getSheets().find((s) => s.getSheetId() === id) ?? null;
}

/** The run time an audit is owed for now, or null (`earlyMs`: a trigger firing a little early). */
export function owedSlot(schedule: StoredSchedule | null, now: Date, earlyMs = 0): Date | null {
  if (!schedule) return null;
  const last = readLastRun();
  return dueSlot(schedule, { since: schedule.since, lastSlot: last?.slot }, now, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), earlyMs);
}

/** Runs the audit when one is owed; true when it ran (or failed trying). Never throws. */
export function runOwedAudit(now = new Date()): boolean {
  const schedule = readSchedule();
  const slot = owedSlot(schedule, now, EARLY_FIRE_MS);
  if (!schedule || !slot) return false;
  const sheet = sheetById(schedule.sheetId);
  const time = now.toISOString();
  let record: ScheduledRunRecord;
  if (!sheet) {
    record = { time, ok: false, message: said('msg.schedule.sheetGone') };
  } else {
    try {
      const r = auditSheet(sheet, 'scheduled', now);
      record = { time, ok: true, score: r.score, message: r.message };
    } catch (e) {
      record = { time, ok: false, message: failureMessage(e) };
    }
  }
  saveLastRun({ ...record, slot: slot.toISOString() });
  return true;
}
