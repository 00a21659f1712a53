// The default phone region of a document, apart from the rest of the effective settings: a
// CRM_NORMALIZE_PHONE call needs this and nothing else, so it must not pull column detection in.
import { regionFromLocale, type Settings } from './index';

/**
 * Region for phone numbers written without a country code: the setting when it is a two-letter
 * code (any case), else the region of the spreadsheet locale (`id_ID` -> ID), else none.
 */
export function effectiveDefaultCountry(settings: Pick<Settings, 'defaultCountry' | 'locale'>): string | undefined {
  const code = typeof settings.defaultCountry === 'string' ? settings.defaultCountry.trim().toUpperCase() : '';
  // A stored value that is not a code (typed by hand in a settings file) must not reach the phone
  // library as a region: the locale is a better guess than nothing.
  if (/^[A-Z]{2}$/.test(code)) return code;
  return regionFromLocale(settings.locale);
}
