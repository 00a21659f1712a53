// Set up dropdowns, Protect key columns, Flag as outdated: small batch actions on the active sheet.
import type { CellChange } from '../core/normalize/normalize-table';
import { canonicalize, dropdownValues, listForRole, LIST_ROLES } from '../core/lists/value-map';
import { outdatedNote, withOutdatedNote } from '../core/audit/outdated';
import { settingsForSheet } from './settings-store';
import { listRange, readValueMap } from './lists-sheet';
import { LISTS_SHEET } from './sheet-names';
import type { CodedMessage } from '../contract/sidebar';
import { isLockedCell, readSnapshot, SheetProblem } from './sheet-snapshot';
import { checkEditable } from './preflight';
import { a1 } from '../core/table/a1';
import { wallClock } from '../core/table/zoned';
import { newRun } from './run-context';
import { applyJournaled } from './journaled-run';
import type { Highlights } from './highlights';
import type { LogEntry } from './log-sheet';

const OUTDATED_COLOR = '#d9d9d9';

/** A list of items in a dropdown rule holds at most 500 values (Sheets' limit). */
const MAX_LIST_ITEMS = 500;
const PROTECTION_NOTE = 'CRM Hygiene: key columns (warning only)';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * The rule of one column: its values as a list of items, or, past 500 of them, read from their
 * cells in "CRM Lists"; a notice says which, or why there is none.
 */
function dropdownRule(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, list: string, values: string[], column: string, reject: boolean): { rule: DataValidation | null; notice?: CodedMessage } {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(!reject);
  if (values.length <= MAX_LIST_ITEMS) return { rule: builder.requireValueInList(values, true).build() };
  const range = listRange(ss, list);
  if (range === null || range === 'split') {
    // Past 500 values the list is the user's own (the default lists are short): its rows are split.
    return { rule: null, notice: { code: 'dropdownListSplit', params: { column, n: values.length }, message: `${column}: no dropdown for its ${values.length} values: keep that list’s rows together in “CRM Lists” (no other list between them), then set up dropdowns again.` } };
  }
  const where = `'${LISTS_SHEET}'!${range.getA1Notation()}`;
  return {
    rule: builder.requireValueInRange(range, true).build(),
    notice: { code: 'dropdownFromRange', params: { column, n: values.length, range: where }, message: `${column}: ${values.length} values are more than a dropdown list holds (500), so its dropdown reads them from “CRM Lists” (${where}).` },
  };
}

export function setUpDropdowns(): { columns: string[]; normalized: number; message: string; notices: CodedMessage[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const { settings, stored } = settingsForSheet(ss, sheet);
  const map = readValueMap(ss).map;
  const lastRow = sheet.getLastRow();
  const first = settings.headerRow + 1;
  if (lastRow < settings.headerRow) throw new SheetProblem(`"${sheet.getName()}" is empty.`);
  checkEditable(ss, sheet);
  const roles = settings.roles ?? [];
  const columns: Array<{ c: number; values: string[]; list: NonNullable<ReturnType<typeof listForRole>> }> = [];
  roles.forEach((role, c) => {
    if (!role || !LIST_ROLES.includes(role)) return;
    const values = dropdownValues(map, role);
    const list = listForRole(role);
    if (values.length === 0 || !list) return;
    columns.push({ c, values, list });
  });
  // Data rows are read once (values, formulas, formats, backgrounds, notes): the canonical
  // spellings are written as a journaled run, logged and undone by "Undo last clean".
  const snap = columns.length > 0 && lastRow >= first ? readSnapshot(sheet, settings.headerRow, settings.timeZone) : null;
  const edits: CellChange[] = [];
  for (const { c, list } of columns) {
    snap?.values.forEach((row, r) => {
      if (isLockedCell(snap, r, c)) return;
      const v = row[c];
      const canon = canonicalize(map, list, v);
      if (canon !== null && canon !== v) edits.push({ row: r, column: c, before: v, after: canon, rule: 'dropdown.canonical', why: 'canonical spelling from "CRM Lists"' });
    });
  }
  if (snap && edits.length > 0) applyJournaled(ss, sheet, snap, newRun(), { edits });
  // The whole column below the header, to the last row of the sheet: rows typed later get it too.
  const numRows = Math.max(1, sheet.getMaxRows() - settings.headerRow);
  const header = columns.length ? (snap?.header ?? sheet.getRange(settings.headerRow, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? []) : [];
  const nameOf = (c: number): string => String(header[c] ?? `column ${c + 1}`);
  const notices: CodedMessage[] = [];
  const names: string[] = [];
  for (const { c, values, list } of columns) {
    const { rule, notice } = dropdownRule(ss, list, values, nameOf(c), Boolean(stored.rejectInvalid));
    if (notice) notices.push(notice);
    if (!rule) continue;
    sheet.getRange(first, c + 1, numRows, 1).setDataValidation(rule);
    names.push(nameOf(c));
  }
  const normalized = edits.length;
  const mode = stored.rejectInvalid ? 'reject' : 'warn about';
  const summary = names.length
    ? `Dropdowns set on ${names.join(', ')} (${normalized} value(s) changed to the canonical spelling${normalized ? '; logged, "Undo last clean" reverts them' : ''}); they ${mode} values outside the list in "CRM Lists".`
    : 'No status, source, country or job title column with a list in "CRM Lists" was found.';
  return { columns: names, normalized, notices, message: [summary, ...notices.map((n) => n.message)].join('\n') };
}

/** Warning-only protection on the columns of the current selection (or the key columns). */
export function protectKeyColumns(): { protected: string[]; message: string; notices: CodedMessage[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const range = ss.getActiveRange();
  if (!range || range.getSheet().getSheetId() !== sheet.getSheetId()) throw new SheetProblem('Select a cell in each column to protect, then run again.');
  const c0 = range.getColumn();
  const n = range.getNumColumns();
  const a1 = range.getA1Notation().replace(/\d+/g, '');
  // Protecting the same columns again adds nothing: one protection per set of columns.
  const same = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => {
    const r = p.getRange();
    return p.getDescription() === PROTECTION_NOTE && r.getColumn() === c0 && r.getNumColumns() === n;
  });
  if (same) {
    const notice: CodedMessage = { code: 'protectionKept', params: { columns: a1 }, message: `Columns ${a1} were already protected by CRM Hygiene: nothing was added.` };
    return { protected: [], message: notice.message, notices: [notice] };
  }
  const p = sheet.getRange(1, c0, sheet.getMaxRows(), n).protect();
  p.setDescription(PROTECTION_NOTE);
  p.setWarningOnly(true);
  return { protected: [a1], message: `Columns ${a1} now show a warning before anyone edits them.`, notices: [] };
}

/**
 * Note "Flagged outdated by WHO on DATE: WHY" on the first cell of each selected row, plus a grey
 * highlight: a journaled run (logged per row, undone by "Undo last clean").
 */
export function flagOutdated(why: string): { rows: number; message: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const range = ss.getActiveRange();
  if (!range || range.getSheet().getSheetId() !== sheet.getSheetId()) throw new SheetProblem('Select the rows to flag, then run again.');
  const { settings } = settingsForSheet(ss, sheet);
  const start = Math.max(range.getRow(), settings.headerRow + 1);
  const end = Math.min(range.getLastRow(), sheet.getLastRow());
  if (end < start) throw new SheetProblem('Select data rows (below the header) to flag as outdated.');
  checkEditable(ss, sheet);
  const snap = readSnapshot(sheet, settings.headerRow, settings.timeZone);
  const run = newRun();
  // The note's date is the spreadsheet's day, not UTC's (core/table/zoned.ts).
  const mark = outdatedNote(run.user, wallClock(run.time, settings.timeZone), why);
  const r0 = start - snap.firstRow;
  const r1 = end - snap.firstRow;
  const backgrounds = snap.backgrounds.map((row, r) => (r >= r0 && r <= r1 ? row.map(() => OUTDATED_COLOR) : row));
  const notes = snap.notes.map((row, r) => (r >= r0 && r <= r1 ? [withOutdatedNote(row[0] ?? '', mark), ...row.slice(1)] : row));
  const extraLog: LogEntry[] = [];
  for (let row = start; row <= end; row++) {
    extraLog.push({ cell: `${a1(row, 1)}:${a1(row, snap.numColumns)}`, before: `row ${row}`, after: `flagged outdated: note on ${a1(row, 1)}, grey highlight`, rule: 'outdated.flag' });
  }
  const highlights: Highlights = { backgrounds, notes, changedBackgrounds: true, changedNotes: true, highlightedRows: r1 - r0 + 1 };
  applyJournaled(ss, sheet, snap, run, { edits: [], highlights, extraLog });
  const rows = end - start + 1;
  return { rows, message: `${rows} row(s) flagged as outdated by ${run.user}.` };
}
