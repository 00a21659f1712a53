// What custom functions need from the document: the default country for phone numbers, from the
// saved settings or the spreadsheet locale (core/settings/effective.ts decides). One service call
// per formula evaluation when a country is saved, two otherwise (never per cell).
import { effectiveDefaultCountry } from '../core/settings/default-country';
import { parseStoredSettings, SETTINGS_PROPERTY } from './settings-property';

/** Default phone region: the add-on settings first, then the spreadsheet locale; undefined if neither. */
export function documentDefaultCountry(): string | undefined {
  let saved: string | undefined;
  try {
    const stored = parseStoredSettings(PropertiesService.getDocumentProperties()?.getProperty(SETTINGS_PROPERTY) ?? null);
    saved = effectiveDefaultCountry({ defaultCountry: stored?.defaultCountry });
  } catch {
    // Unreadable settings must not break a formula: fall through to the locale.
  }
  if (saved) return saved;
  try {
    return effectiveDefaultCountry({ locale: SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale() });
  } catch {
    return undefined;
  }
}
