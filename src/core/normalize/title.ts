/**
 * Job titles: abbreviations and synonyms in six languages to one canonical English title
 * ("CMO", "Chief Marketing Officer", "Marketing Chief", "Pazarlama Direktörü" -> "Chief
 * Marketing Officer"). The classes and their variants live in ../data/titles.ts.
 *
 * Matching works on a key, not on the raw text:
 *  - folded (foldText: no diacritics, lower-case, punctuation -> space), so "Giám đốc" = "giam doc";
 *  - common abbreviations expanded (Mgr, Dir, VP, Sr, Jr, Asst, Exec, Mktg ...), so "Sr. Mktg Mgr"
 *    and "Senior Marketing Manager" are one key;
 *  - English filler words dropped ("Head of Sales" = "Head Sales");
 *  - then looked up as written, and else with the words sorted, so "Marketing Chief" finds
 *    "Chief Marketing" and "Manager, Sales" finds "Sales Manager". A sorted key that two classes
 *    share is dropped: order matters there, and we never guess.
 * A leading Senior/Junior (Vietnamese: trailing "cấp cao") is kept as a prefix of the canonical
 * title: "Sr. Account Exec" -> "Senior Account Executive".
 *
 * Unknown titles are never rewritten beyond whitespace clean-up; they are flagged 'unrecognized'.
 */
import type { Cell, Normalized, PlaceholderOptions } from './types';
import { textInput } from './cell';
import { cleanText, foldText } from './text';
import { TITLE_ALIASES } from '../data/titles';
import { isPlaceholder } from './placeholder';

export interface TitleOptions extends PlaceholderOptions {
  /** Extra aliases from the user's value map: canonical title -> variants. */
  extraAliases?: Record<string, string[]>;
}

/**
 * Folded abbreviation -> the words it stands for. Applied to table entries and input alike.
 * Looked up through a Map (abbreviations()): a title word such as "constructor" is text, never a
 * property of an object.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  mgr: 'manager',
  mngr: 'manager',
  mgmt: 'management',
  dir: 'director',
  vp: 'vice president',
  svp: 'senior vice president',
  evp: 'executive vice president',
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  asst: 'assistant',
  exec: 'executive',
  engr: 'engineer',
  mktg: 'marketing',
  mkt: 'marketing',
  mkg: 'marketing',
  acct: 'account',
  rep: 'representative',
  coord: 'coordinator',
  ops: 'operations',
  biz: 'business',
  bizdev: 'business development',
  cust: 'customer',
  svc: 'service',
  cofounder: 'co founder',
  // Vietnamese typed without the đ: "giam doc" is already the folded form; "gd" stays an alias.
};

/** Words that carry no meaning in an English title ("Head of Sales", "Founder and CEO"). */
const FILLER = new Set(['of', 'the', 'for', 'and']);

/** Seniority markers kept as a prefix of the canonical title. Turkish "kıdemli" = senior. */
const SENIORITY: ReadonlyArray<readonly [string, string]> = [['senior', 'Senior'], ['kidemli', 'Senior'], ['junior', 'Junior']];

let maps: { abbreviations: Map<string, string>; seniority: Map<string, string> } | undefined;
// Built on first use: Apps Script re-evaluates the bundle on every custom-function call.
function lookups(): NonNullable<typeof maps> {
  maps ??= { abbreviations: new Map(Object.entries(ABBREVIATIONS)), seniority: new Map(SENIORITY) };
  return maps;
}

function keyTokens(text: string): string[] {
  const out: string[] = [];
  // Dotted acronyms fold to single letters ("C.E.O." -> "c e o"): join each run back together.
  const words = foldText(text)
    .replace(/(?:^|(?<= ))\p{L}(?: \p{L})+(?= |$)/gu, (run) => run.replace(/ /g, ''))
    .split(' ');
  const { abbreviations } = lookups();
  for (const word of words) {
    if (!word) continue;
    const expanded = abbreviations.get(word);
    if (expanded) out.push(...expanded.split(' '));
    else if (!FILLER.has(word)) out.push(word);
  }
  return out;
}

function sortedKey(tokens: string[]): string {
  return [...tokens].sort().join(' ');
}

/** Exact and order-free lookups for one alias table; null marks a sorted key two classes share. */
interface TitleIndex {
  exact: Map<string, string>;
  sorted: Map<string, string | null>;
}

function buildIndex(table: Readonly<Record<string, readonly string[]>>): TitleIndex {
  const exact = new Map<string, string>();
  const sorted = new Map<string, string | null>();
  for (const [canonical, aliases] of Object.entries(table)) {
    const title = cleanText(canonical);
    if (!title) continue;
    // User value maps are data, not types: a list may be missing or not a list at all.
    for (const alias of [canonical, ...(Array.isArray(aliases) ? aliases : [])]) {
      // A placeholder ("N/A") can never be the alias of a real title.
      if (typeof alias !== 'string' || isPlaceholder(alias)) continue;
      const tokens = keyTokens(alias);
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      if (!exact.has(key)) exact.set(key, title);
      const s = sortedKey(tokens);
      const prev = sorted.get(s);
      if (prev === undefined) sorted.set(s, title);
      else if (prev !== title) sorted.set(s, null);
    }
  }
  return { exact, sorted };
}

let builtIn: TitleIndex | undefined;
// The user's value map object is the same for every row of a run: index it once per object.
const userIndexes = new WeakMap<object, TitleIndex>();

function find(index: TitleIndex, tokens: string[]): string | undefined {
  return index.exact.get(tokens.join(' ')) ?? index.sorted.get(sortedKey(tokens)) ?? undefined;
}

function lookup(indexes: TitleIndex[], tokens: string[]): string | undefined {
  for (const index of indexes) {
    const hit = find(index, tokens);
    if (hit) return hit;
  }
  return undefined;
}

/** The canonical title for a text, with Senior/Junior carried over; undefined when unknown. */
function canonicalTitle(text: string, indexes: TitleIndex[]): string | undefined {
  const tokens = keyTokens(text);
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const whole = lookup(indexes, tokens);
  if (whole) return whole;
  let level: string | undefined;
  let rest = tokens;
  const first = lookups().seniority.get(tokens[0] ?? '');
  if (first) {
    level = first;
    rest = tokens.slice(1);
  } else if (tokens.length > 2 && tokens[tokens.length - 2] === 'cap' && tokens[tokens.length - 1] === 'cao') {
    level = 'Senior'; // Vietnamese "Kỹ sư phần mềm cấp cao"
    rest = tokens.slice(0, -2);
  }
  if (!level || rest.length === 0) return undefined;
  const base = lookup(indexes, rest);
  if (!base) return undefined;
  // "Senior Vice President" is its own class and found above; do not stack levels.
  return /^(Senior|Junior) /.test(base) ? base : `${level} ${base}`;
}

function indexesFor(opts: TitleOptions): TitleIndex[] {
  builtIn ??= buildIndex(TITLE_ALIASES);
  const extra = opts.extraAliases;
  if (!extra || typeof extra !== 'object') return [builtIn];
  let user = userIndexes.get(extra);
  if (!user) {
    user = buildIndex(extra);
    userIndexes.set(extra, user);
  }
  // User aliases win over the built-in table.
  return [user, builtIn];
}

export function normalizeTitle(input: Cell, opts: TitleOptions = {}): Normalized {
  const start = textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  const text = cleanText(start.text);
  const canonical = canonicalTitle(text, indexesFor(opts));
  if (canonical === undefined) {
    // Unknown titles are kept as typed; only stray spaces are cleaned.
    const flags: Normalized['flags'] = ['unrecognized'];
    if (text === input) return { value: text, changed: false, rule: 'none', why: '', flags };
    return { value: text, changed: true, rule: 'text.whitespace', why: 'removed extra or invisible spaces', flags };
  }
  if (canonical === input) return { value: canonical, changed: false, rule: 'none', why: '', flags: [] };
  return { value: canonical, changed: true, rule: 'title.canonical', why: `${text} -> ${canonical}`, flags: [] };
}
