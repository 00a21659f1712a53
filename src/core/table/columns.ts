/**
 * Column roles from the header row (multilingual synonyms), with the data as a fallback.
 *
 * Per column, strongest evidence first:
 *  1. the whole header is a known synonym ("Nama Lengkap", "Họ và tên", "Příjmení", "E-posta");
 *  2. a keyword rule: the header contains a known word ("Company phone" -> phone, "Lead owner"
 *     -> owner). Rules are ordered specific-first (see HEADER_KEYWORDS). A header that is about
 *     an email/phone/company rather than the value itself ("Email status", "Phone verified",
 *     "Company size") gets no role, and is not taken as the lead status either;
 *  3. the sample rows, only for headers that say nothing usable (blank, unknown, or a vague
 *     "Contact"): mostly emails -> email, mostly phone-looking text -> phone, mostly URLs ->
 *     website, mostly country names -> country. Dates are never guessed: a date column without
 *     a telling header could be anything (birthday, deal close), and a wrong lastActivity would
 *     archive live leads.
 * Each role goes to one column (the strongest, then the leftmost) except phone and email, which
 * may have several (Mobile, Work phone, Email 2), and an address continued in a numbered column
 * ("Address 2"). Headers that only look like a role ("Middle name", "County", "Campaign name",
 * "Created by") get none, and "Entity - Field" export headers are read by their field part.
 */
import type { Cell, ColumnRole, ColumnRoles } from './index';
import { cleanText, foldText } from '../normalize/text';
import { countryToIso2 } from '../normalize/country';
import {
  BARE_NAME_HEADERS, GIVEN_OR_FULL_NAME_HEADERS, HEADER_KEYWORDS, HEADER_SYNONYMS, METADATA_WORDS, NAME_WORDS, NO_ROLE_HEADERS,
  ORGANISATION_ENTITIES, PERSON_NAME_QUALIFIERS, VAGUE_HEADERS,
} from '../data/header-synonyms';

const MULTI_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['phone', 'email']);

interface HeaderTables {
  exact: Map<string, ColumnRole>;
  vague: Map<string, ColumnRole | null>;
  bareName: Set<string>;
  givenOrFull: Set<string>;
  noRole: Set<string>;
  nameWords: Set<string>;
  nameQualifiers: Set<string>;
  orgEntities: Set<string>;
  keywords: { role: ColumnRole; phrases: string[] }[];
}

let tables: HeaderTables | undefined;

function load(): HeaderTables {
  if (tables) return tables;
  const exact = new Map<string, ColumnRole>();
  for (const [role, list] of Object.entries(HEADER_SYNONYMS) as [ColumnRole, readonly string[]][]) {
    for (const s of list) {
      const key = headerKey(s);
      if (key && !exact.has(key)) exact.set(key, role);
    }
  }
  const vague = new Map<string, ColumnRole | null>();
  for (const [s, role] of Object.entries(VAGUE_HEADERS)) vague.set(headerKey(s), role);
  const bareName = new Set(BARE_NAME_HEADERS.map(headerKey));
  const givenOrFull = new Set(GIVEN_OR_FULL_NAME_HEADERS.map(headerKey));
  const keywords = HEADER_KEYWORDS.map(([role, phrases]) => ({ role, phrases: phrases.map((p) => ` ${p} `) }));
  const keySet = (list: readonly string[]) => new Set(list.map(headerKey));
  tables = {
    exact, vague, bareName, givenOrFull, keywords,
    noRole: keySet(NO_ROLE_HEADERS),
    nameWords: new Set(NAME_WORDS),
    nameQualifiers: new Set(PERSON_NAME_QUALIFIERS),
    orgEntities: keySet(ORGANISATION_ENTITIES),
  };
  return tables;
}

/**
 * Folded header text; "#" survives folding as a word so a "#" header can mean the row id. A
 * header without spaces written as an API field name ("MailingPostalCode", "first_name") is
 * split into its words first.
 */
function headerKey(text: string): string {
  let t = cleanText(text);
  if (t === '#') return '#';
  if (!/\s/.test(t)) t = t.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return foldText(t);
}

function headerText(cell: Cell): string {
  if (typeof cell === 'string') return cell.length > 200 ? '' : cell;
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return '';
}

interface Candidate {
  role: ColumnRole | null;
  /** 3 = exact header, 2 = header keyword, 1 = data only */
  score: number;
}

function fromHeader(key: string, t: HeaderTables): Candidate | 'metadata' | undefined {
  if (t.noRole.has(key)) return 'metadata';
  const exact = t.exact.get(key);
  if (exact) return { role: exact, score: 3 };
  const padded = ` ${key} `;
  for (const { role, phrases } of t.keywords) {
    if (!phrases.some((p) => padded.includes(p))) continue;
    const about = METADATA_WORDS[role];
    if (about && about.some((w) => padded.includes(` ${w} `))) return 'metadata';
    if (role === 'name' && !namesThePerson(key, t)) return 'metadata';
    return { role, score: 2 };
  }
  return undefined;
}

/** "Customer name" is the person; "Campaign name", "Vendor name" or "Nama Ibu" are not. */
function namesThePerson(key: string, t: HeaderTables): boolean {
  return key.split(' ').every((w) => t.nameWords.has(w) || t.nameQualifiers.has(w) || /^\d+$/.test(w));
}

/**
 * Exports that write "Entity - Field - Part" headers (Pipedrive's "Person - Email - Work",
 * "Person - Postal address - City/town"): the most specific part that names a role decides, and
 * "Name" under an organisation is the company.
 */
function fromSegments(text: string, t: HeaderTables): Candidate | 'metadata' | undefined {
  const parts = text.split(/\s+[-–—]\s+/).map(headerKey).filter((k) => k !== '');
  if (parts.length < 2) return undefined;
  for (let i = parts.length - 1; i >= 1; i--) {
    const part = parts[i]!;
    if (t.bareName.has(part) && t.orgEntities.has(parts[0]!)) return { role: 'company', score: 3 };
    const found = fromHeader(part, t);
    if (found) return found;
  }
  return undefined;
}

// What the values of a column look like. Deliberately strict: a guess from data only fires when
// most sampled values agree.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const URL_LIKE = /^(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?(\/\S*)?$/i;
const PHONE_CHARS = /^\+?[\d\s().\-/]+$/;
const DATE_LIKE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;

function looksLikePhone(s: string): boolean {
  if (!PHONE_CHARS.test(s) || DATE_LIKE.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  // A bare run of digits is as likely an id or an amount: ask for a phone-ish shape.
  return s.startsWith('+') || s.startsWith('0') || /[\s().-]/.test(s);
}

const SAMPLE_ROWS = 200;
const AGREE = 0.6;

function fromSample(sample: Cell[][], col: number): ColumnRole | null {
  const values: string[] = [];
  for (let r = 0; r < sample.length && values.length < SAMPLE_ROWS; r++) {
    const v = sample[r]?.[col];
    if (typeof v === 'string' && v.trim() !== '' && v.length <= 200) values.push(v.trim());
  }
  if (values.length === 0) return null;
  const share = (test: (s: string) => boolean): number => values.filter(test).length / values.length;
  if (share((s) => EMAIL.test(s)) >= AGREE) return 'email';
  if (share((s) => !s.includes('@') && URL_LIKE.test(s)) >= AGREE) return 'website';
  if (share(looksLikePhone) >= AGREE) return 'phone';
  // Country names: most values known, and mostly real names rather than two-letter codes
  // (a column of "CA", "NY" is more likely US states).
  if (share((s) => countryToIso2(s) !== null) >= 0.8 && share((s) => s.length > 3) >= 0.5) return 'country';
  return null;
}

/** "Address 2", "Street Address 2", "address_2": the second line of the same address. */
function isAddressContinuation(role: ColumnRole, key: string): boolean {
  return role === 'address' && /\s[2-9]$/.test(key);
}

export function detectColumns(header: Cell[], sample: Cell[][] = []): ColumnRoles {
  const t = load();
  const rows = Array.isArray(sample) ? sample : [];
  const texts = header.map(headerText);
  const keys = texts.map(headerKey);
  const candidates: Candidate[] = keys.map((key, i) => {
    if (t.vague.has(key)) {
      // "Contact": an email or phone column when the values say so, else the default.
      const guess = fromSample(rows, i);
      if (guess === 'email' || guess === 'phone') return { role: guess, score: 2 };
      return { role: t.vague.get(key) ?? null, score: 1 };
    }
    const found = key ? (fromSegments(texts[i] ?? '', t) ?? fromHeader(key, t)) : undefined;
    if (found === 'metadata') return { role: null, score: 0 };
    if (found) return found;
    return { role: fromSample(rows, i), score: 1 };
  });

  // Single-use roles go to the strongest candidate, then the leftmost.
  const roles: ColumnRoles = header.map(() => null);
  const order = candidates.map((c, i) => ({ ...c, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  const taken = new Set<ColumnRole>();
  for (const c of order) {
    if (!c.role) continue;
    if (!MULTI_ROLES.has(c.role) && !isAddressContinuation(c.role, keys[c.i] ?? '')) {
      if (taken.has(c.role)) continue;
      taken.add(c.role);
    }
    roles[c.i] = c.role;
  }

  // "Name" next to "Surname" (Jméno + Příjmení, Namn + Efternamn) is the first name.
  if (taken.has('lastName') && !taken.has('firstName')) {
    const i = roles.indexOf('name');
    if (i >= 0 && t.bareName.has(keys[i] ?? '')) roles[i] = 'firstName';
  }
  // A lone Vietnamese "Tên" (no "Họ", no full-name column) holds the whole name.
  if (!taken.has('lastName') && !taken.has('name')) {
    const i = roles.indexOf('firstName');
    if (i >= 0 && t.givenOrFull.has(keys[i] ?? '')) roles[i] = 'name';
  }
  return roles;
}
