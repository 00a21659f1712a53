/**
 * Phone numbers: one consistent format (E.164 by default), extensions kept, everything that is
 * not a valid number left exactly as typed (trimmed) with a flag and a reason.
 *
 * Metadata choice (measured with `npx tsx bench/phone-metadata.ts`, libphonenumber-js 1.13.16,
 * on all 1,144 of Google's example numbers):
 *
 *   metadata  E.164 ok  valid   type ok  JSON    minified bundle  µs/parse+isValid
 *   min       100.0%    99.7%   15.9%    81 KB   118 KB           19.5
 *   max       100.0%    99.7%   99.7%   153 KB   190 KB           16.8
 *   mobile    100.0%    24.0%   22.4%    96 KB   133 KB           13.6
 *
 * `mobile` rejects every fixed line, toll-free and service number (76% of the examples), which
 * would flag most office numbers in a CRM as invalid. `min` validates as well as `max` (its one
 * national pattern per region is the union of the type patterns) but names the type of only 16%
 * of the numbers, and the type (mobile vs fixed line) is part of what we report. `max` is exact
 * on validity and type for +72 KB over `min`, and no slower per call. So: max. The 0.3% it calls
 * invalid are three example numbers newer than the bundled metadata (see test/unit/phone.test.ts).
 * It ships as its JSON text, parsed on the first number of an execution (phone-metadata.ts).
 */
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata';
import type { Cell, Normalized, PhoneFormat, PlaceholderOptions } from './types';
import { textInput, unchanged } from './cell';
import { cleanText } from './text';

export interface PhoneOptions extends PlaceholderOptions {
  /** ISO 3166-1 alpha-2 region used for numbers written without a country code. */
  defaultCountry?: string;
  format?: PhoneFormat;
}

export interface PhoneResult extends Normalized {
  /** The number in E.164 (no extension), when it parsed as a valid number. */
  e164?: string;
  /** ISO alpha-2 region of the number. */
  country?: string;
  /** libphonenumber number type (MOBILE, FIXED_LINE, ...). */
  type?: string;
  ext?: string;
}


/** Fewer digits than this is a fragment (a short code or an extension), more is two numbers run together. */
const MIN_DIGITS = 3;
const MAX_DIGITS = 17;

// Labels people type in front of a number: "Tel.:", "HP 0812...", "p: ", "SĐT", "Cep:", "Mobil".
// Only stripped when a digit, "+" or "(" follows, so a word that merely starts with "p" stays.
const LABEL_PREFIX =
  /^(?:tel|tél|tele|telp|telpon|telepon|telefon|telefonu|tfn|tlf|phone|ph|p|t|m|mob|mobil|mobile|cell|cellphone|hp|handphone|gsm|cep|fax|f|sđt|đt|dđ|điện thoại|di động|whatsapp|wa|work|home|office|direct|kantor|rumah|ev|iş|hem|arbete|jobb|mobiltelefon|číslo)\.?\s*:?\s*(?=[+(\d])/iu;
// Any short label that ends in a colon ("Telefonnummer:", "Số điện thoại:", "tel:" URIs).
const COLON_LABEL = /^\p{L}[\p{L}\p{M} .'-]{0,30}:\s*/u;
// A trailing note in brackets: "(WA)", "(mobile)", "[kantor]".
const TRAILING_NOTE = /\s*[([][\p{L}\p{M} .'-]{1,30}[)\]]$/u;
// An extension at the end, optionally in brackets, in the words offices write in each language:
// ext/x/# (en), ext./ekst./psw./pes./pesawat/lokal (id: "Telp. (031) 5312144 Psw. 140"),
// máy lẻ/số máy lẻ/nhánh/dạng (vi: "024 7300 8899 - máy lẻ 4500", "nhánh số 1"), linka/klapka/
// kl./pobočka (cs), anknytning/ankn. (sv), dahili/dah. (tr: "(Dahili: 123)"), RFC 3966 ";ext=",
// and a dialling pause written as ",", ";", "p" or "w" ("0318280012p105").
const EXT_WORDS =
  'e?xt(?:ension|n)?|ekst(?:ensi)?|x|#|dahili|dah|linka|klapka|kl|pobočka|pob|anknytning|ankn|ank|pesawat|pes|psw|lokal|lok|' +
  '(?:số\\s*)?máy\\s*lẻ|số\\s*lẻ|nhánh(?:\\s*số)?|dạng|poste|interno|доб|p|w';
const EXT_SUFFIX = new RegExp(`(?:[\\s,;/-]*[([]?\\s*(?:${EXT_WORDS})\\.?\\s*[:=.]?\\s*|\\s*[,;]\\s*|;ext=)(\\d{1,7})\\s*[)\\]]?$`, 'iu');
// RFC 3966 parameters other than the extension ("tel:+1-201-555-0123;phone-context=example.com").
const URI_PARAMS = /;(?:phone-context|isub)=[^;]*/gi;
// Separators between two numbers typed into one cell: "0812... / 0813...", "a, b", "a or b", and
// a second label ("HP: 0812... WA: 0813...").
const MULTI_SEPARATOR = /[/,;|\n&]|\s(?:or|atau|hoặc|nebo|eller|veya|ya da|và|dan|och|ve|a|und)\s|\s(?=\p{L}[\p{L} .]{0,20}:\s*[+(\d])/giu;
// After labels and extension are gone, only digits and the separators people use may remain.
const PHONE_CHARS = /^[(\s]*\+?[\d\s().\-/[\]]+$/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// "(+62) 812 ...": a "+" after an opening bracket is still the international prefix.
const PLUS_FIRST = /^[(\s]*\+/;
const HAS_DIGIT = /\d/;
// Every digit a zero (the text has at least one digit).
const ONLY_ZEROS = /^\D*(?:0\D*)+$/;
// Digits, spaces and the usual separators only: no label, extension word or second number to look
// for (most phone cells), so those patterns are skipped.
const PLAIN_NUMBER = /^[\d \t().+-]*$/;
const NON_ASCII = /[\u0080-\uFFFF]/;

/** Zero code points of the decimal digit blocks people paste phone numbers in (Arabic-Indic, Persian, Devanagari, fullwidth). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0xff10];

/** Digits and signs as ASCII: full-width forms by NFKC ("＋６２ ８１２"), other digit blocks by hand. */
function asciiDigits(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? ch : String(code - zero);
  }
  return out;
}

let regionNames: Intl.DisplayNames | null | undefined;
let nameCache: Map<string, string> | undefined;

/** English country name for the why-sentence; built on first use (ICU may be missing: fall back to the code). */
function countryName(code: string): string {
  nameCache ??= new Map();
  const known = nameCache.get(code);
  if (known !== undefined) return known;
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  let name = code;
  try {
    name = regionNames?.of(code) ?? code;
  } catch {
    // keep the code
  }
  nameCache.set(code, name);
  return name;
}

function resolveRegion(country: string | undefined): CountryCode | undefined {
  if (!country) return undefined;
  let code = country.trim().toUpperCase();
  if (code === 'UK') code = 'GB'; // the common non-ISO spelling
  return isSupportedCountry(code as CountryCode, phoneMetadata()) ? (code as CountryCode) : undefined;
}

function resolveFormat(format: string | undefined): PhoneFormat {
  const f = (format ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return f === 'INTERNATIONAL' || f === 'NATIONAL' ? f : 'E164';
}

/** A parsed number with its type; `type` is undefined exactly when the number is not valid. */
interface Parsed {
  phone: PhoneNumber;
  type: string | undefined;
}

function parse(text: string, region: CountryCode | undefined): Parsed | undefined {
  try {
    // The text is already reduced to "+"/digits, so the library's own number-in-text search is skipped.
    const phone = parsePhoneNumberFromString(text, region ? { defaultCountry: region, extract: false } : { extract: false }, phoneMetadata());
    // With type-bearing metadata, isValid() is literally getType() !== undefined: asking for the
    // type once halves the cost of validating.
    return phone ? { phone, type: phone.getType() } : undefined;
  } catch {
    return undefined;
  }
}

function invalid(input: Cell, why: string): PhoneResult {
  // Spelled out rather than unchanged(): NaN !== NaN would report a change.
  if (typeof input === 'number') return { value: input, changed: false, rule: 'none', why, flags: ['invalid'] };
  return unchanged(input, ['invalid'], why);
}

/** Why a parsed number is not valid, in words. */
function invalidWhy(parsed: Parsed | undefined, digits: string): string {
  if (!parsed) return `not a valid phone number: no known country code in ${digits}`;
  const { phone } = parsed;
  const where = phone.country ? countryName(phone.country) : `+${phone.countryCallingCode}`;
  return phone.isPossible()
    ? `not a valid number for ${where}: right length, but no such number range`
    : `not a valid number for ${where}: wrong number of digits`;
}

interface Reading {
  parsed?: Parsed;
  /** What we had to assume to read it, for the why-sentence ("read 62 as the country code"). */
  note?: string;
}

/**
 * Read a digit string that has no "+" against the default region. A national reading wins, except
 * when the digits start with the region's own calling code and also read as a valid international
 * number: "62812..." typed in Indonesia is +62 812..., even though 62812... happens to fit a fixed
 * line range. Digits that are not valid nationally are tried as an international number without
 * its "+" (a number cell such as 6281234567890 lost it).
 */
function readNational(digits: string, region: CountryCode | undefined): Reading {
  const national = region ? parse(digits, region) : undefined;
  // A leading 0 is a trunk or international prefix, never the first digit of a country code.
  if (digits.startsWith('0')) return { parsed: national };
  const ownCode = region ? getCountryCallingCode(region, phoneMetadata()) : undefined;
  if (national?.type && !(ownCode && digits.startsWith(ownCode))) return { parsed: national };
  const international = parse(`+${digits}`, undefined);
  if (international?.type) {
    return { parsed: international, note: `read ${international.phone.countryCallingCode} as the country code` };
  }
  return { parsed: national ?? international };
}

const RULES: Record<PhoneFormat, string> = { E164: 'phone.e164', INTERNATIONAL: 'phone.international', NATIONAL: 'phone.national' };
const LABELS: Record<PhoneFormat, string> = { E164: 'E.164', INTERNATIONAL: 'international format', NATIONAL: 'national format' };

/** Per country (or calling code) and format: the "written in" and "already in" sentences. */
let sentences: Map<string, Partial<Record<PhoneFormat, readonly [string, string]>>> | undefined;

/** "written in E.164 (+62 Indonesia)" and "already in ...": made once per country and format, not per number. */
function sentencesFor(phone: PhoneNumber, used: PhoneFormat): readonly [string, string] {
  sentences ??= new Map();
  const key = phone.country ?? phone.countryCallingCode;
  let byFormat = sentences.get(key);
  if (!byFormat) sentences.set(key, (byFormat = {}));
  let said = byFormat[used];
  if (!said) {
    const where = `+${phone.countryCallingCode} ${phone.country ? countryName(phone.country) : 'international'}`;
    said = byFormat[used] = [`written in ${LABELS[used]} (${where})`, `already in ${LABELS[used]} (${where})`];
  }
  return said;
}

function finish(input: Cell, { phone, type }: Parsed, ext: string | undefined, format: PhoneFormat, region: CountryCode | undefined, note?: string): PhoneResult {
  const e164 = phone.number;
  // NATIONAL only for numbers of the default country: a foreign number without its country code
  // cannot be dialled from here, so it keeps the international form.
  const foreign = format === 'NATIONAL' && (!region || getCountryCallingCode(region, phoneMetadata()) !== phone.countryCallingCode);
  const used: PhoneFormat = foreign ? 'INTERNATIONAL' : format;
  const base = used === 'E164' ? e164 : phone.format(used, { formatExtension: (formatted: string) => formatted });
  const value = ext ? `${base} ext. ${ext}` : base;
  const changed = value !== input;
  const rule = changed ? RULES[used] : 'none';
  let why = sentencesFor(phone, used)[changed ? 0 : 1];
  if (foreign) why += ', as it is not a number of the default country';
  if (ext) why += `, extension ${ext} kept`;
  if (note) why = `${note}; ${why}`;
  const result: PhoneResult = { value, changed, rule, why, flags: [], e164 };
  if (phone.country) result.country = phone.country;
  if (type) result.type = type;
  if (ext) result.ext = ext;
  return result;
}

/** A spreadsheet number: the digits of an integer, read nationally first (a lost leading 0) and then with "+". */
function fromNumber(input: number, region: CountryCode | undefined, format: PhoneFormat): PhoneResult {
  if (input === 0) return { value: input, changed: false, rule: 'none', why: 'a zero stands for a missing phone number', flags: ['placeholder'] };
  if (!Number.isFinite(input) || !Number.isInteger(input) || input <= 0) {
    return invalid(input, 'a number with decimals or a sign is not a phone number');
  }
  // String() switches to exponent notation from 1e21; BigInt keeps every digit of an integer.
  const digits = input < 1e21 ? String(input) : BigInt(input).toString();
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return invalid(input, `${digits.length} digits is not a phone number`);
  let { parsed, note } = readNational(digits, region);
  // The lost leading 0 may belong to the national number itself (Italy, Benin, Côte d'Ivoire).
  if (!parsed?.type && region) {
    const withZero = parse(`0${digits}`, region);
    if (withZero?.type) ({ parsed, note } = { parsed: withZero, note: 'restored the leading 0' });
  }
  if (!parsed?.type) return invalid(input, region || parsed ? invalidWhy(parsed, digits) : 'no country code and no default country to read it with');
  return finish(input, parsed, undefined, format, region, note ? `numeric cell: ${note}` : 'numeric cell read as digits');
}

/** Decimal digits in any script ("٠٨١٢", "０８１２" count too). */
function digitCount(text: string): number {
  return text.match(/\p{Nd}/gu)?.length ?? 0;
}

/**
 * Where the first of several numbers in one cell ends: at the first separator with a number
 * before it and another number after it (6+ digits each), so "021/5551234" (an area code
 * written with a slash) is still one number. -1 when the cell holds one number.
 */
function firstNumberEnd(t: string): number {
  if (PLAIN_NUMBER.test(t)) return -1;
  MULTI_SEPARATOR.lastIndex = 0;
  for (let m = MULTI_SEPARATOR.exec(t); m; m = MULTI_SEPARATOR.exec(t)) {
    if (digitCount(t.slice(0, m.index)) >= 6 && digitCount(t.slice(m.index)) >= 6) return m.index;
    if (m[0] === '') MULTI_SEPARATOR.lastIndex++;
  }
  return -1;
}

/**
 * Several numbers in one cell: the first is normalized and the others stay after it exactly as
 * typed, in the cell, so nothing is lost and a person can move them to a column of their own;
 * the cell is flagged 'several-values'. When the first is not valid the cell stays as typed.
 */
function fromSeveral(input: string, text: string, end: number, region: CountryCode | undefined, format: PhoneFormat): PhoneResult {
  const head = text.slice(0, end).trimEnd();
  const rest = text.slice(head.length);
  const first = readOne(head, region, format);
  const note = `several phone numbers in one cell; the others are kept after the first: "${rest.trim().replace(/^[/,;|&]\s*/, '')}"`;
  if (first.e164 === undefined) return { ...unchanged(input, ['invalid', 'several-values'], `${note}; the first: ${first.why}`), rule: 'none' };
  const value = `${String(first.value)}${rest}`;
  const changed = value !== input;
  return { ...first, value, changed, rule: changed ? first.rule : 'none', why: `${first.why}; ${note}`, flags: [...first.flags, 'several-values'] };
}

/** A result computed on cleaned text, reported against the cell as typed: what it cannot read stays exactly as typed. */
function asTyped(result: PhoneResult, input: string): PhoneResult {
  // `result` was made for this call alone: set in place rather than copied.
  if (result.e164 === undefined) result.value = input.trim();
  result.changed = result.value !== input;
  return result;
}

function fromText(input: string, region: CountryCode | undefined, format: PhoneFormat): PhoneResult {
  const text = cleanText(input);
  const end = firstNumberEnd(text);
  if (end > 0) return fromSeveral(input, text, end, region, format);
  return asTyped(readOne(text, region, format), input);
}

/** One number: digits and signs made ASCII, then read. */
function readOne(text: string, region: CountryCode | undefined, format: PhoneFormat): PhoneResult {
  let t = asciiDigits(text).replace(DASHES, '-');
  if (t.includes(';')) t = t.replace(URI_PARAMS, '');
  if (!HAS_DIGIT.test(t)) return invalid(text, 'not a phone number: no digits');
  // "0", "000-000-0000": typed to fill a required field, not a number.
  if (ONLY_ZEROS.test(t)) return unchanged(text, ['placeholder'], `"${text}" stands for a missing phone number; left as typed`);
  return fromOne(t, region, format);
}

/** One number as typed (labels, brackets, extension words and all). */
function fromOne(typed: string, region: CountryCode | undefined, format: PhoneFormat): PhoneResult {
  const plain = PLAIN_NUMBER.test(typed);
  let t = plain ? typed : typed.replace(LABEL_PREFIX, '').replace(COLON_LABEL, '').replace(TRAILING_NOTE, '');
  let ext: string | undefined;
  const extMatch = plain ? null : EXT_SUFFIX.exec(t);
  if (extMatch && extMatch.index > 0) {
    ext = extMatch[1];
    t = t.slice(0, extMatch.index);
  }
  t = t.trim();
  if (!PHONE_CHARS.test(t)) return invalid(typed, 'not a phone number: contains letters or symbols');

  let digits = t.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return invalid(typed, `too few digits (${digits.length}) for a phone number`);
  if (digits.length > MAX_DIGITS) return invalid(typed, `too many digits (${digits.length}) for one phone number`);

  let reading: Reading;
  // "+CC", "(+CC)" or "00CC" is an explicit country code: the default country does not apply.
  const plus = PLUS_FIRST.test(t);
  const international = plus || (digits.startsWith('00') && !digits.startsWith('000'));
  if (international) {
    if (!plus) digits = digits.slice(2);
    reading = { parsed: parse(`+${digits}`, undefined) };
  } else if (!region && digits.startsWith('0')) {
    return invalid(typed, 'no country code and no default country to read it with');
  } else {
    reading = readNational(digits, region);
  }
  if (!reading.parsed?.type) reading = readWithStrayZero(t, digits, international, region) ?? reading;
  const { parsed, note } = reading;
  if (!parsed?.type) return invalid(typed, invalidWhy(parsed, digits));
  return finish(typed, parsed, ext ?? parsed.phone.ext, format, region, note);
}

/** Whether numbers of a region are dialled with a national (trunk) prefix such as 0. */
function hasTrunkPrefix(region: CountryCode): boolean {
  const entry = (phoneMetadata().countries as Record<string, unknown[] | undefined>)[region];
  return Boolean(entry?.[5]);
}

/**
 * A second reading for a number that is invalid as typed because of a trunk 0 its country does
 * not use: "+420 (0)703 349 038" (the "(0)" habit of UK/German numbers) or "0702 624 869" typed
 * in Czechia, which has no trunk prefix. Only a reading that is then valid is taken.
 */
function readWithStrayZero(t: string, digits: string, international: boolean, region: CountryCode | undefined): Reading | undefined {
  if (international && t.includes('(0)')) {
    let rest = t.replace('(0)', '').replace(/\D/g, '');
    if (!PLUS_FIRST.test(t)) rest = rest.slice(2);
    const parsed = parse(`+${rest}`, undefined);
    if (parsed?.type) return { parsed, note: 'dropped the "(0)", which is not dialled from abroad' };
  }
  // "+62 0812 ...": the national trunk 0 written after the country code.
  for (let cc = 1; international && cc <= 3; cc++) {
    if (digits.charAt(cc) !== '0') continue;
    const parsed = parse(`+${digits.slice(0, cc)}${digits.slice(cc + 1)}`, undefined);
    if (parsed?.type && parsed.phone.countryCallingCode === digits.slice(0, cc)) return { parsed, note: 'dropped the 0 after the country code, which is not dialled from abroad' };
  }
  if (!international && region && digits.startsWith('0') && !digits.startsWith('00') && !hasTrunkPrefix(region)) {
    const parsed = parse(digits.slice(1), region);
    if (parsed?.type) return { parsed, note: `dropped the leading 0 (numbers of ${countryName(region)} have no trunk prefix)` };
  }
  return undefined;
}

/**
 * Normalize one phone cell. `defaultCountry` (ISO alpha-2) reads numbers written without a country
 * code; the caller resolves it from the row's country, the settings or the sheet locale.
 *
 * Anything that is not a valid number for its country comes back unchanged (trimmed) and flagged
 * `invalid`, also when it has the right length but falls in no assigned range ("possible but not
 * valid"): such a number cannot be dialled, so a person must look at it, and calling it merely
 * `suspicious` would hide it among valid-but-odd values. Two numbers in one cell are `suspicious`.
 */
export function normalizePhone(input: Cell, opts: PhoneOptions = {}): PhoneResult {
  const region = resolveRegion(opts.defaultCountry);
  const format = resolveFormat(opts.format);
  if (typeof input === 'number') return fromNumber(input, region, format);
  const start = textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  // Not remembered: phone numbers hardly repeat (2.7% of a million-row file's did, in a memo of
  // 5,000), and every answer a memo held lived long enough to be copied by the garbage collector.
  return fromText(start.text, region, format);
}
