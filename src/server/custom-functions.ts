// The CRM_* custom functions. Each takes one value or a 2-D range and returns the same shape;
// blank in, blank out; a value that cannot be normalized comes back unchanged (trimmed).
import type { Cell, PhoneFormat } from '../core/normalize/types';
import { normalizePhone } from '../core/normalize/phone';
import { normalizeEmail } from '../core/normalize/email';
import { normalizeName } from '../core/normalize/name';
import { normalizeCompany, companyKey } from '../core/normalize/company';
import { normalizeCountry } from '../core/normalize/country';
import { normalizeTitle } from '../core/normalize/title';
import { documentDefaultCountry, documentPlaceholders, savedSettings } from '../gas/document-context';

type Input = Cell | Cell[][];
type Output = Cell | Cell[][];

function mapInput(input: Input, fn: (cell: Cell) => Cell): Output {
  if (Array.isArray(input)) {
    return input.map((row) => (Array.isArray(row) ? row.map((cell) => fn(cell)) : [fn(row as Cell)]));
  }
  return fn(input);
}

/** A formula argument as plain text ('' when omitted or not text). */
function textArg(arg: unknown): string {
  if (Array.isArray(arg)) return textArg(arg[0]?.[0] ?? arg[0]);
  return typeof arg === 'string' ? arg.trim() : '';
}

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
