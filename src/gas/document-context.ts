// Reads what custom functions need from the document: the saved default country and the
// spreadsheet locale. Two service calls per formula evaluation (never per cell).
import { regionFromLocale } from '../core/settings';

export const SETTINGS_PROPERTY = 'crmHygiene.settings';

/** Default phone region: the add-on settings first, then the spreadsheet locale; undefined if neither. */
export function documentDefaultCountry(): string | undefined {
  try {
    const raw = PropertiesService.getDocumentProperties()?.getProperty(SETTINGS_PROPERTY);
    if (raw) {
      const saved = JSON.parse(raw) as { defaultCountry?: unknown };
      if (typeof saved.defaultCountry === 'string' && /^[A-Za-z]{2}$/.test(saved.defaultCountry)) {
        return saved.defaultCountry.toUpperCase();
      }
    }
  } catch {
    // Unreadable settings must not break a formula: fall through to the locale.
  }
  try {
    return regionFromLocale(SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale());
  } catch {
    return undefined;
  }
}
