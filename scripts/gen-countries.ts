/**
 * Generates src/core/data/countries.generated.ts, the country table behind normalizeCountry.
 *
 *   npx tsx scripts/gen-countries.ts          write the table
 *   npx tsx scripts/gen-countries.ts --check  exit 1 when the committed table is out of date
 *
 * Sources (maintained by others, never typed by hand here):
 *  - i18n-iso-countries (MIT): ISO 3166-1 alpha-2/alpha-3 codes and country names with their
 *    alternates ("Czech Republic" / "Czechia", "ABD" / "Amerika Birleşik Devletleri") per language.
 *  - CLDR region names through Node's ICU (Intl.DisplayNames), long and short style.
 *  - SUPPLEMENT below: the few CRM colloquialisms neither source has (England -> GB, Holland ...).
 *
 * The output is compact (plain strings, folded keys, names equal to English omitted) and the
 * runtime builds its Map lazily on first use, so Apps Script pays nothing at load time.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText } from '../src/core/normalize/text';
import { writeOrCheck } from './lib/generated-file';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, 'node_modules', 'i18n-iso-countries');
export const OUT_FILE = join(ROOT, 'src', 'core', 'data', 'countries.generated.ts');

/**
 * Languages with a stored display name (CRM_NORMALIZE_COUNTRY(x, "cs")). The six product
 * languages first, then the big European ones our users' customers write in. Other languages
 * fall back to Intl.DisplayNames at run time when the engine has it.
 */
export const OUTPUT_LANGS = ['en', 'id', 'vi', 'cs', 'sv', 'tr', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl'] as const;

/**
 * Languages whose spellings are accepted as input on top of OUTPUT_LANGS (their names are only
 * used as lookup keys, so they cost folded text only). Danish, Norwegian, Finnish, Malay and
 * Slovak are the neighbours of the product languages (sv, id, cs); Russian and Chinese cover
 * the two big non-Latin scripts. Measured cost per language is 1-2 KB (Latin) and 3-6 KB
 * (ru, zh); Japanese, Korean and Ukrainian (5-10 KB each) were left out to keep the table small.
 */
export const INPUT_ONLY_LANGS = ['da', 'nb', 'fi', 'ms', 'sk', 'ru', 'zh'] as const;

/**
 * Hand-written supplement: spellings CRM users type that neither source lists. Keep it short
 * and give each line a reason.
 */
const SUPPLEMENT: Record<string, string[]> = {
  // ISO 3166 has no codes for the home nations; for addresses, phone prefixes (+44) and tax the
  // country is the United Kingdom, which is how CRMs (Salesforce, HubSpot) store them.
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland', 'Inggris', 'Anh', 'Anglie', 'England', 'İngiltere', 'Ingiltere', 'Velká Británie', 'Britannia'],
  // "America"/"Amerika"/"Mỹ" in a country column means the USA in every product language.
  US: ['America', 'Amerika', 'Mỹ', 'Nước Mỹ', 'Hoa Kỳ', 'United States of America', 'Spojené státy americké', 'Förenta staterna', 'Amerikas förenta stater', 'Amerika Serikat', 'A.S.', 'ABD', 'A.B.D.', 'USA', 'U.S.', 'U.S.A.', 'US of A', 'Estados Unidos', 'EE.UU.', 'EEUU', 'Stany Zjednoczone'],
  NL: ['Holland', 'Nizozemí', 'Holandia', 'Hollanda', 'Holandsko'],
  CZ: ['Czech Republic', 'Czechia', 'Česko', 'Česká republika', 'ČR', 'Czech', 'Tschechei', 'Cộng hòa Séc', 'Çek Cumhuriyeti', 'Çekya', 'Republik Ceko', 'Tjeckiska republiken'],
  SK: ['Slovensko', 'Slovenská republika'],
  TR: ['Turkey', 'Türkiye', 'Turkiye', 'Türkei', 'Türkiye Cumhuriyeti', 'Republic of Türkiye', 'Republic of Turkey', 'Turki', 'Thổ Nhĩ Kỳ'],
  VN: ['Viet Nam', 'Việt Nam', 'Vietnam', 'Socialist Republic of Vietnam', 'Cộng hòa Xã hội chủ nghĩa Việt Nam', 'Vietnã'],
  // RI is how Indonesians abbreviate their own country in forms and addresses.
  ID: ['RI', 'Republik Indonesia', 'NKRI', 'Republic of Indonesia', 'Indonesië'],
  SE: ['Sverige', 'Konungariket Sverige', 'Kingdom of Sweden', 'Swedia', 'Thụy Điển', 'İsveç', 'Švédsko'],
  KR: ['Korea Selatan', 'Hàn Quốc', 'Jižní Korea', 'Sydkorea', 'Güney Kore', 'S. Korea', 'Republic of Korea', 'ROK'],
  KP: ['Korea Utara', 'Triều Tiên', 'Bắc Triều Tiên', 'Severní Korea', 'Nordkorea', 'Kuzey Kore', 'N. Korea', 'DPRK'],
  // The short forms CRMs used before 2019/2022 renamings.
  MK: ['Macedonia', 'Makedonia', 'Makedonie', 'Makedonien', 'Makedonya', 'FYROM'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor', 'Timor Timur'],
  MM: ['Burma'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo Kinshasa', 'Kongo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Congo Brazzaville', 'Kongo-Brazzaville'],
  AE: ['U.A.E.', 'Emirates', 'UEA', 'Uni Emirat Arab', 'BAE'],
  SA: ['KSA', 'Saudi', 'Arab Saudi'],
  HK: ['HK', 'Hongkong'],
  PH: ['Filipina', 'Philippine'],
  MY: ['Malaysia', 'Mã Lai'],
  SG: ['Singapura', 'Xinh-ga-po', 'Xingapo'],
  RU: ['Russian Federation', 'Rusia', 'Nga', 'Rusko', 'Ryssland', 'Rusya'],
  DE: ['Jerman', 'Đức', 'Německo', 'Tyskland', 'Almanya', 'Federal Republic of Germany', 'BRD'],
  CN: ['PRC', "People's Republic of China", 'Tiongkok', 'Cina', 'Trung Quốc', 'Čína', 'Kina', 'Çin', 'Mainland China'],
  TW: ['ROC', 'Đài Loan'],
  JP: ['Jepang', 'Nhật Bản', 'Nhật', 'Japonsko', 'Japonya'],
  IN: ['Ấn Độ', 'Indie', 'Hindistan'],
};

/**
 * Spellings that fit several countries. They come back unchanged and flagged 'ambiguous'
 * rather than guessed. Collisions the generator finds between languages are added to these.
 */
const AMBIGUOUS: Record<string, string[]> = {
  Korea: ['KR', 'KP'],
  Kore: ['KR', 'KP'],
  Congo: ['CG', 'CD'],
  Kongo: ['CG', 'CD'],
  'Virgin Islands': ['VG', 'VI'],
  'Jungferninseln': ['VG', 'VI'],
  // Indonesian "AS" (Amerika Serikat) against ISO AS (American Samoa): both are real readings.
  AS: ['US', 'AS'],
  // Not listed on purpose: "Guinea" (ISO short name of GN), "Samoa" (WS), "Sudan" (SD),
  // "Macedonia" (the former short name of MK, see SUPPLEMENT) and "Georgia", which stays the
  // country GE: a US state typed in a country column is an entry error either reading leaves.
};

type Lang = string;
interface Source {
  code: string;
  kind: 'name' | 'supplement';
  lang: Lang;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function isoNames(lang: Lang): Record<string, string | string[]> {
  return readJson<{ countries: Record<string, string | string[]> }>(join(PKG, 'langs', `${lang}.json`)).countries;
}

function cldr(lang: Lang, style: 'long' | 'short'): (code: string) => string | undefined {
  const dn = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
  return (code) => {
    try {
      const name = dn.of(code);
      return name && name !== code ? name : undefined;
    } catch {
      return undefined;
    }
  };
}

/** English display name: CLDR, written out the way a CRM would ("and", "Saint"). */
const ENGLISH_OVERRIDE: Record<string, string> = {
  // CLDR's "Congo - Kinshasa" style is meant for menus; CRMs use the official short names.
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  MM: 'Myanmar',
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestine',
  CI: "Côte d'Ivoire",
};

function displayName(lang: Lang, code: string, long: (c: string) => string | undefined, short: (c: string) => string | undefined, fallback: string): string {
  if (lang === 'en') {
    const o = ENGLISH_OVERRIDE[code];
    if (o) return o;
    const n = long(code) ?? fallback;
    return n.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ').replace(/’/g, "'");
  }
  // Hong Kong / Macao: the long CLDR form is "Hong Kong SAR China", the short one the usual name.
  if (code === 'HK' || code === 'MO' || code === 'PS') return short(code) ?? long(code) ?? fallback;
  return (long(code) ?? fallback).replace(/’/g, "'");
}

export interface CountryTableResult {
  content: string;
  collisions: string[];
}

export function buildCountryTable(): CountryTableResult {
  const codesJson = readJson<[string, string, string, string][]>(join(PKG, 'codes.json'));
  const en = isoNames('en');
  // Countries in alpha-2 order; only codes that have a name in i18n-iso-countries.
  const codes = codesJson
    .filter(([a2]) => en[a2] !== undefined)
    .map(([a2, a3]) => ({ a2, a3 }))
    .sort((a, b) => (a.a2 < b.a2 ? -1 : a.a2 > b.a2 ? 1 : 0));
  const index = new Map(codes.map((c, i) => [c.a2, i]));

  // key -> sources
  const keys = new Map<string, Source[]>();
  const add = (raw: string, code: string, kind: Source['kind'], lang: Lang): void => {
    const key = foldText(raw);
    if (!key) return;
    const list = keys.get(key) ?? [];
    if (!list.some((s) => s.code === code && s.kind === kind)) list.push({ code, kind, lang });
    keys.set(key, list);
  };

  // 1. Display names per output language (these double as input keys).
  const names: Record<string, string[]> = {};
  for (const lang of OUTPUT_LANGS) {
    const long = cldr(lang, 'long');
    const short = cldr(lang, 'short');
    const iso = isoNames(lang);
    names[lang] = codes.map(({ a2 }) => {
      const isoFirst = iso[a2];
      const fallback = (Array.isArray(isoFirst) ? isoFirst[0] : isoFirst) ?? (en[a2] as string);
      const name = displayName(lang, a2, long, short, fallback);
      add(name, a2, 'name', lang);
      return name;
    });
  }

  // 2. Every other spelling: CLDR long/short and all i18n-iso-countries alternates.
  for (const lang of [...OUTPUT_LANGS, ...INPUT_ONLY_LANGS]) {
    const long = cldr(lang, 'long');
    const short = cldr(lang, 'short');
    const iso = isoNames(lang);
    for (const { a2 } of codes) {
      const l = long(a2);
      if (l) add(l, a2, 'name', lang);
      const s = short(a2);
      // Short styles such as "É.-U." or "AS" are abbreviations: only kept when they are real
      // words (4+ letters), the rest is left to the codes and SUPPLEMENT.
      if (s && foldText(s).replace(/ /g, '').length >= 4) add(s, a2, 'name', lang);
      const v = iso[a2];
      for (const n of Array.isArray(v) ? v : v ? [v] : []) add(n, a2, 'name', lang);
    }
  }

  // 3. Supplement.
  for (const [code, list] of Object.entries(SUPPLEMENT)) {
    if (!index.has(code)) throw new Error(`SUPPLEMENT: unknown code ${code}`);
    for (const n of list) add(n, code, 'supplement', 'x');
  }

  // Decide every name key: one country, or ambiguous. ISO codes live in a separate map at run
  // time (see country.ts: an upper-case "MY" is Malaysia, the Vietnamese "Mỹ" is the USA), so
  // they do not collide with names here.
  const decided = new Map<string, string[]>();
  const collisions: string[] = [];
  for (const [key, sources] of keys) {
    const countries = [...new Set(sources.map((s) => s.code))];
    if (countries.length === 1) {
      decided.set(key, countries);
      continue;
    }
    // The hand-written supplement states CRM usage and beats a translation collision.
    const bySupplement = [...new Set(sources.filter((s) => s.kind === 'supplement').map((s) => s.code))];
    if (bySupplement.length === 1 && bySupplement[0]) {
      decided.set(key, bySupplement);
      collisions.push(`${key}: ${countries.join('/')} -> ${bySupplement[0]} (supplement)`);
      continue;
    }
    decided.set(key, countries.sort());
    collisions.push(`${key}: ${countries.join('/')} -> ambiguous (${sources.map((s) => `${s.code}:${s.lang}`).join(' ')})`);
  }
  for (const [raw, list] of Object.entries(AMBIGUOUS)) {
    for (const c of list) if (!index.has(c)) throw new Error(`AMBIGUOUS: unknown code ${c}`);
    decided.set(foldText(raw), [...list].sort());
  }

  // Encode. The runtime adds the folded display names, then the per-country aliases, then
  // OVERRIDES (last writer wins): anything the first two would get wrong is an override.
  const runtime = new Map<string, string>();
  codes.forEach(({ a2 }, i) => {
    for (const lang of OUTPUT_LANGS) {
      const k = foldText(names[lang]?.[i] ?? '');
      if (k) runtime.set(k, a2);
    }
  });
  const aliasLists: string[][] = codes.map(() => []);
  const overrides: string[] = [];
  const sortedKeys = [...decided.keys()].sort();
  for (const key of sortedKeys) {
    if (/[:|;]/.test(key)) throw new Error(`key with separator: ${key}`);
    const d = decided.get(key) ?? [];
    const only = d.length === 1 ? d[0] : undefined;
    if (only && !runtime.has(key)) {
      aliasLists[index.get(only) ?? -1]?.push(key);
      runtime.set(key, only);
    }
  }
  for (const key of sortedKeys) {
    const d = (decided.get(key) ?? []).join(' ');
    if (runtime.get(key) !== d) overrides.push(`${key}:${d}`);
  }

  const nameLines = OUTPUT_LANGS.map((lang) => {
    const list = names[lang] ?? [];
    const enList = names.en ?? [];
    const enc = lang === 'en' ? list : list.map((n, i) => (n === enList[i] ? '' : n));
    for (const n of enc) if (n.includes('|')) throw new Error(`name with separator: ${n}`);
    return `  ${lang}: ${JSON.stringify(enc.join('|'))},`;
  });

  const content = [
    '// GENERATED by scripts/gen-countries.ts - do not edit; edit the generator and run',
    '// `npx tsx scripts/gen-countries.ts`.',
    `// Sources: i18n-iso-countries ${readJson<{ version: string }>(join(PKG, 'package.json')).version} (MIT) and CLDR ${process.versions.cldr ?? '?'} region names (Intl.DisplayNames).`,
    '',
    '/** CLDR version the names came from: the up-to-date test only compares tables built from the same CLDR. */',
    `export const COUNTRY_CLDR_VERSION = ${JSON.stringify(process.versions.cldr ?? '')};`,
    '',
    '/** ISO 3166-1 alpha-2 + alpha-3 of each country, 5 letters per country, in table order. */',
    `export const COUNTRY_CODES = ${JSON.stringify(codes.map((c) => c.a2 + c.a3).join(''))};`,
    '',
    "/** Display names per output language, '|'-separated in table order; '' = same as English. */",
    'export const COUNTRY_NAMES: Readonly<Record<string, string>> = {',
    ...nameLines,
    '};',
    '',
    "/** Further folded input spellings per country: '|' between spellings, ';' between countries (table order). */",
    `export const COUNTRY_ALIASES = ${JSON.stringify(aliasLists.map((l) => l.join('|')).join(';'))};`,
    '',
    "/** Keys settled last: 'key:CC' (one country) or 'key:CC DD' (ambiguous), '|'-separated. */",
    `export const COUNTRY_OVERRIDES = ${JSON.stringify(overrides.join('|'))};`,
    '',
  ].join('\n');
  return { content, collisions };
}

function main(): void {
  const { content, collisions } = buildCountryTable();
  writeOrCheck(OUT_FILE, content, 'npx tsx scripts/gen-countries.ts', `${collisions.length} collisions settled`, collisions);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
