import { normalizeName } from '../../core/normalize/name';
import { mapInput, type Input, type Output } from './range';

/**
 * Re-cases person names typed in ALL CAPS or all lower case (ŞAHİN YILMAZ -> Şahin Yılmaz);
 * names with mixed case are left as typed.
 *
 * @param {string|Array<Array<string>>} value A person's name or a range of names.
 * @return The names, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_NAME(value: Input): Output {
  return mapInput(value, (cell) => normalizeName(cell).value);
}
