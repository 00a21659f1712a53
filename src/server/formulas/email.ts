import { normalizeEmail } from '../../core/normalize/email';
import { mapInput, type Input, type Output } from './range';
import { documentPlaceholders } from '../../gas/document-context';

/**
 * Cleans email addresses: trims, lower-cases and fixes obvious typos in well-known mailbox
 * providers (gmail.cmo -> gmail.com). Company domains are never rewritten.
 *
 * @param {string|Array<Array<string>>} value An email address or a range of them.
 * @return The cleaned addresses, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_EMAIL(value: Input): Output {
  const placeholders = documentPlaceholders();
  return mapInput(value, (cell) => normalizeEmail(cell, { placeholders }).value);
}
