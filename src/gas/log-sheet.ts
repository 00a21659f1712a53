// "CRM Hygiene Log": one row per changed cell (run id, time, user, sheet, cell, before, after, rule).
import type { Cell } from '../core/table';
import { cellText } from '../core/table/cell-text';
import { LOG_SHEET } from './sheet-names';
import { appendBlock, ensureSheet } from './addon-sheets';

export const LOG_HEADER = ['Run id', 'Time', 'User', 'Sheet', 'Cell', 'Before', 'After', 'Rule'];

export interface LogEntry {
  cell: string;
  before: Cell;
  after: Cell;
  rule: string;
}

/** Appends the entries in one batch; returns the first row written and how many. */
export function appendLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  run: { runId: string; time: Date; user: string; sheet: string },
  entries: LogEntry[],
): { firstRow: number; count: number } {
  const sheet = ensureSheet(ss, LOG_SHEET, LOG_HEADER);
  if (entries.length === 0) return { firstRow: sheet.getLastRow() + 1, count: 0 };
  const rows = entries.map((e) => [run.runId, run.time, run.user, run.sheet, e.cell, cellText(e.before), cellText(e.after), e.rule]);
  // Run id .. After are text; Time stays a date.
  const firstRow = appendBlock(sheet, rows, [0, 2, 3, 4, 5, 6, 7]);
  return { firstRow, count: rows.length };
}
