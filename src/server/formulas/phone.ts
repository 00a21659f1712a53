import type { PhoneFormat } from '../../core/normalize/types';
import { normalizePhone } from '../../core/normalize/phone';
import { documentDefaultCountry, documentPlaceholders, savedSettings } from '../../gas/document-context';
import { mapInput, textArg, type Input, type Output } from './range';

const PHONE_FORMATS: PhoneFormat[] = ['E164', 'INTERNATIONAL', 'NATIONAL'];

function phoneFormatArg(arg: unknown): PhoneFormat {
  const wanted = textArg(arg).toUpperCase().replace(/[^A-Z0-9]/g, '');
  const found = PHONE_FORMATS.find((f) => f === wanted);
  if (found) return found;
  if (wanted === '' || wanted === 'E164') return 'E164';
  throw new Error(`Unknown phone format "${textArg(arg)}": use "E164", "INTERNATIONAL" or "NATIONAL".`);
}

/**
 * Normalizes phone numbers to one format (E.164 by default, like +6281234567890). Numbers
 * without a country code use defaultCountry; invalid numbers come back unchanged.
 *
 * @param {string|Array<Array<string>>} value A phone number or a range of them.
 * @param {string} defaultCountry Optional. Two-letter country code (ISO 3166) for numbers written without +; defaults to the add-on setting or the spreadsheet locale.
 * @param {string} format Optional. "E164" (default), "INTERNATIONAL" or "NATIONAL".
 * @return The normalized phone numbers, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_PHONE(value: Input, defaultCountry?: unknown, format?: unknown): Output {
  const format_ = phoneFormatArg(format);
  const given = textArg(defaultCountry).toUpperCase();
  if (given && !/^[A-Z]{2}$/.test(given)) {
    throw new Error(`defaultCountry must be a two-letter country code such as "ID", not "${textArg(defaultCountry)}".`);
  }
  const saved = savedSettings();
  const region = given || documentDefaultCountry(saved);
  const placeholders = documentPlaceholders(saved);
  return mapInput(value, (cell) => normalizePhone(cell, { defaultCountry: region, format: format_, placeholders }).value);
}
