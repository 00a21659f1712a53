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
import { readSnapshot, sheetProblem, type SheetSnapshot } from './sheet-snapshot';
import type { UserMessage } from '../core/messages';
import { inLanguage, said } from './messages';
import { userLanguage } from './user-language';
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
  /** Row -> the date column that made it inactive. */
  dateColumn: Map<number, number>;
}

function monthsFrom(input: unknown, settings: Settings): number {
  const n = typeof input === 'string' ? Number(input) : input;
  if (n === undefined || n === null || n === '') return effectiveStaleMonths(settings);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 240) throw sheetProblem('msg.archive.months');
  return n;
}

function findInactive(monthsIn: unknown, now: Date): Found {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  if (isAddonSheet(sheet.getName())) throw sheetProblem('msg.addonSheet', { sheet: sheet.getName() });
  const { settings } = settingsForSheet(ss, sheet);
  const months = monthsFrom(monthsIn, settings);
  const snap = readSnapshot(sheet, settings.headerRow, settings.timeZone);
  const table = { header: snap.header, rows: snap.values };
  const roles = resolveRoles(table, settings);
  if (!roles.includes('lastActivity') && !roles.includes('createdAt')) {
    throw sheetProblem('msg.archive.noDateColumn', { sheet: snap.sheetName });
  }
  const ctx = makeContext(table, { ...settings, staleMonths: months }, roles, now);
  const dateColumn = new Map<number, number>();
  checkStaleness(ctx, (row, _kind, column) => {
    if (!dateColumn.has(row) && column !== undefined) dateColumn.set(row, column);
  });
  return { sheet, snap, months, rows: [...dateColumn.keys()].sort((a, b) => a - b), dateColumn };
}

/** Why a row counts as inactive: its date column and the date as the sheet shows it. */
function whyInactive(f: Found, r: number): UserMessage {
  const column = f.dateColumn.get(r) ?? 0;
  return said('msg.archive.why', { column: f.snap.header[column] ?? '', value: cellText(f.snap.values[r]?.[column]) });
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
    sample: f.rows.slice(0, 50).map((r) => ({ row: f.snap.firstRow + r, label: label(f.snap, r), why: whyInactive(f, r) })),
    message:
      f.rows.length === 0
        ? said('msg.archive.none', { sheet: f.snap.sheetName, months: f.months })
        : said('msg.archive.found', { n: f.rows.length, total: f.snap.numRows, sheet: f.snap.sheetName, months: f.months }),
  };
}

export function archiveInactive(months?: unknown, now = new Date()): ArchiveResult {
  return withDocumentLock('archive', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const f = findInactive(months, now);
    const { sheet, snap } = f;
    const run = newRun();
    if (f.rows.length === 0) {
      return { ok: true, runId: run.runId, sheet: snap.sheetName, archived: 0, message: said('msg.archive.none', { sheet: snap.sheetName, months: f.months }) };
    }
    checkEditable(ss, sheet);
    const removed = f.rows;
    // The archive sheet says why in the language of the person who archived.
    const lang = userLanguage();
    const reasonOf = (r: number): string => inLanguage(said('msg.archive.reason', { months: f.months }, [whyInactive(f, r)]), lang).replace(/\n/g, ' ');
    const archived: ArchivedRowInput[] = removed.map((r) => ({ row: r, reason: reasonOf(r), primaryRow: '' }));
    const rowLog: RowLogEntry[] = removed.map((r) => ({
      row: r,
      cell: `${a1(snap.firstRow + r, 1)}:${a1(snap.firstRow + r, snap.numColumns)}`,
      before: `row ${snap.firstRow + r}`,
      after: 'moved to CRM Archive',
      rule: 'archive.inactive',
    }));
    const outcome = applyJournaled(ss, sheet, snap, run, { action: 'archive', edits: [], archived, removed, rowLog });
    const done = said('msg.archive.done', { n: removed.length, months: f.months, sheet: snap.sheetName });
    return {
      ok: true,
      runId: run.runId,
      sheet: snap.sheetName,
      archived: removed.length,
      message: outcome.done ? done : { ...outcome.progress.message, more: [done] },
    };
  });
}
