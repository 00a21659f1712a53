import { normalizeCountry } from '../../core/normalize/country';
import { mapInput, textArg, type Input, type Output } from './range';
import { documentPlaceholders } from '../../gas/document-context';

/**
 * Turns any spelling of a country (USA, U.S.A., Amerika Birleşik Devletleri, Hoa Kỳ) into one
 * value. Ambiguous names such as Korea come back unchanged.
 *
 * @param {string|Array<Array<string>>} value A country or a range of them.
 * @param {string} output Optional. "name" (English name, default), "iso2", or a language code such as "id", "vi", "cs", "sv", "tr" for the local name.
 * @return The countries, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_COUNTRY(value: Input, output?: unknown): Output {
  const out = textArg(output) || 'name';
  const placeholders = documentPlaceholders();
  return mapInput(value, (cell) => normalizeCountry(cell, { output: out, placeholders }).value);
}
