// What custom functions need from the document: the saved settings (default country, the team's
// own placeholder words) and the spreadsheet locale. One settings read and at most one locale read
// per formula evaluation (never per cell): read the settings once with savedSettings() and pass
// them to both. Kept light on purpose: a formula loads this module, not the settings store.
import { effectiveDefaultCountry } from '../core/settings/default-country';
import { placeholderSet } from '../core/normalize/placeholder';
import { parseStoredSettings, SETTINGS_PROPERTY } from './settings-property';

/** The saved add-on settings as far as formulas use them (unchecked JSON). */
export interface SavedSettings {
  defaultCountry?: unknown;
  placeholders?: unknown;
}

export function savedSettings(): SavedSettings | null {
  try {
    return parseStoredSettings(PropertiesService.getDocumentProperties()?.getProperty(SETTINGS_PROPERTY) ?? null) as SavedSettings | null;
  } catch {
    // Unreadable settings must not break a formula: no saved settings.
    return null;
  }
}

/** Default phone region: the add-on settings first, then the spreadsheet locale; undefined if neither. */
export function documentDefaultCountry(saved: SavedSettings | null = savedSettings()): string | undefined {
  const country = typeof saved?.defaultCountry === 'string' ? saved.defaultCountry : undefined;
  const fromSettings = effectiveDefaultCountry({ defaultCountry: country });
  if (fromSettings) return fromSettings;
  try {
    return effectiveDefaultCountry({ locale: SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale() });
  } catch {
    return undefined;
  }
}

/** The team's own placeholder words from the add-on settings (N/A and the built-in ones always count). */
export function documentPlaceholders(saved: SavedSettings | null = savedSettings()): ReadonlySet<string> | undefined {
  const tokens = saved?.placeholders;
  return Array.isArray(tokens) ? placeholderSet(tokens) : undefined;
}
