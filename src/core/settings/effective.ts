/**
 * The effective settings: the one place that decides which default country, column roles, stale
 * window and locale a sheet is cleaned, audited, previewed and typed into with. The add-on (every
 * menu item, the sidebar, clean at entry, the custom functions) and the command line all ask
 * here, so a sheet never gets two answers.
 */
import type { ColumnRoles, Table } from '../table';
import { detectColumns } from '../table/columns';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './index';
import type { StoredSettings } from './stored';

export { effectiveDefaultCountry } from './default-country';

/** Rows of a sheet that column detection looks at (the header says most; values settle the rest). */
export const ROLE_SAMPLE_ROWS = 50;

export interface SheetFacts {
  /** The sheet the settings are for: its roles and header row are stored per sheet name. */
  sheetName?: string;
  /** The spreadsheet's locale as read now; when omitted, the stored one is used. */
  locale?: string;
  /** The spreadsheet's time zone as read now (never stored: the user may change it any day). */
  timeZone?: string;
}

/** Settings of one sheet: the defaults, then what is stored, then what is stored for this sheet. */
export function effectiveSettings(stored: StoredSettings | null | undefined, facts: SheetFacts = {}): Settings {
  // The add-on's bookkeeping is not a setting of the clean: leave it out.
  const { rolesBySheet, headerRowBySheet, rejectInvalid: _r, notDuplicates: _n, cleanBudgetMs: _b, cleanChunkRows: _c, ...base } = stored ?? {};
  const name = facts.sheetName;
  const headerRow = (name !== undefined ? headerRowBySheet?.[name] : undefined) ?? base.headerRow ?? DEFAULT_SETTINGS.headerRow;
  const roles = (name !== undefined ? rolesBySheet?.[name] : undefined) ?? base.roles;
  return withDefaults({ ...base, headerRow, roles, locale: facts.locale ?? base.locale, timeZone: facts.timeZone ?? base.timeZone });
}


/** Roles detected from the header and the first rows, whatever the user chose. */
export function detectedRoles(table: Table): ColumnRoles {
  return detectColumns(table.header, table.rows.slice(0, ROLE_SAMPLE_ROWS));
}

/** The roles to use: the user's choice when it fits the header, else the detected roles. */
export function resolveRoles(table: Table, settings: Pick<Settings, 'roles'>): ColumnRoles {
  if (settings.roles && settings.roles.length === table.header.length) return settings.roles;
  return detectedRoles(table);
}

/** Months without activity after which a row is stale (and may be archived as inactive). */
export function effectiveStaleMonths(settings: Pick<Settings, 'staleMonths'>): number {
  return settings.staleMonths > 0 ? settings.staleMonths : DEFAULT_SETTINGS.staleMonths;
}

/** The locale the sidebar speaks: the user's own, else the spreadsheet's ('' when neither is known). */
export function effectiveUserLocale(userLocale: string | null | undefined, spreadsheetLocale: string | null | undefined): string {
  return userLocale || spreadsheetLocale || '';
}
