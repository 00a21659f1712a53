/**
 * Country names: any spelling in any supported language ("USA", "U.S.A.", "Amerika Birleşik
 * Devletleri", "Hoa Kỳ", "Spojené státy", "Amerika Serikat", "Förenta staterna") to one value.
 *
 * The table is generated (scripts/gen-countries.ts) from i18n-iso-countries and CLDR; this file
 * only decodes it, lazily, on the first call: Apps Script re-evaluates the whole bundle for every
 * custom-function call, so nothing is built at load time.
 *
 * Lookup order for a value:
 *  1. A bare code, the whole cell, is read as an ISO code first: two plain ASCII letters in one
 *     case ("MY", "vn") or three capitals ("DEU"): that is how systems export countries. Three
 *     lower-case letters are a word first ("can", "per", "and" are not Canada, Peru, Andorra).
 *     Mixed case ("My") and anything with diacritics ("Mỹ", "Áo", "ČR") is read as a name
 *     first, so the Vietnamese "Mỹ" (USA) does not become Malaysia and "ČR" (Czech Republic)
 *     does not become Costa Rica. Placeholders ("no", "N/A", "NA") never get this far: only in a
 *     column of codes (`codeColumn`) is an upper-case "NO" read as Norway.
 *  2. The folded text (foldText: no diacritics, lower-case, punctuation -> space).
 *  3. Dotted abbreviations with the dots removed ("U.K." -> "uk", "R.I." -> "ri"), as names
 *     only: letters split by other punctuation ("N/A", "%s %d") never make a code.
 *  4. Ignoring spaces, when only one country fits ("Cote dIvoire", "Hongkong").
 *  5. Without a leading "the" or a trailing "(...)" ("The Gambia", "Germany (DE)").
 * Keys that fit several countries ("Korea", "Congo") are ambiguous and never guessed.
 */
import type { Cell, Normalized, PlaceholderOptions } from './types';
import { textInput, unchanged } from './cell';
import { cleanText, foldText } from './text';
import { isPlaceholder } from './placeholder';
import { COUNTRY_ALIASES, COUNTRY_CODES, COUNTRY_NAMES, COUNTRY_OVERRIDES } from '../data/countries.generated';

export interface CountryOptions extends PlaceholderOptions {
  /**
   * 'name' (English name, default), 'iso2', 'iso3', or a language code (id, vi, cs, sv, tr, de,
   * fr, ...) for the local name. Unknown languages fall back to the English name.
   */
  output?: string;
  /**
   * The column holds ISO codes (most values are two capitals): an upper-case code that is also
   * a placeholder word ("NO", "NA") is then read as the code.
   */
  codeColumn?: boolean;
}

export interface CountryResult extends Normalized {
  /** ISO alpha-2 code when the value was recognized. */
  iso2?: string;
}

/** A lookup outcome: a table index, several indexes (ambiguous), or nothing. */
type Hit = number | number[] | undefined;

interface CountryTables {
  iso2: string[];
  iso3: string[];
  /** lower-case alpha-2 and alpha-3 -> index */
  byCode: Map<string, number>;
  /** folded spelling -> index, or indexes when ambiguous */
  byName: Map<string, number | number[]>;
  /** folded spelling without spaces -> index (-1 when two countries share it), see lookupUncached */
  byCompact: Map<string, number>;
  /** decoded display names per output language, filled on demand */
  names: Map<string, string[]>;
}

let tables: CountryTables | undefined;

function load(): CountryTables {
  if (tables) return tables;
  const iso2: string[] = [];
  const iso3: string[] = [];
  const byCode = new Map<string, number>();
  for (let i = 0; i * 5 < COUNTRY_CODES.length; i++) {
    const a2 = COUNTRY_CODES.slice(i * 5, i * 5 + 2);
    const a3 = COUNTRY_CODES.slice(i * 5 + 2, i * 5 + 5);
    iso2.push(a2);
    iso3.push(a3);
    byCode.set(a2.toLowerCase(), i);
    byCode.set(a3.toLowerCase(), i);
  }
  const byName = new Map<string, number | number[]>();
  // Same order as the generator assumes: display names, then aliases, then overrides.
  for (const lang of Object.keys(COUNTRY_NAMES)) {
    (COUNTRY_NAMES[lang] ?? '').split('|').forEach((name, i) => {
      if (name) byName.set(foldText(name), i);
    });
  }
  COUNTRY_ALIASES.split(';').forEach((list, i) => {
    if (list) for (const key of list.split('|')) byName.set(key, i);
  });
  const index = new Map(iso2.map((c, i) => [c, i]));
  for (const entry of COUNTRY_OVERRIDES.split('|')) {
    const colon = entry.lastIndexOf(':');
    if (colon < 0) continue;
    const found = entry
      .slice(colon + 1)
      .split(' ')
      .map((c) => index.get(c))
      .filter((i): i is number => i !== undefined);
    const first = found[0];
    if (first === undefined) continue;
    byName.set(entry.slice(0, colon), found.length === 1 ? first : found);
  }
  const byCompact = new Map<string, number>();
  for (const [key, hit] of byName) {
    if (Array.isArray(hit)) continue;
    const compact = key.replace(/ /g, '');
    const prev = byCompact.get(compact);
    byCompact.set(compact, prev === undefined || prev === hit ? hit : -1);
  }
  tables = { iso2, iso3, byCode, byName, byCompact, names: new Map() };
  return tables;
}

// Distinct spellings in a country column are few, and phone normalization asks for the country
// of every row: a bounded cache keeps repeated lookups to one Map read.
const CACHE_LIMIT = 5000;
let cache = new Map<string, Hit>();

const CODE_LIKE = /^(?:[A-Za-z]{2}|[A-Z]{3})$/;
const UPPER_ALPHA2 = /^[A-Z]{2}$/;
// "U.S.A.", "R. I.": single letters each followed by a dot, nothing else.
const DOTTED_LETTERS = /^(?:\p{L}\.\s?){2,}\p{L}?$/u;

function lookupText(text: string): Hit {
  const cached = cache.get(text);
  if (cached !== undefined || cache.has(text)) return cached;
  const hit = lookupUncached(text);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(text, hit);
  return hit;
}

function lookupUncached(raw: string): Hit {
  const t = load();
  const text = cleanText(raw);
  if (CODE_LIKE.test(text)) {
    const key = text.toLowerCase();
    const byName = t.byName.get(key);
    const byCode = t.byCode.get(key);
    const oneCase = text === text.toUpperCase() || text === key;
    // An explicitly ambiguous short form ("AS": American Samoa or Amerika Serikat) stays ambiguous.
    if (Array.isArray(byName)) return byName;
    return oneCase ? (byCode ?? byName) : (byName ?? byCode);
  }
  const folded = foldText(text);
  if (!folded) return undefined;
  const direct = t.byName.get(folded);
  if (direct !== undefined) return direct;
  if (DOTTED_LETTERS.test(text)) {
    const hit = t.byName.get(folded.replace(/ /g, ''));
    if (hit !== undefined) return hit;
  }
  // Spacing differences: "Cote dIvoire", "Hongkong", "New Zea land". Only when one country fits.
  const compact = folded.replace(/ /g, '');
  const byCompact = compact.length >= 4 ? t.byCompact.get(compact) : undefined;
  if (byCompact !== undefined && byCompact >= 0) return byCompact;
  // "The Gambia", "Germany (DE)": retry once without the decoration.
  const bare = text.replace(/\s*\([^()]*\)\s*$/, '').replace(/^the\s+/i, '');
  if (bare !== text && bare) return lookupUncached(bare);
  return undefined;
}

function namesFor(lang: string): string[] | undefined {
  const t = load();
  const got = t.names.get(lang);
  if (got) return got;
  // The language comes from a formula argument: "constructor" is just an unknown language.
  if (!Object.prototype.hasOwnProperty.call(COUNTRY_NAMES, lang)) return undefined;
  const packed = COUNTRY_NAMES[lang];
  if (packed === undefined) return undefined;
  const list = packed.split('|');
  t.names.set(lang, list);
  return list;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** Name from the engine's CLDR for a language the table does not store (null when unavailable). */
function intlName(lang: string, iso2: string): string | null {
  let dn = displayNames.get(lang);
  if (dn === undefined) {
    dn = null;
    try {
      if (typeof Intl !== 'undefined' && typeof Intl.DisplayNames === 'function' && Intl.DisplayNames.supportedLocalesOf([lang]).length > 0) {
        dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      }
    } catch {
      dn = null; // an invalid language tag
    }
    displayNames.set(lang, dn);
  }
  try {
    return dn?.of(iso2) ?? null;
  } catch {
    return null;
  }
}

/** The value to write for country `i` in the requested output. */
function render(i: number, output: string | undefined): string {
  const t = load();
  const english = namesFor('en')?.[i] || (t.iso2[i] ?? '');
  const want = (output ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (want === '' || want === 'name' || want === 'en' || want === 'english') return english;
  if (want === 'iso2' || want === 'alpha2' || want === 'alpha-2' || want === 'code') return t.iso2[i] ?? english;
  if (want === 'iso3' || want === 'alpha3' || want === 'alpha-3') return t.iso3[i] ?? english;
  // Language tags: the stored table first ("pt-BR" -> "pt"), then the engine's CLDR.
  const primary = want.split('-')[0] ?? want;
  const stored = namesFor(want) ?? namesFor(primary);
  if (stored) return stored[i] || english;
  const a2 = t.iso2[i];
  return (a2 && intlName(want, a2)) || english;
}

/** Whether a cell of a code column is an upper-case ISO alpha-2 code (read before placeholders). */
function isColumnCode(input: Cell, opts: Pick<CountryOptions, 'codeColumn'>): input is string {
  return opts.codeColumn === true && typeof input === 'string' && UPPER_ALPHA2.test(input.trim()) && load().byCode.has(input.trim().toLowerCase());
}

export function normalizeCountry(input: Cell, opts: CountryOptions = {}): CountryResult {
  const start = isColumnCode(input, opts) ? { text: input } : textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  const hit = lookupText(start.text);
  const t = load();
  if (hit === undefined) return unchanged(input, ['unrecognized'], `"${start.text.trim()}" is not a known country`);
  if (Array.isArray(hit)) {
    const codes = hit.map((i) => t.iso2[i]).join(', ');
    return unchanged(input, ['ambiguous'], `"${start.text.trim()}" fits several countries (${codes})`);
  }
  const iso2 = t.iso2[hit] ?? '';
  const value = render(hit, opts.output);
  const changed = value !== input;
  if (!changed) return { value, changed, rule: 'none', why: '', flags: [], iso2 };
  return { value, changed, rule: 'country.canonical', why: `${start.text.trim()} -> ${value} (ISO ${iso2})`, flags: [], iso2 };
}

/** ISO alpha-2 code for any spelling, or null when unknown, ambiguous or a placeholder. */
export function countryToIso2(input: Cell, opts: Pick<CountryOptions, 'placeholders' | 'codeColumn'> = {}): string | null {
  if (typeof input !== 'string' || input.length > 200 || input.trim() === '') return null;
  if (!isColumnCode(input, opts) && isPlaceholder(input, opts.placeholders)) return null;
  const hit = lookupText(input);
  if (hit === undefined || Array.isArray(hit)) return null;
  return load().iso2[hit] ?? null;
}
