/**
 * Company names: write the legal form one consistent way ("Acme, Inc." and "ACME INC" both become
 * "Acme Inc."), position-aware (PT / CV / Công ty TNHH before the name, Inc. / s.r.o. / AB / A.Ş.
 * after it), and a matching key with legal forms and noise words removed.
 *
 * Ambiguity guards, all from real names:
 *   - a suffix form only counts as the LAST word(s) and a prefix form only as the FIRST, so
 *     "Ab Inbev", "As Roma" and "Coca Cola" keep their names;
 *   - a form needs a name beside it: "AB", "Inc." or "PT" alone is kept as typed;
 *   - a spelling that fits several forms ("A.S." = Czech a.s. or Turkish A.Ş.) is resolved by the
 *     letters of the name (Turkish ş/ğ/ı, Czech ř/ě/ů ...); if that does not decide it, the form is
 *     kept as typed (but still removed from the matching key).
 * Name casing: acronyms and brands keep their casing ("IKEA AB", "SAP SE", "adidas"). A name is
 * only re-cased when the cell shows it was typed without regard to case: it is in one case (ALL
 * CAPS or all lower) AND either the name has two words or more ("ACME INDONESIA", "maju jaya") or
 * a legal form was typed in another case than its own ("ACME INC" against "Inc.", "pt ... tbk"
 * against "PT ... Tbk"). "IKEA AB" shows nothing: AB is always capitals, and a one-word name in
 * capitals may be an acronym. From ALL CAPS only words of 4+ letters that have a vowel are
 * re-cased ("ACME INDONESIA" -> "Acme Indonesia"; "IBM", "KPMG" stay); Vietnamese words are all
 * re-cased (the language is monosyllabic: "VIỆT NAM" -> "Việt Nam"); from all lower case every
 * word is capitalized ("pt maju jaya tbk" -> "PT Maju Jaya Tbk").
 */
import type { Cell, LegalFormStyle, Normalized, PlaceholderOptions } from './types';
import { textInput, unchanged } from './cell';
import { cleanText, foldText } from './text';
import { capitalize, isTurkishText, letterCase, lowerCase } from './casing';
import { CURATED_LEGAL_FORMS } from '../data/legal-forms-curated';
import { GENERATED_LEGAL_FORMS } from '../data/legal-forms.generated';

export interface CompanyOptions extends PlaceholderOptions {
  style?: LegalFormStyle;
}

type Position = 'pre' | 'suf' | 'desc';

interface Form {
  short: string;
  long: string;
  pos: Position;
  countries: readonly string[];
}

interface Tables {
  /** Loose key with diacritics kept ("aş", "sro") -> forms. */
  exact: Map<string, Form[]>;
  /** Loose key with diacritics folded ("as") -> forms, for text typed without them. */
  folded: Map<string, Form[]>;
  maxTokens: number;
}

let tables: Tables | undefined;

/** Loose key of a spelling: lower-case, no dots, commas, brackets or spaces ("S. R. O." -> "sro"). */
function formKey(s: string): string {
  return s.replace(/İ/g, 'i').toLowerCase().replace(/[.,()\s]/g, '');
}
function foldedKey(s: string): string {
  // Fast path for plain ASCII (most tokens): same result as the foldText route below.
  if (ASCII.test(s)) return s.toLowerCase().replace(/&/g, 'and').replace(/\//g, 'slash').replace(/[^a-z0-9]+/g, '');
  return foldText(s.replace(/&/g, ' and ').replace(/\//g, ' slash ')).replace(/ /g, '');
}

function addForm(t: Tables, variants: readonly string[], form: Form, curatedKeys: Set<string> | null): void {
  for (const v of variants) {
    const ek = formKey(v);
    if (curatedKeys?.has(ek)) continue; // hand-curated spellings win over generated ones
    const fk = foldedKey(v);
    for (const [map, key] of [[t.exact, ek], [t.folded, fk]] as const) {
      const list = map.get(key) ?? [];
      if (!list.includes(form)) list.push(form);
      map.set(key, list);
    }
    t.maxTokens = Math.max(t.maxTokens, v.split(/\s+/).length + 1);
  }
}

// Built on first use: Apps Script re-evaluates the bundle on every custom-function call.
function getTables(): Tables {
  if (tables) return tables;
  const t: Tables = { exact: new Map(), folded: new Map(), maxTokens: 1 };
  const curatedKeys = new Set<string>();
  for (const line of CURATED_LEGAL_FORMS) {
    const [short = '', long = '', pos = 'suf', cc = '', variants = ''] = line.split('|');
    const list = variants.split(';');
    addForm(t, list, { short, long, pos: pos as Position, countries: cc.split(' ') }, null);
    for (const v of list) curatedKeys.add(formKey(v));
  }
  for (const line of GENERATED_LEGAL_FORMS.split('\n')) {
    const [short = '', long = '', cc = ''] = line.split('|');
    if (short) addForm(t, [short], { short, long: long || short, pos: 'suf', countries: cc.split(' ') }, curatedKeys);
  }
  tables = t;
  return t;
}

// Letters that point at a country when a spelling fits several forms.
const CONTEXT: readonly (readonly [RegExp, readonly string[]])[] = [
  [/[ğĞıİşŞ]/, ['TR']],
  [/[ěĚřŘůŮťŤďĎňŇšŠčČžŽ]/, ['CZ', 'SK']], // after Turkish: only reached without ş/ğ/ı
  [/[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/, ['VN']],
  [/[øØæÆ]/, ['NO', 'DK']],
  [/[åÅ]/, ['SE', 'FI', 'NO', 'DK']],
  // ç is also French/Portuguese, but those have no form spelled like a Turkish one (A.S.).
  [/[çÇ]/, ['TR']],
];
const VIETNAMESE_LETTERS = /[ăâđơưĂÂĐƠƯ\u1EA0-\u1EF9]/;
const ASCII = /^[\x20-\x7e]*$/;

interface Match {
  /** Index of the first and one past the last token of the form. */
  from: number;
  to: number;
  /** The resolved form, or null when the spelling fits several forms and the name does not decide. */
  form: Form | null;
  pos: Position;
}

/** Per-token loose keys, computed once per value (the keys of a run of tokens are their concatenation). */
interface TokenKeys {
  exact: string[];
  folded: string[];
  ascii: boolean[];
}

// Company columns repeat the same words (Inc, PT, Ltd, Acme ...): remember each token's keys.
// Bounded so a huge sheet of unique names cannot grow it without limit.
const TOKEN_CACHE_MAX = 20000;
let tokenCache: Map<string, readonly [string, string, boolean]> | undefined;

function tokenKeys(tokens: readonly string[]): TokenKeys {
  tokenCache ??= new Map();
  const out: TokenKeys = { exact: [], folded: [], ascii: [] };
  for (const tk of tokens) {
    let k = tokenCache.get(tk);
    if (!k) {
      if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
      k = [formKey(tk), foldedKey(tk), ASCII.test(tk)];
      tokenCache.set(tk, k);
    }
    out.exact.push(k[0]);
    out.folded.push(k[1]);
    out.ascii.push(k[2]);
  }
  return out;
}

function candidates(keys: TokenKeys, from: number, to: number, t: Tables): Form[] {
  let exact = '';
  let folded = '';
  let ascii = true;
  for (let i = from; i < to; i++) {
    exact += keys.exact[i] ?? '';
    folded += keys.folded[i] ?? '';
    ascii &&= keys.ascii[i] ?? true;
  }
  if (ascii) return t.folded.get(folded) ?? [];
  return t.exact.get(exact) ?? t.folded.get(folded) ?? [];
}

/** Pick one form out of several that fit the spelling, or null when it stays ambiguous. */
function resolve(forms: Form[], typed: string, text: string): Form | null {
  const shorts = new Set(forms.map((f) => f.short));
  if (shorts.size === 1) return forms[0] ?? null;
  for (const [re, countries] of CONTEXT) {
    if (!re.test(text)) continue;
    const hit = forms.filter((f) => f.countries.some((c) => countries.includes(c)));
    if (new Set(hit.map((f) => f.short)).size === 1) return hit[0] ?? null;
  }
  // Typed exactly like one of them ("a.s." is the Czech spelling, "AS" the Norwegian): keep it.
  return forms.find((f) => f.short === typed) ?? null;
}

interface Parsed {
  tokens: string[];
  prefix: Match | null;
  suffixes: Match[]; // in reading order
  /** A prefix-type form written at the end ("ACME INDONESIA, PT."), to be moved to the front. */
  movedPrefix: Match | null;
}

/**
 * Find the legal forms of a tokenized name. `lenient` (for the matching key) also accepts a
 * prefix form written at the end without a comma.
 */
function parse(tokens: string[], text: string, lenient: boolean): Parsed {
  const t = getTables();
  const keys = tokenKeys(tokens);
  const out: Parsed = { tokens, prefix: null, suffixes: [], movedPrefix: null };
  let start = 0;
  let end = tokens.length;
  // Prefix: longest match first; there must be a name after it ("PT" alone is not a form).
  for (let k = Math.min(t.maxTokens, end - 1); k >= 1 && !out.prefix; k--) {
    const forms = candidates(keys, 0, k, t).filter((f) => f.pos === 'pre');
    if (forms.length) {
      out.prefix = { from: 0, to: k, form: resolve(forms, tokens.slice(0, k).join(' '), text), pos: 'pre' };
      start = k;
    }
  }
  // Suffixes, from the end; chains such as "(Persero) Tbk" and "San. ve Tic. A.Ş." are allowed.
  for (let round = 0; round < 3; round++) {
    let found: Match | null = null;
    for (let k = Math.min(t.maxTokens, end - start - 1); k >= 1 && !found; k--) {
      const from = end - k;
      const all = candidates(keys, from, end, t);
      if (!all.length) continue;
      const typed = tokens.slice(from, end).join(' ');
      let forms = all.filter((f) => f.pos === 'suf');
      // A Turkish descriptor only belongs to the form when it stands right before A.Ş./Ltd. Şti.
      if (!forms.length && out.suffixes[0]?.form?.countries.includes('TR')) forms = all.filter((f) => f.pos === 'desc');
      if (forms.length) {
        found = { from, to: end, form: resolve(forms, typed, text), pos: forms[0]?.pos ?? 'suf' };
        continue;
      }
      // A prefix form at the end: "ACME INDONESIA, PT." (comma before it) is the inverted way of
      // writing "PT Acme Indonesia". Without the comma ("Acme PT") it may be a word of the name.
      const pre = all.filter((f) => f.pos === 'pre');
      if (pre.length && !out.prefix && !out.movedPrefix && out.suffixes.length === 0) {
        const comma = tokens[from - 1]?.endsWith(',') ?? false;
        if (comma || lenient) {
          out.movedPrefix = { from, to: end, form: resolve(pre, typed, text), pos: 'pre' };
          found = out.movedPrefix;
        }
      }
    }
    if (!found) break;
    if (found !== out.movedPrefix) out.suffixes.unshift(found);
    end = found.from;
  }
  return out;
}

/** Split text into words; "Acme,Inc." and "Co.,Ltd" get a space after the comma first. */
function tokenize(text: string): string[] {
  return text.replace(/,(?=\p{L})/gu, ', ').split(/\s+/).filter((w) => w !== '');
}

const ACRONYM_LEN = 3;
const VOWEL = /[aeiouyáàâäãåāăąéèêëěēęíìîïıīóòôöõøōőúùûüůūűýÿİ]/i;
// Small joining words written in lower case inside a re-cased name ("Bank of America").
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'du', 'des', 've', 'và', 'och', 'und', 'dan', 'a', 'i', 'y']);

function recaseWord(word: string, first: boolean, turkish: boolean, vietnamese: boolean, fromLower: boolean): string {
  return word
    .split('-')
    .map((piece, pi) => {
      const m = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(piece);
      // Pieces with digits or inner symbols ("3M", "AT&T", "BOL.COM") are kept as typed.
      if (!m) return piece;
      const [, lead = '', core = '', tail = ''] = m;
      const lower = lowerCase(core, turkish);
      if (!(first && pi === 0) && SMALL_WORDS.has(lower)) return lead + lower + tail;
      // In capitals a short or vowel-less word is an acronym ("IBM", "KPMG"); lower case hides nothing.
      // Letters beyond ASCII are a word's, not an acronym's ("KOÇ", "ÖZ").
      if (!fromLower && !vietnamese && ASCII.test(core) && (core.length <= ACRONYM_LEN || !VOWEL.test(core))) return piece;
      return lead + capitalize(core, turkish) + tail;
    })
    .join('-');
}

function render(p: Parsed, style: LegalFormStyle, recase: boolean, text: string): string {
  const { tokens } = p;
  const name = nameTokens(p);
  // Turkish casing (I -> ı) for a word with Turkish letters of its own, or in a text whose typist
  // tells İ from I: "KOÇ HOLDING A.Ş." is Koç Holding (a loanword), "YILDIZ HOLDİNG" Yıldız Holding.
  const turkish = isTurkishText(text);
  const dotted = /[İı]/.test(text);
  const vietnamese = VIETNAMESE_LETTERS.test(text);
  const fromLower = nameCase(p) === 'lower';
  const words = recase ? name.map((w, i) => recaseWord(w, i === 0, turkish && (dotted || isTurkishText(w)), vietnamese, fromLower)) : name.slice();
  const formText = (m: Match): string => {
    if (style === 'none') return '';
    if (!m.form) return tokens.slice(m.from, m.to).join(' ');
    return style === 'long' ? m.form.long : m.form.short;
  };
  // The comma between a name and a resolved suffix is dropped ("Acme, Inc." -> "Acme Inc.");
  // the comma before an unresolved one is kept with the form as typed.
  const lastSuffix = p.movedPrefix ?? p.suffixes[0];
  if (lastSuffix && (lastSuffix.form || lastSuffix === p.movedPrefix || style === 'none') && words.length) {
    const last = words.length - 1;
    words[last] = (words[last] ?? '').replace(/,$/, '');
  }
  const pre = p.prefix ?? p.movedPrefix;
  const parts = [pre ? formText(pre) : '', ...words, ...p.suffixes.map(formText)];
  return parts.filter((s) => s !== '').join(' ');
}

const NOT_A_COMPANY = /^[=+]|@|:\/\//;
const CASE_WORDS = { upper: 'ALL CAPS', lower: 'all lower-case' } as const;

/** The letters of a text, in their case ("A.Ş." -> "AŞ", "s. r. o." -> "sro"). */
function lettersOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

/** The tokens of the name itself, without its legal forms. */
function nameTokens(p: Parsed): string[] {
  const nameFrom = p.prefix ? p.prefix.to : 0;
  const nameTo = p.movedPrefix ? p.movedPrefix.from : p.suffixes[0]?.from ?? p.tokens.length;
  return p.tokens.slice(nameFrom, nameTo);
}

/** How the name's own letters are cased (its legal forms aside). */
function nameCase(p: Parsed): ReturnType<typeof letterCase> {
  return letterCase(lettersOf(nameTokens(p).join('')));
}

/**
 * Whether the name was typed without regard to case, so it may be re-cased (see the file
 * comment): its words are all in one case, and there are two of them or more, or a legal form was
 * typed in that same case against its own spelling ("ACME INC": INC for "Inc."). The form's own
 * case does not count ("IKEA ab" keeps IKEA): only the name's words say how the name was typed.
 */
function typedCaselessly(p: Parsed): boolean {
  const nameWords = nameTokens(p).filter((w) => /\p{L}/u.test(w));
  const kind = nameCase(p);
  if (kind !== 'upper' && kind !== 'lower') return false;
  if (nameWords.length >= 2) return true;
  return [p.prefix, p.movedPrefix, ...p.suffixes].some((m) => {
    if (!m?.form) return false;
    const typed = letterCase(lettersOf(p.tokens.slice(m.from, m.to).join('')));
    return typed === kind && letterCase(lettersOf(m.form.short)) !== kind;
  });
}

export function normalizeCompany(input: Cell, opts: CompanyOptions = {}): Normalized {
  const start = textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  const text = cleanText(start.text);
  if (NOT_A_COMPANY.test(text) || text.includes('\n')) return unchanged(input);
  const style = opts.style ?? 'short';
  const tokens = tokenize(text);
  const parsed = parse(tokens, text, false);
  const typed = tokens.join(' ');
  const withForms = render(parsed, style, false, text);
  const recase = typedCaselessly(parsed);
  // NFC again after re-casing: an upper-cased "i̇" (i + combining dot) composes into "İ".
  const value = recase ? render(parsed, style, true, text).normalize('NFC') : withForms;
  if (value === start.text) return { value, changed: false, rule: 'none', why: '', flags: [] };
  if (value === '') return unchanged(input);
  let rule = 'company.whitespace';
  let why = 'removed extra or invisible spaces';
  if (withForms !== typed) {
    rule = 'company.legal-form';
    const forms = [parsed.prefix, parsed.movedPrefix, ...parsed.suffixes].filter((m): m is Match => m !== null);
    const shown = forms.map((m) => tokens.slice(m.from, m.to).join(' ')).join(' + ');
    why = style === 'none' ? `removed legal form ${shown}` : `wrote legal form ${shown} one consistent way`;
    if (value !== withForms) why += ` and re-cased ${CASE_WORDS[nameCase(parsed) === 'lower' ? 'lower' : 'upper']} name`;
  } else if (value !== withForms) {
    rule = 'company.case';
    why = `re-cased ${CASE_WORDS[nameCase(parsed) === 'lower' ? 'lower' : 'upper']} company name`;
  }
  return { value, changed: value !== input, rule, why, flags: [] };
}

// Words that do not tell two companies apart: articles, "company", "and" in the supported
// languages. "Group" and "Holding" are kept on purpose: "Acme Holding" and "Acme" are often
// different legal entities.
const NOISE = new Set(['the', 'company', 'co', 'and', 'dan', 've', 'och', 'und', 'et', 'va', 'cty']);
// Names written with or without a space in different languages ("Việt Nam" / "Vietnam").
const ALIASES: readonly (readonly [RegExp, string])[] = [
  [/\bviet nam\b/g, 'vietnam'],
  [/\bcong ty\b/g, ''], // Vietnamese "company" without a form after it
];

/** Matching key of a company name: folded, legal form and noise words removed. '' for blank and placeholders. */
export function companyKey(input: Cell, opts: PlaceholderOptions = {}): string {
  const start = textInput(input, opts.placeholders);
  if ('done' in start || typeof input !== 'string') return '';
  const text = cleanText(start.text);
  if (/^[=+]/.test(text)) return ''; // formula text, not a name
  const tokens = tokenize(text);
  const p = parse(tokens, text, true);
  const from = p.prefix ? p.prefix.to : 0;
  const to = p.movedPrefix ? p.movedPrefix.from : p.suffixes[0]?.from ?? tokens.length;
  let key = foldText(tokens.slice(from, to).join(' '));
  for (const [re, to2] of ALIASES) key = key.replace(re, to2);
  const words = key.split(' ').filter((w) => w !== '' && !NOISE.has(w));
  // A name made only of noise words ("The Company") keeps them rather than becoming empty.
  return words.length ? words.join(' ') : key.trim() || foldText(text);
}
