import { normalizeCompany, companyKey } from '../../core/normalize/company';
import { mapInput, type Input, type Output } from './range';
import { documentPlaceholders } from '../../gas/document-context';

/**
 * Writes company legal forms one consistent way (ACME INC and Acme, Inc. -> Acme Inc.), including
 * Indonesian, Vietnamese, Czech, Swedish and Turkish forms (PT, Công ty TNHH, s.r.o., AB, A.Ş.).
 *
 * @param {string|Array<Array<string>>} value A company name or a range of them.
 * @return The company names, same shape as the input.
 * @customfunction
 */
export function CRM_NORMALIZE_COMPANY(value: Input): Output {
  const placeholders = documentPlaceholders();
  return mapInput(value, (cell) => normalizeCompany(cell, { placeholders }).value);
}

/**
 * The matching key of a company name: folded, legal form and noise removed, so
 * PT Acme Indonesia Tbk and ACME INDONESIA, PT. share one key.
 *
 * @param {string|Array<Array<string>>} value A company name or a range of them.
 * @return The matching keys, same shape as the input.
 * @customfunction
 */
export function CRM_COMPANY_KEY(value: Input): Output {
  const placeholders = documentPlaceholders();
  return mapInput(value, (cell) => {
    if (cell === null || cell === undefined) return '';
    if (typeof cell !== 'string') return cell;
    // Text with no key (an error value, formula text, a placeholder, a lone legal form) comes
    // back as typed: a formula never turns data into blanks.
    return companyKey(cell, { placeholders }) || cell.trim();
  });
}
