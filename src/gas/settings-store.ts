// Per-document settings in document properties under 'crmHygiene.settings', detected on first
// use (header row, roles, default country from the locale) and saved; the sidebar language in
// the user's own properties. Which settings a sheet is cleaned with is decided in
// core/settings/effective.ts.
import type { Cell, ColumnRole, ColumnRoles } from '../core/table';
import type { Settings } from '../core/settings';
import { DEFAULT_SETTINGS, regionFromLocale } from '../core/settings';
import type { StoredSettings } from '../core/settings/stored';
import { detectedRoles, effectiveSettings } from '../core/settings/effective';
import { parseStoredSettings, SETTINGS_PROPERTY } from './settings-property';
import { said } from './messages';
import { CodedError } from '../core/messages';
import { utf8Bytes } from './text-chunks';

export type { StoredSettings };
export { parseStoredSettings, SETTINGS_PROPERTY };

const UI_LANGUAGE_PROPERTY = 'crmHygiene.uiLanguage';
/** Rows read to find the header row and detect the roles (header within the first 10). */
const DETECT_ROWS = 60;

export function readStoredSettings(): StoredSettings | null {
  return parseStoredSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY));
}


/** Apps Script allows 9 KB per property value, counted in UTF-8 bytes: sheet names in Vietnamese or Czech take two or three bytes a letter. */
const SETTINGS_MAX_BYTES = 8500;

export function writeStoredSettings(stored: StoredSettings): void {
  const { valueMap: _omit, ...rest } = stored;
  const text = JSON.stringify(rest);
  const bytes = utf8Bytes(text);
  if (bytes > SETTINGS_MAX_BYTES) throw new SettingsTooLarge(bytes);
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, text);
}

/** The settings no longer fit one property value (msg.settingsTooLarge; nothing saved). */
export class SettingsTooLarge extends CodedError {
  constructor(bytes: number) {
    super(said('msg.settingsTooLarge', { kb: Math.ceil(bytes / 1024) }));
  }
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

/** The header row and roles of a sheet never seen before, from one read of its top rows. */
function detectSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): { headerRow: number; roles: ColumnRoles } {
  const lastRow = Math.min(sheet.getLastRow(), DETECT_ROWS);
  const lastColumn = sheet.getLastColumn();
  const top = lastRow > 0 && lastColumn > 0 ? (sheet.getRange(1, 1, lastRow, lastColumn).getValues() as Cell[][]) : [];
  const headerRow = detectHeaderRow(top.slice(0, 10));
  const header = (top[headerRow - 1] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  return { headerRow, roles: detectedRoles({ header, rows: top.slice(headerRow) }) };
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
    const detected = detectSheet(sheet);
    stored = {
      ...DEFAULT_SETTINGS,
      defaultCountry: regionFromLocale(locale),
      ...(stored ?? {}),
      locale,
      headerRowBySheet: { ...(stored?.headerRowBySheet ?? {}), [name]: detected.headerRow },
      rolesBySheet: { ...(stored?.rolesBySheet ?? {}), [name]: detected.roles },
    };
    writeStoredSettings(stored);
  }
  return { settings: effectiveSettings(stored, { sheetName: name, locale, timeZone: ss.getSpreadsheetTimeZone() }), stored };
}

/** What the sidebar's Settings form changes, already checked by the sidebar API. */
export interface SettingsChange {
  /** Role per column of the sheet (0-based index); null = none. */
  columns?: Array<{ index: number; role: ColumnRole | null }>;
  /** '' = none (the locale decides). */
  defaultCountry?: string;
  phoneFormat?: Settings['phoneFormat'];
  legalFormStyle?: Settings['legalFormStyle'];
  requiredFields?: ColumnRole[];
  staleMonths?: number;
  /** The team's own placeholder words, checked. */
  placeholders?: string[];
  /** '' = follow the user's locale. */
  uiLanguage?: string;
}

/** Save a change of the sidebar's Settings form for `sheet` (roles are per sheet). */
export function saveSettingsChange(sheet: GoogleAppsScript.Spreadsheet.Sheet, before: StoredSettings, change: SettingsChange): void {
  const stored: StoredSettings = { ...(readStoredSettings() ?? before) };
  if (change.columns) {
    const width = sheet.getLastColumn();
    const roles: ColumnRoles = new Array<ColumnRole | null>(width).fill(null);
    for (const c of change.columns) if (c.index >= 0 && c.index < width) roles[c.index] = c.role;
    stored.rolesBySheet = { ...(stored.rolesBySheet ?? {}), [sheet.getName()]: roles };
  }
  if (change.defaultCountry !== undefined) stored.defaultCountry = change.defaultCountry || undefined;
  if (change.phoneFormat !== undefined) stored.phoneFormat = change.phoneFormat;
  if (change.legalFormStyle !== undefined) stored.legalFormStyle = change.legalFormStyle;
  if (change.requiredFields !== undefined) stored.requiredFields = change.requiredFields;
  if (change.staleMonths !== undefined) stored.staleMonths = change.staleMonths;
  if (change.placeholders !== undefined) stored.placeholders = change.placeholders;
  writeStoredSettings(stored);
  if (change.uiLanguage !== undefined) saveUiLanguage(change.uiLanguage);
}

/** The sidebar language the user chose ('' = follow their locale). */
export function readUiLanguage(): string {
  return PropertiesService.getUserProperties().getProperty(UI_LANGUAGE_PROPERTY) ?? '';
}

function saveUiLanguage(lang: string): void {
  if (lang) PropertiesService.getUserProperties().setProperty(UI_LANGUAGE_PROPERTY, lang.slice(0, 10));
  else PropertiesService.getUserProperties().deleteProperty(UI_LANGUAGE_PROPERTY);
}
