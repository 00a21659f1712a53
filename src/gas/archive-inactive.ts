// "Archive inactive rows": rows whose last activity is older than N months (default: the stale
// setting, 18) move to "CRM Archive" in one step, with the reason and their original row number.
// Previewed first, logged, and undoable with "Undo last clean": it goes through the same journaled
// run as the clean (journaled-run.ts).
import type { Settings } from '../core/settings';
import { effectiveStaleMonths, resolveRoles } from '../core/settings/effective';
import { cellText } from '../core/table/cell-text';
import { a1 } from '../core/table/a1';
import { makeContext } from '../core/audit/index';
import { checkStaleness } from '../core/audit/staleness';
import type { ArchivePreview, ArchiveResult } from '../contract/sidebar';
import { settingsForSheet } from './settings-store';
import { readSnapshot, SheetProblem, type SheetSnapshot } from './sheet-snapshot';
import { checkEditable } from './preflight';
import { isAddonSheet } from './sheet-names';
import type { ArchivedRowInput, RowLogEntry } from './clean-ops';
import { applyJournaled } from './journaled-run';
import { newRun } from './run-context';
import { withDocumentLock } from './document-lock';

interface Found {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  snap: SheetSnapshot;
  months: number;
  /** 0-based data rows, ascending. */
  rows: number[];
  why: Map<number, string>;
}

function monthsFrom(input: unknown, settings: Settings): number {
  const n = typeof input === 'string' ? Number(input) : input;
  if (n === undefined || n === null || n === '') return effectiveStaleMonths(settings);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 240) throw new SheetProblem('The number of months must be a whole number from 1 to 240.');
  return n;
}

function findInactive(monthsIn: unknown, now: Date): Found {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  if (isAddonSheet(sheet.getName())) throw new SheetProblem(`"${sheet.getName()}" is one of CRM Hygiene's own sheets. Open your CRM sheet and try again.`);
  const { settings } = settingsForSheet(ss, sheet);
  const months = monthsFrom(monthsIn, settings);
  const snap = readSnapshot(sheet, settings.headerRow);
  const table = { header: snap.header, rows: snap.values };
  const roles = resolveRoles(table, settings);
  if (!roles.includes('lastActivity') && !roles.includes('createdAt')) {
    throw new SheetProblem(`"${snap.sheetName}" has no "last activity" (or "created") date column, so inactive rows cannot be found. Set the column's role in the sidebar settings.`);
  }
  const ctx = makeContext(table, { ...settings, staleMonths: months }, roles, now);
  const why = new Map<number, string>();
  checkStaleness(ctx, (row, _kind, _column, text) => {
    if (!why.has(row)) why.set(row, text);
  });
  return { sheet, snap, months, rows: [...why.keys()].sort((a, b) => a - b), why };
}

function label(snap: SheetSnapshot, r: number): string {
  return (snap.values[r] ?? []).map(cellText).filter((t) => t !== '').slice(0, 3).join(' · ').slice(0, 120);
}

export function previewInactive(months?: unknown, now = new Date()): ArchivePreview {
  const f = findInactive(months, now);
  return {
    sheet: f.snap.sheetName,
    months: f.months,
    rows: f.snap.numRows,
    inactive: f.rows.length,
    sample: f.rows.slice(0, 50).map((r) => ({ row: f.snap.firstRow + r, label: label(f.snap, r), why: f.why.get(r) ?? '' })),
    message:
      f.rows.length === 0
        ? `No rows of "${f.snap.sheetName}" have been inactive for more than ${f.months} months.`
        : `${f.rows.length} of ${f.snap.numRows} rows of "${f.snap.sheetName}" have had no activity for more than ${f.months} months. ` +
          'Archiving moves them to "CRM Archive" (nothing is deleted; "Undo last clean" puts them back).',
  };
}

export function archiveInactive(months?: unknown, now = new Date()): ArchiveResult {
  return withDocumentLock('archive', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const f = findInactive(months, now);
    const { sheet, snap } = f;
    const run = newRun();
    if (f.rows.length === 0) {
      return { ok: true, runId: run.runId, sheet: snap.sheetName, archived: 0, message: `No rows of "${snap.sheetName}" have been inactive for more than ${f.months} months. Nothing was moved.` };
    }
    checkEditable(ss, sheet);
    const removed = f.rows;
    const reasonOf = (r: number): string => `inactive for more than ${f.months} months: ${f.why.get(r) ?? ''}`.trim();
    const archived: ArchivedRowInput[] = removed.map((r) => ({ row: r, reason: reasonOf(r), primaryRow: '' }));
    const rowLog: RowLogEntry[] = removed.map((r) => ({
      row: r,
      cell: `${a1(snap.firstRow + r, 1)}:${a1(snap.firstRow + r, snap.numColumns)}`,
      before: `row ${snap.firstRow + r}`,
      after: 'moved to CRM Archive',
      rule: 'archive.inactive',
    }));
    const outcome = applyJournaled(ss, sheet, snap, run, { action: 'archive', edits: [], archived, removed, rowLog });
    const pending = outcome.done ? '' : `${outcome.progress.message}\n`;
    return {
      ok: true,
      runId: run.runId,
      sheet: snap.sheetName,
      archived: removed.length,
      message: `${pending}Moved ${removed.length} row(s) inactive for more than ${f.months} months from "${snap.sheetName}" to "CRM Archive" (run ${run.runId}). "Undo last clean" puts them back.`,
    };
  });
}
