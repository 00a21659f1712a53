// "Run audit now" and "Schedule audits": the score of the sheet, one row per audit in
// "CRM Audit History"; a weekly time-driven trigger (add-ons may run at most hourly).
import type { Cell } from '../core/table';
import { audit } from '../core/audit/index';
import { outdatedMarksFromNotes } from '../core/outdated';
import { settingsForSheet } from './settings-store';
import { readValueMap } from './lists-sheet';
import { readSnapshot } from './sheet-snapshot';
import { AUDIT_SHEET, isAddonSheet } from './sheet-names';
import { appendBlock, ensureSheet } from './addon-sheets';

export const AUDIT_HEADER = ['Time', 'Sheet', 'Rows', 'Score', 'Flagged rows', 'Findings per kind'];
export const AUDIT_HANDLER = 'runScheduledAudit';

export interface AuditResult {
  sheet: string;
  rows: number;
  score: number;
  flaggedRows: number;
  counts: Record<string, number>;
  message: string;
}

export function auditSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): AuditResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { settings, stored } = settingsForSheet(ss, sheet);
  settings.valueMap = readValueMap(ss).map;
  const snap = readSnapshot(sheet, settings.headerRow);
  const report = audit({ header: snap.header, rows: snap.values as Cell[][] }, settings, {
    outdated: outdatedMarksFromNotes(snap.notes),
    notDuplicates: stored.notDuplicates,
  });
  const counts = report.counts as Record<string, number>;
  const history = ensureSheet(ss, AUDIT_SHEET, AUDIT_HEADER);
  const kinds = Object.entries(counts).map(([k, n]) => `${k}: ${n}`).join(', ');
  appendBlock(history, [[new Date(), snap.sheetName, report.rows, report.score, report.flaggedRows, kinds]], [1, 5]);
  return {
    sheet: snap.sheetName, rows: report.rows, score: report.score, flaggedRows: report.flaggedRows, counts,
    message: `Quality score of "${snap.sheetName}": ${report.score}/100 (${report.flaggedRows} of ${report.rows} rows need attention).`,
  };
}

/** The data sheets a scheduled audit looks at: every sheet that is not one of ours. */
export function dataSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
  return SpreadsheetApp.getActiveSpreadsheet().getSheets().filter((s) => !isAddonSheet(s.getName()));
}

export function scheduleWeeklyAudit(enabled: boolean): { scheduled: boolean; message: string } {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === AUDIT_HANDLER) ScriptApp.deleteTrigger(t);
  if (!enabled) return { scheduled: false, message: 'Scheduled audits are off.' };
  try {
    ScriptApp.newTrigger(AUDIT_HANDLER).timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(7).create();
  } catch (e) {
    throw new Error(`Could not schedule the audit: ${(e as Error).message} Remove unused triggers (Extensions > Apps Script > Triggers) and try again.`, { cause: e });
  }
  return { scheduled: true, message: 'An audit now runs every Monday around 7:00 and adds a row to "CRM Audit History".' };
}

export function isAuditScheduled(): boolean {
  return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === AUDIT_HANDLER);
}
