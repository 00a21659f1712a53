// Set up dropdowns, Protect key columns, Flag as outdated: small batch actions on the active sheet.
import type { Cell } from '../core/table';
import { canonicalize, dropdownValues, listForRole, LIST_ROLES } from '../core/value-map';
import { outdatedNote, withOutdatedNote } from '../core/outdated';
import { settingsForSheet } from './settings-store';
import { readValueMap } from './lists-sheet';
import { SheetProblem } from './sheet-snapshot';
import { checkEditable } from './preflight';
import { forWrite } from './cell-codec';
import { newRun } from './run-context';

const OUTDATED_COLOR = '#d9d9d9';

export function setUpDropdowns(): { columns: string[]; normalized: number; message: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const { settings, stored } = settingsForSheet(ss, sheet);
  const map = readValueMap(ss).map;
  const lastRow = sheet.getLastRow();
  const first = settings.headerRow + 1;
  if (lastRow < settings.headerRow) throw new SheetProblem(`"${sheet.getName()}" is empty.`);
  checkEditable(ss, sheet);
  const roles = settings.roles ?? [];
  const header = sheet.getRange(settings.headerRow, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
  const columns: string[] = [];
  let normalized = 0;
  const numRows = Math.max(1, lastRow - settings.headerRow);
  roles.forEach((role, c) => {
    if (!role || !LIST_ROLES.includes(role)) return;
    const values = dropdownValues(map, role);
    const list = listForRole(role);
    if (values.length === 0 || !list || values.length > 500) return;
    const range = sheet.getRange(first, c + 1, numRows, 1);
    if (lastRow >= first) {
      const current = range.getValues() as Cell[][];
      const formulas = range.getFormulas();
      let changed = false;
      const next = current.map((row, r) => {
        const v = row[0];
        if (formulas[r]?.[0]) return [formulas[r]?.[0] as string];
        const canon = canonicalize(map, list, v);
        if (canon !== null && canon !== v) {
          changed = true;
          normalized++;
          return [forWrite(canon, '')];
        }
        return [forWrite(v ?? '', '')];
      });
      if (changed) range.setValues(next);
    }
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(!stored.rejectInvalid).build();
    range.setDataValidation(rule);
    columns.push(String(header[c] ?? `column ${c + 1}`));
  });
  const mode = stored.rejectInvalid ? 'reject' : 'warn about';
  return {
    columns,
    normalized,
    message: columns.length
      ? `Dropdowns set on ${columns.join(', ')} (${normalized} value(s) changed to the canonical spelling); they ${mode} values outside the list in "CRM Lists".`
      : 'No status, source, country or job title column with a list in "CRM Lists" was found.',
  };
}

/** Warning-only protection on the columns of the current selection (or the key columns). */
export function protectKeyColumns(): { protected: string[]; message: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const range = ss.getActiveRange();
  if (!range || range.getSheet().getSheetId() !== sheet.getSheetId()) throw new SheetProblem('Select a cell in each column to protect, then run again.');
  const c0 = range.getColumn();
  const n = range.getNumColumns();
  const p = sheet.getRange(1, c0, sheet.getMaxRows(), n).protect();
  p.setDescription('CRM Hygiene: key columns (warning only)');
  p.setWarningOnly(true);
  const a1 = range.getA1Notation().replace(/\d+/g, '');
  return { protected: [a1], message: `Columns ${a1} now show a warning before anyone edits them.` };
}

/** Note "Flagged outdated by WHO on DATE: WHY" on the first cell of each selected row, plus a grey highlight. */
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
  const run = newRun();
  const width = Math.max(1, sheet.getLastColumn());
  const rows = end - start + 1;
  const firstCells = sheet.getRange(start, 1, rows, 1);
  const notes = firstCells.getNotes();
  const mark = outdatedNote(run.user, run.time, why);
  firstCells.setNotes(notes.map((row) => [withOutdatedNote(row[0] ?? '', mark)]));
  sheet.getRange(start, 1, rows, width).setBackground(OUTDATED_COLOR);
  return { rows, message: `${rows} row(s) flagged as outdated by ${run.user}.` };
}
