import { normalizeTitle } from '../../core/normalize/title';
import { mapInput, type Input, type Output } from './range';
import { documentPlaceholders } from '../../gas/document-context';

/**
 * Maps job-title variants to one canonical title (CMO, Chief Marketing Officer, Marketing Chief,
 * Pazarlama Direktörü -> Chief Marketing Officer). Unknown titles come back unchanged.
 *
 * @param {string|Array<Array<string>>} value A job title or a range of them.
 * @return The titles, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_TITLE(value: Input): Output {
  const placeholders = documentPlaceholders();
  return mapInput(value, (cell) => normalizeTitle(cell, { placeholders }).value);
}
