// Per-document settings in document properties under 'crmHygiene.settings', detected on first
// use (header row, roles, default country from the locale) and saved.
import type { Cell } from '../core/table';
import { DEFAULT_SETTINGS, regionFromLocale, withDefaults, type Settings } from '../core/settings';
import { detectColumns } from '../core/table/columns';
import { SETTINGS_PROPERTY } from './document-context';

/** Settings as stored: the value map lives in the CRM Lists sheet, roles per sheet. */
export interface StoredSettings extends Partial<Settings> {
  /** Column roles per sheet name, when the user chose them. */
  rolesBySheet?: Record<string, Settings['roles']>;
  /** Header row per sheet name. */
  headerRowBySheet?: Record<string, number>;
  /** Dropdowns: reject values outside the list (true) or only warn (false, the default). */
  rejectInvalid?: boolean;
  /** Pairs of row fingerprints the user said are not duplicates. */
  notDuplicates?: Array<[string, string]>;
  /** Advanced: time budget of one execution of a clean (ms) and rows per write step. */
  cleanBudgetMs?: number;
  cleanChunkRows?: number;
}

export function readStoredSettings(): StoredSettings | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredSettings;
  } catch {
    return null;
  }
}

export function writeStoredSettings(stored: StoredSettings): void {
  const { valueMap: _omit, ...rest } = stored;
  const text = JSON.stringify(rest);
  if (text.length > 8500) throw new Error('The settings are too large to save (more than 8.5 KB). Remove some "not duplicate" pairs and try again.');
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, text);
}

/** First of the top 10 rows with at least two text cells and mostly text: the header row. */
export function detectHeaderRow(top: Cell[][]): number {
  for (let r = 0; r < top.length; r++) {
    const row = top[r] ?? [];
    const filled = row.filter((v) => v !== '' && v !== null && v !== undefined);
    const texts = filled.filter((v) => typeof v === 'string');
    if (filled.length >= 2 && texts.length >= filled.length * 0.8) return r + 1;
  }
  return 1;
}

/**
 * Settings for one sheet: stored ones when present, else detected from its top rows and the
 * spreadsheet locale (and saved, so the sidebar shows what was detected).
 */
export function settingsForSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): { settings: Settings; stored: StoredSettings } {
  const name = sheet.getName();
  let stored = readStoredSettings();
  const locale = ss.getSpreadsheetLocale();
  if (!stored || stored.headerRowBySheet?.[name] === undefined) {
    const lastRow = Math.min(sheet.getLastRow(), 60);
    const lastColumn = sheet.getLastColumn();
    const top = lastRow > 0 && lastColumn > 0 ? (sheet.getRange(1, 1, lastRow, lastColumn).getValues() as Cell[][]) : [];
    const headerRow = detectHeaderRow(top.slice(0, 10));
    const header = top[headerRow - 1] ?? [];
    const roles = detectColumns(header, top.slice(headerRow));
    stored = {
      ...DEFAULT_SETTINGS,
      defaultCountry: regionFromLocale(locale),
      ...(stored ?? {}),
      locale,
      headerRowBySheet: { ...(stored?.headerRowBySheet ?? {}), [name]: headerRow },
      rolesBySheet: { ...(stored?.rolesBySheet ?? {}), [name]: roles },
    };
    writeStoredSettings(stored);
  }
  const headerRow = stored.headerRowBySheet?.[name] ?? stored.headerRow ?? 1;
  const { rolesBySheet, headerRowBySheet: _h, rejectInvalid: _r, notDuplicates: _n, cleanBudgetMs: _b, cleanChunkRows: _c, ...base } = stored;
  const settings = withDefaults({ ...base, headerRow, locale, roles: rolesBySheet?.[name] });
  return { settings, stored };
}
