import { normalizeTitle } from '../../core/normalize/title';
import { mapInput, type Input, type Output } from './range';

/**
 * Maps job-title variants to one canonical title (CMO, Chief Marketing Officer, Marketing Chief,
 * Pazarlama Direktörü -> Chief Marketing Officer). Unknown titles come back unchanged.
 *
 * @param {string|Array<Array<string>>} value A job title or a range of them.
 * @return The titles, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_TITLE(value: Input): Output {
  return mapInput(value, (cell) => normalizeTitle(cell).value);
}
