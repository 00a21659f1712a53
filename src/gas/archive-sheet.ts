// "CRM Archive": rows merged away (or archived as inactive), exactly as they were, with the
// reason, the row they were merged into and their original row number.
import type { Cell } from '../core/table';
import { ARCHIVE_SHEET } from './sheet-names';
import { appendBlock, ensureSheet } from './addon-sheets';
import { forWrite } from './cell-codec';

export const ARCHIVE_FIXED = ['Archived at', 'Run id', 'Sheet', 'Reason', 'Primary row', 'Original row'];

export interface ArchivedRow {
  reason: string;
  /** Sheet row of the row it was merged into (as read), '' for inactive rows. */
  primaryRow: number | '';
  /** Sheet row it came from (as read). */
  originalRow: number;
  values: Cell[];
}

export function appendArchive(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  run: { runId: string; time: Date; sheet: string },
  header: string[],
  rows: ArchivedRow[],
): { firstRow: number; count: number } {
  const sheet = ensureSheet(ss, ARCHIVE_SHEET, [...ARCHIVE_FIXED, ...header]);
  if (rows.length === 0) return { firstRow: sheet.getLastRow() + 1, count: 0 };
  const width = ARCHIVE_FIXED.length + rows.reduce((w, r) => Math.max(w, r.values.length), header.length);
  const block = rows.map((r) => {
    const line: Cell[] = [run.time, run.runId, run.sheet, r.reason, r.primaryRow, r.originalRow, ...r.values.map((v) => forWrite(v, ''))];
    while (line.length < width) line.push('');
    return line;
  });
  const firstRow = appendBlock(sheet, block, [1, 2, 3]);
  return { firstRow, count: block.length };
}
