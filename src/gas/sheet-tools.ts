// Set up dropdowns, Protect key columns, Flag as outdated: small batch actions on the active sheet.
import type { CellChange } from '../core/normalize/normalize-table';
import { canonicalize, dropdownValues, listForRole, LIST_ROLES } from '../core/lists/value-map';
import { outdatedNote, withOutdatedNote } from '../core/audit/outdated';
import { placeholderSet } from '../core/normalize/placeholder';
import { settingsForSheet } from './settings-store';
import { listRange, readValueMap } from './lists-sheet';
import { LISTS_SHEET } from './sheet-names';
import { isLockedCell, readSnapshot, sheetProblem } from './sheet-snapshot';
import type { UserMessage } from '../core/messages';
import { said } from './messages';
import { checkEditable } from './preflight';
import { a1 } from '../core/table/a1';
import { wallClock } from '../core/table/zoned';
import { newRun } from './run-context';
import { applyJournaled } from './journaled-run';
import type { Highlights } from './highlights';
import type { RowLogEntry } from './clean-ops';

const OUTDATED_COLOR = '#d9d9d9';

/** A list of items in a dropdown rule holds at most 500 values (Sheets' limit). */
const MAX_LIST_ITEMS = 500;
const PROTECTION_NOTE = 'CRM Hygiene: key columns (warning only)';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * The rule of one column: its values as a list of items, or, past 500 of them, read from their
 * cells in "CRM Lists"; a notice says which, or why there is none.
 */
function dropdownRule(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, list: string, values: string[], column: string, reject: boolean): { rule: DataValidation | null; notice?: UserMessage } {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(!reject);
  if (values.length <= MAX_LIST_ITEMS) return { rule: builder.requireValueInList(values, true).build() };
  const range = listRange(ss, list);
  if (range === null || range === 'split') {
    // Past 500 values the list is the user's own (the default lists are short): its rows are split.
    return { rule: null, notice: said('msg.dropdownListSplit', { column, n: values.length }) };
  }
  const where = `'${LISTS_SHEET}'!${range.getA1Notation()}`;
  return {
    rule: builder.requireValueInRange(range, true).build(),
    notice: said('msg.dropdownFromRange', { column, n: values.length, range: where }),
  };
}

export function setUpDropdowns(): { columns: string[]; normalized: number; message: UserMessage; notices: UserMessage[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const { settings, stored } = settingsForSheet(ss, sheet);
  const map = readValueMap(ss).map;
  const lastRow = sheet.getLastRow();
  const first = settings.headerRow + 1;
  if (lastRow < settings.headerRow) throw sheetProblem('msg.sheet.empty', { sheet: sheet.getName() });
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
      const canon = canonicalize(map, list, v, placeholderSet(settings.placeholders));
      if (canon !== null && canon !== v) edits.push({ row: r, column: c, before: v, after: canon, rule: 'dropdown.canonical', why: 'canonical spelling from "CRM Lists"' });
    });
  }
  if (snap && edits.length > 0) applyJournaled(ss, sheet, snap, newRun(), { action: 'dropdowns', edits });
  // The whole column below the header, to the last row of the sheet: rows typed later get it too.
  const numRows = Math.max(1, sheet.getMaxRows() - settings.headerRow);
  const header = columns.length ? (snap?.header ?? sheet.getRange(settings.headerRow, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? []) : [];
  const nameOf = (c: number): string => String(header[c] ?? `column ${c + 1}`);
  const notices: UserMessage[] = [];
  const names: string[] = [];
  for (const { c, values, list } of columns) {
    const { rule, notice } = dropdownRule(ss, list, values, nameOf(c), Boolean(stored.rejectInvalid));
    if (notice) notices.push(notice);
    if (!rule) continue;
    sheet.getRange(first, c + 1, numRows, 1).setDataValidation(rule);
    names.push(nameOf(c));
  }
  const normalized = edits.length;
  const fixed = normalized ? [said('msg.dropdowns.fixed', { n: normalized })] : [];
  return {
    columns: names,
    normalized,
    notices,
    message: names.length
      ? said(stored.rejectInvalid ? 'msg.dropdowns.reject' : 'msg.dropdowns.warn', { columns: names.join(', ') }, [...fixed, ...notices])
      : said('msg.dropdowns.none', {}, notices),
  };
}

/** Warning-only protection on the columns of the current selection (or the key columns). */
export function protectKeyColumns(): { protected: string[]; message: UserMessage; notices: UserMessage[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const range = ss.getActiveRange();
  if (!range || range.getSheet().getSheetId() !== sheet.getSheetId()) throw sheetProblem('msg.protect.select');
  const c0 = range.getColumn();
  const n = range.getNumColumns();
  const a1 = range.getA1Notation().replace(/\d+/g, '');
  // Protecting the same columns again adds nothing: one protection per set of columns.
  const same = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => {
    const r = p.getRange();
    return p.getDescription() === PROTECTION_NOTE && r.getColumn() === c0 && r.getNumColumns() === n;
  });
  if (same) {
    const notice = said('msg.protectionKept', { columns: a1 });
    return { protected: [], message: notice, notices: [notice] };
  }
  const p = sheet.getRange(1, c0, sheet.getMaxRows(), n).protect();
  p.setDescription(PROTECTION_NOTE);
  p.setWarningOnly(true);
  return { protected: [a1], message: said('msg.protect.done', { columns: a1 }), notices: [] };
}

/**
 * Note "Flagged outdated by WHO on DATE: WHY" on the first cell of each selected row, plus a grey
 * highlight: a journaled run (logged per row, undone by "Undo last clean").
 */
export function flagOutdated(why: string): { rows: number; message: UserMessage } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const range = ss.getActiveRange();
  if (!range || range.getSheet().getSheetId() !== sheet.getSheetId()) throw sheetProblem('msg.flag.select');
  const { settings } = settingsForSheet(ss, sheet);
  const start = Math.max(range.getRow(), settings.headerRow + 1);
  const end = Math.min(range.getLastRow(), sheet.getLastRow());
  if (end < start) throw sheetProblem('msg.flag.belowHeader');
  checkEditable(ss, sheet);
  const snap = readSnapshot(sheet, settings.headerRow, settings.timeZone);
  const run = newRun();
  // The note's date is the spreadsheet's day, not UTC's (core/table/zoned.ts).
  const mark = outdatedNote(run.user, wallClock(run.time, settings.timeZone), why);
  const r0 = start - snap.firstRow;
  const r1 = end - snap.firstRow;
  const backgrounds = snap.backgrounds.map((row, r) => (r >= r0 && r <= r1 ? row.map(() => OUTDATED_COLOR) : row));
  const notes = snap.notes.map((row, r) => (r >= r0 && r <= r1 ? [withOutdatedNote(row[0] ?? '', mark), ...row.slice(1)] : row));
  const rowLog: RowLogEntry[] = [];
  for (let row = start; row <= end; row++) {
    rowLog.push({ row: row - snap.firstRow, cell: `${a1(row, 1)}:${a1(row, snap.numColumns)}`, before: `row ${row}`, after: `flagged outdated: note on ${a1(row, 1)}, grey highlight`, rule: 'outdated.flag' });
  }
  const highlights: Highlights = { backgrounds, notes, changedBackgrounds: true, changedNotes: true, highlightedRows: r1 - r0 + 1 };
  applyJournaled(ss, sheet, snap, run, { action: 'flag', edits: [], highlights, rowLog });
  const rows = end - start + 1;
  return { rows, message: said('msg.flag.done', { n: rows, user: run.user }) };
}
