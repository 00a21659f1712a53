import { normalizeName } from '../../core/normalize/name';
import { mapInput, type Input, type Output } from './range';
import { documentPlaceholders } from '../../gas/document-context';

/**
 * Re-cases person names typed in ALL CAPS or all lower case (ŞAHİN YILMAZ -> Şahin Yılmaz) and
 * the words typed in the wrong case inside a name (budi SANTOSO -> Budi Santoso); deliberate
 * forms such as McDonald, van der Berg or O'Neil are kept. Placeholders such as N/A stay as typed.
 *
 * @param {string|Array<Array<string>>} value A person's name or a range of names.
 * @return The names, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_NAME(value: Input): Output {
  const placeholders = documentPlaceholders();
  return mapInput(value, (cell) => normalizeName(cell, { placeholders }).value);
}
