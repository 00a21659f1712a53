// "CRM Audit History": one row per audit, appended in one batch write, and a line chart of the
// score over time (created once; its ranges are open-ended so new rows join the chart).
import type { Cell } from '../core/table';
import { HISTORY_HEADER, SCORE_COLUMN, historyRow, parseHistory, type AuditHistoryEntry, type AuditHistoryPoint } from '../core/audit/history';
import { appendBlock, ensureSheet } from './addon-sheets';
import { HISTORY_SHEET } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const CHART_TITLE = 'CRM quality score over time';

/** Adds the score chart when the sheet has none. Best effort: the history row matters more. */
function ensureChart(sheet: Sheet): boolean {
  if (sheet.getCharts().length > 0) return false;
  const chart = sheet
    .newChart()
    .asLineChart()
    .addRange(sheet.getRange('A1:A'))
    .addRange(sheet.getRange(1, SCORE_COLUMN, sheet.getMaxRows(), 1))
    .setNumHeaders(1)
    .setOption('title', CHART_TITLE)
    .setOption('vAxis.viewWindow.min', 0)
    .setOption('vAxis.viewWindow.max', 100)
    .setOption('legend', { position: 'none' })
    .setPosition(2, HISTORY_HEADER.length + 2, 0, 0)
    .build();
  sheet.insertChart(chart);
  return true;
}

export function appendHistory(ss: Spreadsheet, entry: AuditHistoryEntry): { row: number; chartCreated: boolean; chartError?: string } {
  // Left at a new sheet's size: the chart's open ranges must cover the rows audits will add.
  const sheet = ensureSheet(ss, HISTORY_SHEET, [...HISTORY_HEADER], false, null);
  // Sheet and "run by" are text so a sheet called "2024" stays a name.
  const row = appendBlock(sheet, [historyRow(entry)], [1, HISTORY_HEADER.length - 1]);
  try {
    return { row, chartCreated: ensureChart(sheet) };
  } catch (e) {
    return { row, chartCreated: false, chartError: e instanceof Error ? e.message : String(e) };
  }
}

/** The last `limit` audits of the active spreadsheet, oldest first (one read). */
export function readActiveHistory(limit: number): AuditHistoryPoint[] {
  return readHistory(SpreadsheetApp.getActiveSpreadsheet(), limit);
}

/** The last `limit` audits (one read): the one reader of the history sheet. */
export function readHistory(ss: Spreadsheet, limit = 200): AuditHistoryPoint[] {
  const sheet = ss.getSheetByName(HISTORY_SHEET);
  if (!sheet) return [];
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const first = Math.max(2, last - limit + 1);
  const values = sheet.getRange(first, 1, last - first + 1, HISTORY_HEADER.length).getValues() as Cell[][];
  return parseHistory(values);
}
