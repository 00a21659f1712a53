// What the sidebar reads about the active data sheet: settings, snapshot, value map, and the
// text form of cells (the sidebar only ever receives strings).
import type { Cell, ColumnRoles, Table } from '../core/table';
import type { Settings } from '../core/settings';
import { detectColumns } from '../core/table/columns';
import { isAddonSheet } from '../gas/sheet-names';
import { readStoredSettings, settingsForSheet, type StoredSettings } from '../gas/settings-store';
import { readSnapshot, type SheetSnapshot } from '../gas/sheet-snapshot';
import { readValueMap } from '../gas/lists-sheet';
import { outdatedMarksFromNotes } from '../core/audit/outdated';

export interface SidebarContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  settings: Settings;
  stored: StoredSettings;
}

/** The sheet the user is looking at, or the first data sheet when an add-on sheet is active. */
export function dataSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const active = ss.getActiveSheet();
  if (active && !isAddonSheet(active.getName())) return active;
  const other = ss.getSheets().find((s) => !isAddonSheet(s.getName()));
  if (!other) throw new Error('There is no data sheet in this spreadsheet yet.');
  return other;
}

export function sidebarContext(): SidebarContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = dataSheet(ss);
  const { settings, stored } = settingsForSheet(ss, sheet);
  return { ss, sheet, settings, stored };
}

export interface LoadedSheet {
  snap: SheetSnapshot;
  table: Table;
  settings: Settings;
  roles: ColumnRoles;
  detected: ColumnRoles;
}

/** One batch read of the data sheet plus the value map, as the clean would see them. */
export function loadSheet(ctx: SidebarContext): LoadedSheet {
  const snap = readSnapshot(ctx.sheet, ctx.settings.headerRow);
  const table: Table = { header: snap.header, rows: snap.values };
  const settings: Settings = { ...ctx.settings, valueMap: readValueMap(ctx.ss).map };
  const detected = detectColumns(snap.header, snap.values.slice(0, 50));
  const roles = settings.roles && settings.roles.length === snap.header.length ? settings.roles : detected;
  return { snap, table, settings: { ...settings, roles }, roles, detected };
}

export function outdatedMarks(snap: SheetSnapshot) {
  return outdatedMarksFromNotes(snap.notes);
}

export function notDuplicatePairs(): Array<[string, string]> {
  return readStoredSettings()?.notDuplicates ?? [];
}

/** A cell as the user sees it, as plain text. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Object.prototype.toString, not instanceof: a Date may come from another realm (tests' vm).
  if (Object.prototype.toString.call(value) === '[object Date]') {
    value = value as Date;
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return String(value);
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
