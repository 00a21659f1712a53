/**
 * Email addresses: trimmed, lower-cased, wrapping junk removed ("mailto:", <>, quotes, a trailing
 * dot), and typos in well-known mailbox providers fixed when the fix is unambiguous
 * ("gmail.cmo" -> "gmail.com"). Company domains are never rewritten: we only correct *towards*
 * a curated provider list, and only when exactly one provider is that close.
 * Role accounts, disposable domains and filler ("noemail@", "test@test.com") are flagged.
 * Anything that is not a syntactically valid address comes back as typed (trimmed), flagged.
 */
import type { Cell, Flag, Normalized, PlaceholderOptions } from './types';
import { textInput, unchanged } from './cell';
import { cleanText } from './text';
import { GMAIL_DOMAINS, MAILBOX_PROVIDERS, SECOND_LEVEL_SUFFIXES } from '../data/email-providers';
import { FILLER_DOMAINS, FILLER_LOCAL_PARTS, RESERVED_TLDS, ROLE_LOCAL_PARTS } from '../data/email-role-accounts';
import { DISPOSABLE_DOMAINS } from '../data/email-disposable-domains';

export interface EmailResult extends Normalized {
  /** The (fixed) domain, lower-case, when the address is syntactically valid. */
  domain?: string;
}

interface Provider {
  domain: string;
  /** First label ("yahoo" of yahoo.co.id). */
  name: string;
  /** Everything after it ("co.id"). */
  suffix: string;
}

interface Tables {
  /** Providers by first letter: every fix we accept keeps the first letter (see closeName). */
  byFirstLetter: Map<string, Provider[]>;
  providerSet: Set<string>;
  /** Provider without its dots -> provider; null when two providers collapse to the same letters. */
  dotless: Map<string, string | null>;
  /** Provider name -> its domains ("gmail" -> [gmail.com]). */
  byName: Map<string, string[]>;
  secondLevel: Set<string>;
  roles: Set<string>;
  fillerLocal: Set<string>;
  fillerDomain: Set<string>;
  reservedTld: Set<string>;
  disposable: Set<string>;
  gmail: Set<string>;
}

let tables: Tables | undefined;

// Apps Script evaluates the bundle on every custom-function call, so the lookup tables are built
// on first use, not at load time.
function getTables(): Tables {
  if (tables) return tables;
  const providers = MAILBOX_PROVIDERS.map((domain) => {
    const { name, suffix } = splitDomain(domain);
    return { domain, name, suffix };
  });
  const dotless = new Map<string, string | null>();
  const byName = new Map<string, string[]>();
  const byFirstLetter = new Map<string, Provider[]>();
  for (const p of providers) {
    const first = p.domain.charAt(0);
    byFirstLetter.set(first, [...(byFirstLetter.get(first) ?? []), p]);
    const key = p.domain.replace(/\./g, '');
    dotless.set(key, dotless.has(key) ? null : p.domain);
    byName.set(p.name, [...(byName.get(p.name) ?? []), p.domain]);
  }
  tables = {
    byFirstLetter,
    providerSet: new Set(MAILBOX_PROVIDERS),
    dotless,
    byName,
    secondLevel: new Set(SECOND_LEVEL_SUFFIXES),
    roles: new Set(ROLE_LOCAL_PARTS),
    fillerLocal: new Set(FILLER_LOCAL_PARTS),
    fillerDomain: new Set(FILLER_DOMAINS),
    reservedTld: new Set(RESERVED_TLDS),
    disposable: new Set(DISPOSABLE_DOMAINS),
    gmail: new Set(GMAIL_DOMAINS),
  };
  return tables;
}

function splitDomain(domain: string): { name: string; suffix: string } {
  const dot = domain.indexOf('.');
  return dot < 0 ? { name: domain, suffix: '' } : { name: domain.slice(0, dot), suffix: domain.slice(dot + 1) };
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

let rows: [Int32Array, Int32Array, Int32Array] | undefined;

/** Optimal-string-alignment (Damerau) distance, giving up above `max`. Reuses three row buffers. */
function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!rows || rows[0].length <= b.length) {
    const size = Math.max(64, b.length + 1);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [prevPrev, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = spare;
  }
  const result = prev[b.length] ?? max + 1;
  return result > max ? max + 1 : result;
}

// Keys next to each other on QWERTY (and QWERTZ, where y and z swap: Czech keyboards), plus the
// look-alikes people type for letters (1 for l, 0 for o).
const KEY_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const LOOKALIKES = ['1l', '1i', '0o', 'yz'];

function nearbyKeys(a: string, b: string): boolean {
  if (LOOKALIKES.includes(a + b) || LOOKALIKES.includes(b + a)) return true;
  const ra = KEY_ROWS.findIndex((row) => row.includes(a));
  const rb = KEY_ROWS.findIndex((row) => row.includes(b));
  if (ra < 0 || rb < 0) return false;
  const ca = KEY_ROWS[ra]?.indexOf(a) ?? -99;
  const cb = KEY_ROWS[rb]?.indexOf(b) ?? -99;
  if (ra === rb) return Math.abs(ca - cb) <= 1;
  // Rows are staggered: the keys above column c are columns c and c + 1 of the row above.
  if (rb === ra - 1) return cb - ca === 0 || cb - ca === 1;
  if (rb === ra + 1) return ca - cb === 0 || ca - cb === 1;
  return false;
}

/**
 * One-edit name typos are "typing slips" when they are a missing, doubled or swapped letter, or a
 * neighbouring key. Short names collide with real companies far more often (tella.com vs telia.com,
 * sezam vs seznam is fine), so a replaced letter must be a slip of the finger there.
 */
function isSlip(typed: string, name: string): boolean {
  if (typed.length !== name.length || name.length > 6) return true;
  const diffs: number[] = [];
  for (let i = 0; i < name.length; i++) if (typed[i] !== name[i]) diffs.push(i);
  if (diffs.length !== 1) return true; // a transposition
  const i = diffs[0] ?? 0;
  return nearbyKeys(typed[i] ?? '', name[i] ?? '');
}

const TWO_LETTER = /^[a-z]{2}$/;
const GENERIC_NAMES = ['email', 'inbox', 'atlas', 'quick', 'spray', 'online', 'home', 'mail', 'live', 'post'];

/**
 * Whether a typed name may be a typo of a provider's name at all. Only names long enough not to be
 * somebody's real company (gmx, msn, aol are not), and only with the first letter right: people
 * rarely slip on it, and a different first letter is usually a different word (mail.cz is not
 * email.cz).
 */
function closeName(typed: string, p: Provider): boolean {
  return p.name.length >= 5 && typed[0] === p.name[0];
}

interface DomainFix {
  domain: string;
  /** Set when the domain looks like a provider typo we would not fix (ambiguous, or a country suffix). */
  doubt?: string;
}

/** Decide whether `typed` is a typo of provider `p` we are sure enough to fix. */
function acceptFix(typed: string, p: Provider, distance: number, t: Tables): boolean {
  const { name, suffix } = splitDomain(typed);
  // Never replace a public suffix that was typed on purpose ("hotmail.co.id" is not hotmail.co.uk).
  if (suffix !== p.suffix && t.secondLevel.has(suffix)) return false;
  // One country code for another (yahoo.cz -> yahoo.ca) is a guess, not a typo fix.
  const suffixOk = suffix === p.suffix || !(TWO_LETTER.test(suffix) && TWO_LETTER.test(p.suffix));
  if (name === p.name) return distance === 1 && suffixOk;
  if (!closeName(name, p)) return false;
  const nameDistance = editDistance(name, p.name, 2);
  const suffixDistance = editDistance(suffix, p.suffix, 2);
  if (distance === 1) return nameDistance === 1 && suffixDistance === 0 && isSlip(name, p.name);
  return (
    (nameDistance === 1 && suffixDistance === 1 && suffixOk && isSlip(name, p.name)) ||
    (nameDistance === 2 && suffixDistance === 0 && p.name.length >= 8)
  );
}

const MEMO_SIZE = 5000;
let domainMemo: Map<string, DomainFix> | undefined;

function fixDomain(domain: string): DomainFix {
  domainMemo ??= new Map();
  let fix = domainMemo.get(domain);
  if (!fix) {
    if (domainMemo.size >= MEMO_SIZE) domainMemo.clear();
    fix = computeDomainFix(domain);
    domainMemo.set(domain, fix);
  }
  return fix;
}

function computeDomainFix(domain: string): DomainFix {
  const t = getTables();
  // Real domains are never typos: the providers themselves and the disposable services (yopmail.com
  // is one edit from ymail.com, and is exactly what it says).
  if (t.providerSet.has(domain) || isDisposable(domain, t)) return { domain };
  // A missing dot: "gmailcom", "yahoocoid". (More dots than the provider is a subdomain, not a typo.)
  const collapsed = t.dotless.get(domain.replace(/\./g, ''));
  if (collapsed && countChar(domain, '.') < countChar(collapsed, '.')) return { domain: collapsed };
  // No dot at all: "gmail" alone, when the name belongs to exactly one provider domain.
  if (!domain.includes('.')) {
    const only = t.byName.get(domain);
    return only?.length === 1 && only[0] ? { domain: only[0] } : { domain };
  }

  let best = 3;
  let candidates: Provider[] = [];
  for (const p of t.byFirstLetter.get(domain.charAt(0)) ?? []) {
    if (Math.abs(p.domain.length - domain.length) > 2) continue;
    const d = editDistance(domain, p.domain, 2);
    if (d < best) [best, candidates] = [d, [p]];
    else if (d === best) candidates.push(p);
  }
  const { name } = splitDomain(domain);
  // A brand name with a suffix the brand does not use (gmail.cz) is worth a look; generic words
  // that merely are also a provider's name (mail, email, live) are not.
  const knownName = t.byName.has(name) && name.length >= 5 && !GENERIC_NAMES.includes(name);
  const [only] = candidates;
  if (best <= 2 && candidates.length > 1 && (knownName || candidates.some((c) => closeName(name, c)))) {
    return { domain, doubt: `${domain} may be a typo of ${candidates.map((c) => c.domain).join(' or ')}; not fixed` };
  }
  if (only && best <= 2 && acceptFix(domain, only, best, t)) return { domain: only.domain };
  if (only && best <= 2 && (knownName || (closeName(name, only) && editDistance(name, only.name, 1) <= 1))) {
    return { domain, doubt: `${domain} may be a typo of ${only.domain}; not fixed` };
  }
  if (knownName) return { domain, doubt: `${domain} is not a known ${name} domain` };
  return { domain };
}

// Syntax (RFC 5321/5322 dot-atom, RFC 6531 for non-ASCII): letters of any script are accepted,
// so internationalized addresses such as ş@örnek.com.tr are valid and kept as typed.
const LOCAL_PART = /^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]|[\u00A1-\uFFFF])+(?:\.(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]|[\u00A1-\uFFFF])+)*$/i;
const QUOTED_LOCAL = /^"[^"\\\r\n]{1,62}"$/;
const DOMAIN_LABEL = /^(?:[a-z0-9]|[\u00A1-\uFFFF])(?:(?:[a-z0-9-]|[\u00A1-\uFFFF]){0,61}(?:[a-z0-9]|[\u00A1-\uFFFF]))?$/i;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|[\u00A1-\uFFFF]{2,63})$/i;
const IP_LITERAL = /^\[(?:\d{1,3}\.){3}\d{1,3}\]$/;
// What people wrap an address in when they paste it: quotes of every language, brackets.
const WRAP_START = /^[\s"'“”‘’«»„<([{]+/;
const WRAP_END = /[\s"'“”‘’«»>)\]}]+$/;
const TRAILING_PUNCT = /[.,;:]+$/;
const MAILTO = /^mailto:\s*/i;

function syntaxProblem(local: string, domain: string): string | undefined {
  if (!local) return 'nothing before the @';
  if (!domain) return 'nothing after the @';
  if (local.length > 64) return 'the part before the @ is longer than 64 characters';
  if (local.length + domain.length + 1 > 254) return 'longer than 254 characters';
  if (!LOCAL_PART.test(local) && !QUOTED_LOCAL.test(local)) return `"${local}" is not a valid mailbox name`;
  return domainFacts(domain).problem;
}

/** What the checks of an address say about its domain alone (a file has few domains, many addresses). */
interface DomainFacts {
  problem: string | undefined;
  disposable: boolean;
  /** A placeholder domain or a reserved top-level domain (example.com, .test). */
  filler: boolean;
  /** The domain's name is one character repeated ("aaa.com"). */
  repeatedName: boolean;
}

let domainFactsMemo: Map<string, DomainFacts> | undefined;

function domainFacts(domain: string): DomainFacts {
  domainFactsMemo ??= new Map();
  let facts = domainFactsMemo.get(domain);
  if (facts === undefined) {
    if (domainFactsMemo.size >= MEMO_SIZE) domainFactsMemo.clear();
    const t = getTables();
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    facts = {
      problem: domainProblem(domain),
      disposable: isDisposable(domain, t),
      filler: t.fillerDomain.has(domain) || t.reservedTld.has(tld),
      repeatedName: REPEATED.test(splitDomain(domain).name),
    };
    domainFactsMemo.set(domain, facts);
  }
  return facts;
}

function domainProblem(domain: string): string | undefined {
  if (IP_LITERAL.test(domain)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2) return `the domain ${domain} has no dot`;
  if (domain.length > 253 || !labels.every((l) => DOMAIN_LABEL.test(l))) return `${domain} is not a valid domain`;
  if (!TLD.test(labels[labels.length - 1] ?? '')) return `${domain} has no valid top-level domain`;
  return undefined;
}

/** Lower-case, no diacritics, no dots/dashes/underscores, no trailing digits: "No-Reply2" -> "noreply". */
function foldLocal(local: string): string {
  const plus = local.indexOf('+');
  const mailbox = plus > 0 ? local.slice(0, plus) : local;
  // Plain ASCII (nearly every mailbox) has no accents to strip and no dotless ı.
  if (ASCII.test(mailbox)) return mailbox.toLowerCase().replace(/[._-]/g, '').replace(/\d+$/, '');
  return mailbox
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[._-]/g, '')
    .replace(/\d+$/, '');
}

function isDisposable(domain: string, t: Tables): boolean {
  let d = domain;
  for (;;) {
    if (t.disposable.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0 || d.indexOf('.', dot + 1) < 0) return false;
    d = d.slice(dot + 1);
  }
}

const REPEATED = /^(.)\1*$/u;

function flagsFor(local: string, domain: string): { flags: Flag[]; notes: string[] } {
  const t = getTables();
  const flags: Flag[] = [];
  const notes: string[] = [];
  const folded = foldLocal(local);
  const facts = domainFacts(domain);
  if (t.roles.has(folded)) {
    flags.push('role-account');
    notes.push(`${local}@ is a role account, not a person`);
  }
  if (facts.disposable) {
    flags.push('disposable');
    notes.push(`${domain} is a disposable (throw-away) mailbox`);
  }
  if (t.fillerLocal.has(folded) || facts.filler || (facts.repeatedName && REPEATED.test(local))) {
    flags.push('suspicious');
    notes.push('looks like a placeholder, not a real address');
  }
  return { flags, notes };
}

/** Lower-case; the Turkish dotted capital İ (from Turkish caps-lock) is an i, not i + combining dot. */
function lower(text: string): string {
  return (text.includes('İ') ? text.replace(/İ/g, 'i') : text).toLowerCase();
}

// Printable ASCII: nothing NFD would split, no dotless ı.
const ASCII = /^[ -~]*$/;

// A bare ASCII address: starts and ends with a letter or digit, one "@", no spaces, brackets,
// quotes, commas or colons (which is what unwrap() would have to deal with).
const BARE_ADDRESS = /^[A-Za-z0-9][A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]*@[A-Za-z0-9.-]*[A-Za-z0-9]$/;

interface Cleaned {
  address: string;
  cleaned: string[];
  typos: string[];
  extracted?: string;
}

/** Strip what surrounds the address. Returns a reason string when the cell holds several addresses. */
function unwrap(text: string): Cleaned | { several: true } {
  // Most cells already hold a bare address: nothing around it to strip.
  const bare = text.trim();
  if (BARE_ADDRESS.test(bare)) return { address: bare, cleaned: [], typos: [] };
  const cleaned: string[] = [];
  const typos: string[] = [];
  let extracted: string | undefined;
  let t = cleanText(text);
  if (t !== text.trim()) cleaned.push('removed invisible or odd spaces');
  if (MAILTO.test(t)) {
    t = t.replace(MAILTO, '').replace(/\?.*$/s, '');
    cleaned.push('removed "mailto:"');
  }
  // "John Doe <john@x.com>": the address is the part in angle brackets.
  const angle = /<([^<>]*@[^<>]*)>/.exec(t);
  if (angle && angle[1] !== undefined && countChar(t, '<') === 1) {
    const outside = (t.slice(0, angle.index) + t.slice(angle.index + angle[0].length)).replace(/["'\s,;:]/g, '');
    if (outside) extracted = t;
    else cleaned.push('removed the angle brackets');
    t = angle[1].trim();
  }
  if (/@{2,}/.test(t)) {
    t = t.replace(/@{2,}/g, '@');
    typos.push('@@ -> @');
  }
  if (countChar(t, '@') > 1 && t.split(/[\s,;/|]+/).filter((p) => /[^@]@[^@]/.test(p)).length > 1) return { several: true };
  // (A quoted mailbox, "john doe"@x.com, keeps its quotes, an address literal x@[192.0.2.1] its bracket.)
  const unwrapped = t
    .replace(/^"[^"]*"@/.test(t) ? /^\s+/ : WRAP_START, '')
    .replace(/@\[[^\]]*\]$/.test(t) ? /\s+$/ : WRAP_END, '');
  if (unwrapped !== t) {
    cleaned.push('removed surrounding quotes or brackets');
    t = unwrapped;
  }
  // Spaces around "@" and dots never belong to an address ("john @ gmail .com").
  const spaced = t.replace(/\s*([@.])\s*/g, '$1');
  if (spaced !== t) {
    cleaned.push('removed spaces');
    t = spaced;
  }
  if (/\s/.test(t)) {
    // "Email: john@x.com" or "john@x.com (work)": the address stands apart from a label or a note.
    // "john doe@x.com" is not taken apart: "doe@x.com" may well be someone else.
    const words = t.split(/\s+/);
    const at = words.findIndex((w) => w.includes('@'));
    const word = words[at];
    const before = words.slice(0, at).join(' ');
    if (word && words.filter((w) => w.includes('@')).length === 1 && (at === 0 || /[:：\-–]$/.test(before))) {
      extracted ??= t;
      t = word.replace(WRAP_START, '').replace(WRAP_END, '');
    }
  }
  const trimmed = t.replace(TRAILING_PUNCT, '');
  if (trimmed !== t) {
    cleaned.push('removed trailing punctuation');
    t = trimmed;
  }
  return { address: t, cleaned, typos, extracted };
}

/**
 * Normalize one email cell. Rules: `email.typo` (a provider typo fixed), `email.extracted` (the
 * address taken out of "Name <address>"), `email.cleaned` (mailto:, brackets, quotes, stray
 * punctuation removed), `email.lowercase` (only the case changed), `none`.
 */
export function normalizeEmail(input: Cell, opts: PlaceholderOptions = {}): EmailResult {
  const start = textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  const raw = start.text;
  const unwrapped = unwrap(raw);
  if ('several' in unwrapped) return unchanged(raw, ['suspicious'], 'looks like several email addresses in one cell; left as typed');
  const { address, cleaned, typos, extracted } = unwrapped;

  const at = address.lastIndexOf('@');
  if (at < 0) return unchanged(raw, ['invalid'], address.includes('@') ? 'not a valid email address' : 'not an email address: no @');
  const local = lower(address.slice(0, at));
  const typedDomain = lower(address.slice(at + 1));
  // A comma or a doubled dot in the domain is always a slip ("gmail,com", "gmail..com").
  let domain = typedDomain.replace(/,/g, '.').replace(/\.{2,}/g, '.');
  let doubt: string | undefined;
  if (domain !== typedDomain || /^[a-z0-9.-]+$/.test(domain)) {
    const fix = fixDomain(domain);
    domain = fix.domain;
    doubt = fix.doubt;
  }
  if (domain !== typedDomain) typos.unshift(`${typedDomain} -> ${domain}`);

  const problem = syntaxProblem(local, domain);
  if (problem) return unchanged(raw, ['invalid'], `not a valid email address: ${problem}`);

  const value = `${local}@${domain}`;
  const { flags, notes } = flagsFor(local, domain);
  if (doubt && !flags.includes('suspicious')) {
    flags.push('suspicious');
    notes.unshift(doubt);
  }
  const changed = value !== raw;
  let rule = 'none';
  const did: string[] = [];
  if (typos.length) {
    rule = 'email.typo';
    did.push(`fixed typo ${typos.join(', ')}`);
  }
  if (extracted) {
    if (rule === 'none') rule = 'email.extracted';
    did.push(`took the address out of "${extracted}"`);
  }
  if (cleaned.length) {
    if (rule === 'none') rule = 'email.cleaned';
    did.push(cleaned.join(', '));
  }
  if (lower(address) !== address) {
    if (rule === 'none') rule = 'email.lowercase';
    did.push('lower-cased');
  }
  const why = [...did, ...notes].join('; ');
  return { value, changed, rule, why, flags, domain };
}

/**
 * The key two addresses share when they reach the same mailbox: lower-case, typos fixed, "+tags"
 * dropped, and for Gmail also the dots (Gmail ignores them) with googlemail.com read as gmail.com.
 * Text that is not an address is returned trimmed and lower-cased, so it only matches itself; a
 * placeholder ("N/A", "không có") has no key at all ('').
 */
export function emailMatchKey(email: string): string {
  if (typeof email !== 'string') return '';
  return emailMatchKeyOf(email, normalizeEmail(email));
}

/** emailMatchKey from a normalizeEmail result already at hand (the dedupe keys' hot path). */
export function emailMatchKeyOf(typed: string, normalized: EmailResult): string {
  if (normalized.flags.includes('placeholder')) return '';
  const address = normalized.flags.includes('invalid') || typeof normalized.value !== 'string' ? lower(typed.trim()) : normalized.value;
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (getTables().gmail.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
