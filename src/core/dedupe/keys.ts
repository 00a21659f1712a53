/**
 * Matching keys: every row is read once into a `Prepared` record of normalized, folded values
 * (email key, E.164 phone, name tokens, company key ...). Blocking, comparison, fingerprints and
 * explanations all work on these, never on the raw cells.
 */
import type { Cell, ColumnRole, ColumnRoles } from '../table';
import { foldText } from '../normalize/text';
import { emailMatchKeyOf, normalizeEmail } from '../normalize/email';
import { normalizePhone } from '../normalize/phone';
import { companyKey } from '../normalize/company';
import { countryToIso2 } from '../normalize/country';
import { sortedUnique } from './similarity';
import { isDate } from '../normalize/cell';
import { isPlaceholder } from '../normalize/placeholder';
import type { OrgName } from './org-name';
import { orgNameOf } from './org-name';
import { cellText } from '../table/cell-text';
import { BoundedMemo, remembered } from '../normalize/bounded-memo';

export interface EmailKey {
  /** Matching key: lower-case, typo-fixed domain, Gmail dots and +tags dropped. */
  key: string;
  local: string;
  domain: string;
  /** info@, sales@ ...: shared by a team, weak evidence of one person. */
  role: boolean;
  /** The domain was corrected by the email normalizer (gmail.cmo -> gmail.com). */
  fixedFrom?: string;
}

export interface PhoneKey {
  /** E.164 when the number parsed, else its digits (numbers without area code still compare). */
  key: string;
  e164: boolean;
  /** Last 7 digits: the subscriber part, equal even when one side lacks country or area code. */
  tail: string;
}

export interface Prepared {
  emails: EmailKey[];
  phones: PhoneKey[];
  /** All person-name tokens, folded, in reading order ("Last, First" put back in order). */
  nameTokens: string[];
  /** Sorted name tokens joined: the same for "Nguyen Van An" and "An Nguyen Van". */
  nameKey: string;
  /** Given / family tokens when the sheet has separate first and last name columns. */
  given: string[];
  family: string[];
  structuredName: boolean;
  givenKey: string;
  familyKey: string;
  companyKey: string;
  companyTokens: string[];
  /** The company as an organisation's identity (org-name.ts). */
  org: OrgName | null;
  /** Sorted unique tokens (and their join) of the company and the address, for token-set similarity. */
  companySet: string[];
  companyJoined: string;
  addressSet: string[];
  addressJoined: string;
  /** Other folded fields by role (address, city, postcode, birthDate, ...). */
  text: Partial<Record<ColumnRole, string>>;
  /** Number of non-blank cells: completeness for survivorship. */
  filled: number;
}

// Test data and refusals people type instead of a value. Placeholders ("N/A", "-", "REMOVED" and
// their equivalents in the six languages) come from the one list in placeholder.ts; these are the
// extra words that are no identity either, so they must never make two rows "the same".
const JUNK = new Set([
  'test', 'asdf', 'dummy', 'sample', 'example', 'anonymous', 'private', 'declined', 'ask', 'missing', 'nope',
  'no email', 'no phone', 'no name', 'noname', 'khong', 'nen',
]);
const FILLER_EMAIL_LOCAL = new Set(['test', 'noemail', 'no', 'none', 'na', 'nomail', 'noreply', 'no-reply', 'donotreply', 'example', 'email', 'mail', 'asdf', 'xxx', 'x', 'dummy', 'fake', 'null', 'unknown']);
const FILLER_EMAIL_DOMAIN = /^(test\.com|example\.(com|org|net)|email\.com|domain\.com|none\.com|noemail\.com|nomail\.com|no\.com|x\.com|xxx\.com|asdf\.com|fake\.com|mailinator\.com)$/;
// Team mailboxes: a shared info@ says "same organisation", not "same person".
const ROLE_LOCAL = /^(info|sales|contact|contacts|admin|office|hello|support|team|enquiries|inquiries|marketing|billing|accounts|hr|jobs|careers|kontakt|kontak|lienhe|iletisim|bilgi|cskh|hotro|post|posta|mail|reception|service|help|noreply|webmaster|cs)$/;


/** A folded value that is no identity: blank, a placeholder, or test data. */
export function isFiller(folded: string): boolean {
  return folded === '' || JUNK.has(folded) || isPlaceholder(folded);
}

export function emailKeyOf(cell: Cell): EmailKey | null {
  if (typeof cell !== 'string' || !cell.includes('@')) return null;
  const norm = normalizeEmail(cell);
  // The email normalizer's match key, from the one normalizeEmail call: the hot path at 100k rows.
  const key = emailMatchKeyOf(cell, norm);
  const at = key.lastIndexOf('@');
  if (at <= 0 || at === key.length - 1) return null;
  const local = key.slice(0, at);
  const domain = key.slice(at + 1);
  const typedLocal = String(norm.value ?? cell).trim().toLowerCase().split('@')[0] ?? '';
  if (FILLER_EMAIL_DOMAIN.test(domain)) return null;
  if (FILLER_EMAIL_LOCAL.has(typedLocal) || FILLER_EMAIL_LOCAL.has(local) || /^0+$/.test(local)) return null;
  const out: EmailKey = { key, local, domain, role: norm.flags.includes('role-account') || ROLE_LOCAL.test(local) };
  const typedDomain = cell.trim().toLowerCase().slice(cell.trim().lastIndexOf('@') + 1);
  if (typedDomain !== domain && norm.rule === 'email.typo') out.fixedFrom = typedDomain;
  return out;
}

function digitsOf(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Math.trunc(cell)) : '';
  if (typeof cell !== 'string') return '';
  // Drop an extension so "+1 213 555 0100 ext. 12" keeps only the line number.
  const main = cell.split(/\s*(?:ext\.?|x|#|ext|extension|dahili|lok\.?|pl\.?)\s*\d+\s*$/i)[0] ?? cell;
  return main.replace(/\D/g, '');
}

export function phoneKeyOf(cell: Cell, defaultCountry?: string): PhoneKey | null {
  const digits = digitsOf(cell);
  if (digits.length < 6) return null;
  // 0000000, 1111111, 1234567: placeholders, never a real line.
  if (/^(\d)\1+$/.test(digits) || '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits)) return null;
  let e164: string | undefined;
  // Written internationally ("+62 812-3456-7890", "0090 532 ..."): the digits are the number, no
  // need for the full parser (the costliest step of reading a big sheet). National forms still
  // go through the phone normalizer with the sheet's region.
  if (typeof cell === 'string') {
    const t = cell.trimStart();
    const intl = t.startsWith('+') ? digits : t.startsWith('00') && digits.startsWith('00') ? digits.slice(2) : '';
    if (intl.length >= 8 && intl.length <= 15 && intl[0] !== '0' && !/\(0\)/.test(t)) {
      const key = `+${intl}`;
      return { key, e164: true, tail: intl.slice(-7) };
    }
  }
  try {
    const input = typeof cell === 'number' ? digits : cell;
    e164 = normalizePhone(input, defaultCountry ? { defaultCountry } : {}).e164;
    // "00" is the international prefix almost everywhere: 0090 532 ... is +90 532 ... even in a
    // sheet whose default region dials out with 011.
    if (e164 === undefined && digits.startsWith('00') && digits.length > 9) e164 = normalizePhone(`+${digits.slice(2)}`, {}).e164;
  } catch {
    e164 = undefined;
  }
  const key = e164 ?? (digits.startsWith('00') ? digits.slice(2) : digits);
  return { key, e164: e164 !== undefined, tail: key.replace(/\D/g, '').slice(-7) };
}

// Titles and honorifics in the six languages: not part of who someone is.
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'mx', 'jr', 'sr', 'ii', 'iii', 'phd', 'md',
  'rev', 'reverend', 'lord', 'lady', 'dame', 'hon', 'capt', 'captain', 'col', 'colonel',
  'bapak', 'bpk', 'pak', 'ibu', 'bu', 'sdr', 'sdri', 'h', 'hj', 'ir', 'drs', 'se', 'st',
  'ong', 'ba', 'anh', 'chi', 'co',
  'pan', 'pani', 'ing', 'mgr', 'judr', 'mudr', 'bc', 'rndr', 'phdr',
  'herr', 'fru', 'fr', 'hr',
  'bey', 'bay', 'bayan', 'hanim', 'sayin',
]);

/** Folded name tokens in reading order; "Novák, Jan" becomes ["jan", "novak"]. */
export function nameTokensOf(cell: Cell): string[] {
  if (typeof cell !== 'string') return [];
  let text = cell.trim();
  const comma = text.split(',');
  // "Last, First" (one comma, no legal suffix after it) is reordered so it reads like "First Last".
  if (comma.length === 2 && (comma[1] ?? '').trim() !== '' && (comma[0] ?? '').trim() !== '') {
    text = `${(comma[1] ?? '').trim()} ${(comma[0] ?? '').trim()}`;
  }
  const folded = foldText(text);
  if (isFiller(folded)) return [];
  return folded.split(' ').filter((t) => t !== '' && !HONORIFICS.has(t));
}

export interface CompanyKey {
  key: string;
  tokens: string[];
  /** The name read as an organisation's identity (org-name.ts), for rows with no person. */
  org: OrgName | null;
}

const NO_COMPANY: CompanyKey = { key: '', tokens: [], org: null };

/**
 * Company keys already read, across tables: a company name costs tens of microseconds (legal
 * forms, organisation words) and the same few thousand names come back in every batch of a large
 * file and again when a cluster is merged. Bounded, and made on first use (loading does no work).
 */
let companyMemo: BoundedMemo<CompanyKey> | undefined;
const COMPANY_MEMO_SIZE = 20_000;

// The company key (legal form and noise removed) comes from the company normalizer; here only
// filler ("n/a", "-") is turned into "no company".
export function companyKeyOf(cell: Cell): CompanyKey {
  if (typeof cell === 'string') return remembered((companyMemo ??= new BoundedMemo(COMPANY_MEMO_SIZE)), cell, () => readCompanyKey(cell));
  if (typeof cell !== 'number') return NO_COMPANY;
  return readCompanyKey(cell);
}

function readCompanyKey(cell: string | number): CompanyKey {
  const base = foldText(companyKey(String(cell)) || String(cell));
  if (isFiller(base)) return NO_COMPANY;
  const tokens = base.split(' ').filter((t) => t !== '');
  return { key: tokens.join(' '), tokens, org: orgNameOf(String(cell)) };
}

/** A date cell as YYYYMMDD when it can be read unambiguously, else its folded digits. */
export function dateKeyOf(cell: Cell): string {
  if (isDate(cell)) {
    if (Number.isNaN(cell.getTime())) return '';
    // A date cell is a calendar day read by its UTC fields (table/zoned.ts), never the machine's zone.
    return cellText(cell).slice(0, 10).replace(/-/g, '');
  }
  const s = String(cell ?? '').trim();
  let m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}${(m[2] ?? '').padStart(2, '0')}${(m[3] ?? '').padStart(2, '0')}`;
  // Day first is the rule in all six locales except US English; "03/04/1990" stays day-first.
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return `${m[3]}${(m[2] ?? '').padStart(2, '0')}${(m[1] ?? '').padStart(2, '0')}`;
  return s.replace(/\D/g, '');
}

function simpleKey(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const f = foldText(isDate(cell) ? cellText(cell) : String(cell));
  return isFiller(f) ? '' : f;
}

function websiteKey(cell: Cell): string {
  const s = String(cell ?? '').trim().toLowerCase();
  if (isPlaceholder(s)) return '';
  const host = s.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/?#:]/)[0] ?? '';
  return host.includes('.') ? host : '';
}

function textKey(role: ColumnRole, cell: Cell): string {
  if (role === 'birthDate') return dateKeyOf(cell);
  if (role === 'website') return websiteKey(cell);
  if (role === 'country') return typeof cell === 'string' && isPlaceholder(cell) ? '' : countryToIso2(cell) ?? simpleKey(cell);
  if (role === 'postcode' || role === 'nationalId' || role === 'streetNumber') return simpleKey(cell).replace(/ /g, '');
  return simpleKey(cell);
}

const TEXT_ROLES: ColumnRole[] = ['address', 'city', 'postcode', 'state', 'country', 'streetNumber', 'birthDate', 'nationalId', 'website'];

function isBlankCell(c: Cell): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/**
 * Per-run memo of normalized values: companies, cities, countries and shared phones repeat many
 * times in a sheet, and the normalizers behind them cost tens of microseconds per call.
 */
export interface KeyCache {
  phone: Map<string, PhoneKey | null>;
  email: Map<string, EmailKey | null>;
  /** Name tokens by cell; callers copy them out, never change them. */
  name: Map<string, string[]>;
  company: Map<string, CompanyKey>;
  text: Map<string, string>;
}

export function makeKeyCache(): KeyCache {
  return { phone: new Map(), email: new Map(), name: new Map(), company: new Map(), text: new Map() };
}

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let v = map.get(key);
  if (v === undefined && !map.has(key)) {
    v = make();
    // Bounded so a huge sheet of unique values cannot hold every one.
    if (map.size < 200_000) map.set(key, v);
  }
  return v as T;
}

/** The addresses of an email cell ("a@x.com; b@y.com" holds two). */
export function emailPieces(cell: Cell): string[] {
  return String(cell).split(/[;,\s]+/);
}

/** The numbers of a phone cell ("0812 555 / 0813 666" holds two; a number cell is one). */
export function phonePieces(cell: Cell): Cell[] {
  return typeof cell === 'string' ? cell.split(/\s*[;/|]\s*|\s*,\s+/) : [cell];
}

const nameTokensIn = (cell: Cell, cache: KeyCache): string[] =>
  typeof cell === 'string' ? cached(cache.name, cell, () => nameTokensOf(cell)) : nameTokensOf(cell);

/** Read one row into its matching keys. */
export function prepareRow(row: readonly Cell[], roles: ColumnRoles, defaultCountry?: string, cache: KeyCache = makeKeyCache()): Prepared {
  const p: Prepared = {
    emails: [], phones: [], nameTokens: [], nameKey: '', given: [], family: [], structuredName: false,
    givenKey: '', familyKey: '', companyKey: '', companyTokens: [], org: null, companySet: [], companyJoined: '',
    addressSet: [], addressJoined: '', text: {}, filled: 0,
  };
  const parts: Partial<Record<ColumnRole, string[]>> = {};
  const fullName: string[] = [];
  let hasFirst = false;
  let hasLast = false;
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    const cell = row[i];
    if (isBlankCell(cell)) continue;
    p.filled++;
    if (!role) continue;
    switch (role) {
      case 'email': {
        for (const piece of emailPieces(cell)) {
          // Rows are linked by their emails, so a batch holds each one two or more times.
          const k = cached(cache.email, String(piece), () => emailKeyOf(piece));
          if (k && !p.emails.some((e) => e.key === k.key)) p.emails.push(k);
        }
        break;
      }
      case 'phone': {
        for (const piece of phonePieces(cell)) {
          const k = cached(cache.phone, `${defaultCountry ?? ''}|${typeof piece}|${String(piece)}`, () => phoneKeyOf(piece, defaultCountry));
          if (k && !p.phones.some((e) => e.key === k.key)) p.phones.push(k);
        }
        break;
      }
      case 'name':
        fullName.push(...nameTokensIn(cell, cache));
        break;
      case 'firstName':
        hasFirst = true;
        p.given.push(...nameTokensIn(cell, cache));
        break;
      case 'lastName':
        hasLast = true;
        p.family.push(...nameTokensIn(cell, cache));
        break;
      case 'company': {
        if (p.companyKey === '') {
          const c = cached(cache.company, String(cell), () => companyKeyOf(cell));
          p.companyKey = c.key;
          p.companyTokens = c.tokens;
          p.org = c.org;
        }
        break;
      }
      default:
        if (TEXT_ROLES.includes(role)) {
          const v = isDate(cell) ? textKey(role, cell) : cached(cache.text, `${role}|${typeof cell}|${String(cell)}`, () => textKey(role, cell));
          if (v !== '' && !/^0+$/.test(v)) (parts[role] ??= []).push(v);
        }
    }
  }
  for (const [role, vals] of Object.entries(parts)) p.text[role as ColumnRole] = vals.join(' ');
  p.structuredName = hasFirst && hasLast && fullName.length === 0;
  p.nameTokens = p.structuredName ? [...p.given, ...p.family] : fullName.length > 0 ? fullName : [...p.given, ...p.family];
  p.nameKey = [...p.nameTokens].sort().join(' ');
  p.givenKey = p.given.join(' ');
  p.familyKey = p.family.join(' ');
  p.companySet = sortedUnique(p.companyTokens);
  p.companyJoined = p.companySet.join(' ');
  p.addressSet = p.text.address ? sortedUnique(p.text.address.split(' ')) : [];
  p.addressJoined = p.addressSet.join(' ');
  return p;
}
