// The data sheet the sidebar works on (the active sheet, or the first data sheet when one of the
// add-on's own sheets is active), read once with its settings and value map as "Clean this sheet"
// would see it, and the plan and audit made from that read.
import type { ColumnRoles, Table } from '../core/table';
import type { Settings } from '../core/settings';
import { detectedRoles, resolveRoles } from '../core/settings/effective';
import { clean, type Plan } from '../core/plan';
import { audit, type AuditReport } from '../core/audit';
import { outdatedMarksFromNotes } from '../core/audit/outdated';
import { isAddonSheet } from './sheet-names';
import { settingsForSheet, type StoredSettings } from './settings-store';
import { isLockedCell, readSnapshot, type SheetSnapshot } from './sheet-snapshot';
import { readValueMap } from './lists-sheet';
import { userError } from './messages';
import { readDecisions } from './decisions-sheet';

export interface DataSheet {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  settings: Settings;
  stored: StoredSettings;
}

/** The sheet the user is looking at, or the first data sheet when an add-on sheet is active. */
function dataSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const active = ss.getActiveSheet();
  if (active && !isAddonSheet(active.getName())) return active;
  const other = ss.getSheets().find((s) => !isAddonSheet(s.getName()));
  if (!other) throw userError('msg.noDataSheet');
  return other;
}

export function openDataSheet(): DataSheet {
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
  /** Pairs the user said are not duplicates (row fingerprints). */
  notDuplicates: Array<[string, string]>;
}

/** One batch read of the data sheet plus the value map. */
export function loadDataSheet(ds: DataSheet): LoadedSheet {
  const snap = readSnapshot(ds.sheet, ds.settings.headerRow, ds.settings.timeZone);
  const table: Table = { header: snap.header, rows: snap.values };
  const settings: Settings = { ...ds.settings, valueMap: readValueMap(ds.ss).map };
  const roles = resolveRoles(table, settings);
  return { snap, table, settings: { ...settings, roles }, roles, detected: detectedRoles(table), notDuplicates: readDecisions(ds.ss, ds.stored) };
}

/** Formula cells and cells an array formula fills: never written by the clean, so never counted as needing it either. */
function lockedCell(loaded: LoadedSheet): (r: number, c: number) => boolean {
  return (r, c) => isLockedCell(loaded.snap, r, c);
}

/** The plan "Clean this sheet" would make now (formula cells protected). */
export function planOf(loaded: LoadedSheet): Plan {
  const { snap } = loaded;
  return clean(loaded.table, loaded.settings, {
    isProtected: lockedCell(loaded),
    notDuplicates: loaded.notDuplicates,
    outdated: outdatedMarksFromNotes(snap.notes),
  });
}

/** The audit of the sheet as it is now: the same groups and score as planOf's "before". */
export function auditOf(loaded: LoadedSheet): AuditReport {
  return audit(loaded.table, loaded.settings, { notDuplicates: loaded.notDuplicates, outdated: outdatedMarksFromNotes(loaded.snap.notes), isProtected: lockedCell(loaded) });
}
