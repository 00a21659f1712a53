import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryToIso2, normalizeCountry } from '../../src/core/normalize/country';
import { COUNTRY_CLDR_VERSION, COUNTRY_CODES, COUNTRY_NAMES } from '../../src/core/data/countries.generated';
import { buildCountryTable, OUT_FILE } from '../../scripts/gen-countries';
import { seededRandom as rng } from '../../scripts/lib/seeded-random';


const iso = (v: string): string | undefined => normalizeCountry(v).iso2;

describe('normalizeCountry: one value for every spelling', () => {
  const cases: [string, string[]][] = [
    ['US', ['USA', 'U.S.A.', 'U.S.', 'US', 'usa', 'United States', 'United States of America', 'America', 'Amerika Birleşik Devletleri', 'ABD', 'A.B.D.', 'Hoa Kỳ', 'Mỹ', 'Spojené státy', 'Spojené státy americké', 'Förenta staterna', 'Amerika Serikat', 'Vereinigte Staaten', 'États-Unis', 'Estados Unidos', 'EE.UU.']],
    ['GB', ['UK', 'U.K.', 'United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britania Raya', 'Inggris', 'Vương quốc Anh', 'Spojené království', 'Velká Británie', 'Storbritannien', 'Birleşik Krallık', 'İngiltere', 'GBR']],
    ['NL', ['Holland', 'Netherlands', 'The Netherlands', 'Nederland', 'Belanda', 'Hà Lan', 'Nizozemsko', 'Nederländerna', 'Hollanda', 'NLD']],
    ['CZ', ['Czech Republic', 'Czechia', 'Česko', 'Česká republika', 'CZ', 'ČR', 'CZE', 'Ceko', 'Republik Ceko', 'Séc', 'Cộng hòa Séc', 'Tjeckien', 'Çekya', 'Çek Cumhuriyeti', 'Tschechien']],
    ['TR', ['Türkiye', 'Turkey', 'Türkei', 'Turkiye', 'TURKIYE', 'TR', 'TUR', 'Turki', 'Thổ Nhĩ Kỳ', 'Turecko', 'Turkiet', 'Turquie']],
    ['VN', ['Viet Nam', 'Vietnam', 'Việt Nam', 'VIỆT NAM', 'VN', 'VNM', 'Vietnã']],
    ['ID', ['Indonesia', 'RI', 'R.I.', 'Republik Indonesia', 'IDN', 'Indonésie', 'Indonesien', 'Endonezya']],
    ['SE', ['Sverige', 'Sweden', 'Suède', 'Švédsko', 'Thụy Điển', 'İsveç', 'Swedia', 'Schweden', 'SWE', 'SE']],
    ['DE', ['Germany', 'Deutschland', 'Jerman', 'Đức', 'Německo', 'Tyskland', 'Almanya', 'DEU', 'Germany (DE)']],
    ['KR', ['South Korea', 'Korea Selatan', 'Hàn Quốc', 'Jižní Korea', 'Sydkorea', 'Güney Kore', 'Republic of Korea', 'KOR']],
    ['RU', ['Russia', 'Россия', 'Nga', 'Rusko', 'Ryssland', 'Rusya']],
    ['CN', ['China', '中国', 'Trung Quốc', 'Tiongkok', 'Čína', 'Kina', 'Çin']],
    ['MK', ['North Macedonia', 'Macedonia']],
    ['GE', ['Georgia', 'Gruzie', 'Gürcistan']],
    ['MY', ['Malaysia', 'MY', 'MYS']],
    ['AT', ['Austria', 'Áo', 'Rakousko', 'Österreich']],
    ['CI', ['Ivory Coast', "Côte d'Ivoire", 'Côte d’Ivoire', 'Cote dIvoire']],
  ];
  for (const [code, spellings] of cases) {
    it(`reads ${code} in every language`, () => {
      for (const s of spellings) expect([s, iso(s)]).toEqual([s, code]);
    });
  }

  it('writes the English name by default and explains the change', () => {
    expect(normalizeCountry('USA')).toEqual({ value: 'United States', changed: true, rule: 'country.canonical', why: 'USA -> United States (ISO US)', flags: [], iso2: 'US' });
    expect(normalizeCountry('Hoa Kỳ').value).toBe('United States');
    expect(normalizeCountry('Česká republika').value).toBe('Czechia');
    expect(normalizeCountry('  germany  ').value).toBe('Germany');
  });

  it('leaves an already canonical value unchanged', () => {
    expect(normalizeCountry('United States')).toMatchObject({ value: 'United States', changed: false, rule: 'none', iso2: 'US' });
    expect(normalizeCountry('US', { output: 'iso2' })).toMatchObject({ value: 'US', changed: false, rule: 'none' });
  });

  it('writes ISO codes and local names on request', () => {
    const out = (v: string, output: string): unknown => normalizeCountry(v, { output }).value;
    expect(out('Amerika Serikat', 'iso2')).toBe('US');
    expect(out('Amerika Serikat', 'ISO2')).toBe('US');
    expect(out('Amerika Serikat', 'iso3')).toBe('USA');
    expect(out('USA', 'name')).toBe('United States');
    expect(out('USA', 'en')).toBe('United States');
    expect(out('USA', 'id')).toBe('Amerika Serikat');
    expect(out('USA', 'vi')).toBe('Hoa Kỳ');
    expect(out('USA', 'cs')).toBe('Spojené státy');
    expect(out('USA', 'sv')).toBe('USA');
    expect(out('USA', 'tr')).toBe('Amerika Birleşik Devletleri');
    expect(out('Sweden', 'sv')).toBe('Sverige');
    expect(out('Sverige', 'tr')).toBe('İsveç');
    expect(out('Czech Republic', 'cs')).toBe('Česko');
    expect(out('Türkei', 'tr')).toBe('Türkiye');
    expect(out('Vietnam', 'vi')).toBe('Việt Nam');
    expect(out('Indonesia', 'id')).toBe('Indonesia');
    expect(out('Germany', 'de')).toBe('Deutschland');
    expect(out('Germany', 'fr')).toBe('Allemagne');
    expect(out('Germany', 'pt-BR')).toBe('Alemanha');
  });

  it('falls back to the English name for an unknown output language', () => {
    expect(normalizeCountry('Sverige', { output: 'xx-nonsense' }).value).toBe('Sweden');
    expect(normalizeCountry('Sverige', { output: '!!' }).value).toBe('Sweden');
  });

  it('reads ISO codes by case: "MY" is Malaysia, "Mỹ" the USA, "CR" Costa Rica, "ČR" Czechia', () => {
    expect(iso('MY')).toBe('MY');
    expect(iso('Mỹ')).toBe('US');
    expect(iso('CR')).toBe('CR');
    expect(iso('ČR')).toBe('CZ');
    expect(iso('NGA')).toBe('NG');
    expect(iso('Nga')).toBe('RU');
  });

  it('leaves inherently ambiguous values unchanged and flags them', () => {
    for (const v of ['Korea', 'KOREA', 'Kore', 'Congo', 'Kongo', 'Virgin Islands', 'AS']) {
      const r = normalizeCountry(v);
      expect(r.value).toBe(v);
      expect(r.changed).toBe(false);
      expect(r.flags).toEqual(['ambiguous']);
      expect(r.iso2).toBeUndefined();
      expect(countryToIso2(v)).toBeNull();
    }
  });

  it('leaves unknown values unchanged and flags them', () => {
    for (const v of ['Atlantis', 'Xyzland', 'Mars', 'ZZ', 'ZZZ']) {
      const r = normalizeCountry(v);
      expect(r).toMatchObject({ value: v, changed: false, rule: 'none', flags: ['unrecognized'] });
    }
    expect(normalizeCountry(' Atlantis ')).toMatchObject({ value: 'Atlantis', changed: true, flags: ['unrecognized'] });
  });
});

describe('normalizeCountry: bad input never throws and is never destroyed', () => {
  const date = new Date(2024, 0, 2);
  it.each([
    [42, 42],
    [0, 0],
    [true, true],
    [false, false],
    [date, date],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['   ', ''],
  ])('%s', (input, expected) => {
    expect(normalizeCountry(input).value).toBe(expected);
    expect(countryToIso2(input)).toBeNull();
  });

  it('spreadsheet errors, formulas, huge strings, emoji, RTL', () => {
    expect(normalizeCountry('#N/A')).toMatchObject({ value: '#N/A', changed: false, flags: ['error-value'] });
    expect(normalizeCountry('=A1')).toMatchObject({ value: '=A1', changed: false, flags: ['unrecognized'] });
    const huge = 'United States '.repeat(4000).slice(0, 50000);
    expect(normalizeCountry(huge)).toMatchObject({ value: huge, changed: false, flags: ['too-long'] });
    expect(countryToIso2(huge)).toBeNull();
    expect(normalizeCountry('🇺🇸')).toMatchObject({ value: '🇺🇸', changed: false, flags: ['unrecognized'] });
    expect(normalizeCountry('🙂🙂')).toMatchObject({ value: '🙂🙂', changed: false });
    expect(normalizeCountry('מדינה לא ידועה')).toMatchObject({ changed: false, flags: ['unrecognized'] });
    expect(normalizeCountry('\u202Eaisenodni')).toMatchObject({ changed: false });
    expect(normalizeCountry('U\u200BSA').value).toBe('United States'); // zero-width space pasted in
  });
});

describe('countryToIso2', () => {
  it('gives the code for any spelling, null otherwise', () => {
    expect(countryToIso2('Viet Nam')).toBe('VN');
    expect(countryToIso2('Amerika Birleşik Devletleri')).toBe('US');
    expect(countryToIso2('Spojené státy')).toBe('US');
    expect(countryToIso2('id')).toBe('ID');
    expect(countryToIso2('Atlantis')).toBeNull();
    expect(countryToIso2('Korea')).toBeNull();
  });
});

describe('country table', () => {
  const codes: string[] = [];
  for (let i = 0; i * 5 < COUNTRY_CODES.length; i++) codes.push(COUNTRY_CODES.slice(i * 5, i * 5 + 2));

  it('covers all ISO 3166-1 countries and stores names for the product languages', () => {
    expect(codes.length).toBeGreaterThanOrEqual(249);
    for (const lang of ['en', 'id', 'vi', 'cs', 'sv', 'tr']) {
      expect(COUNTRY_NAMES[lang]?.split('|')).toHaveLength(codes.length);
    }
  });

  it('reads every stored name back to its own country (round trip), in every output language', () => {
    const misses: string[] = [];
    for (const lang of Object.keys(COUNTRY_NAMES)) {
      codes.forEach((code) => {
        // Codes are read as codes in a column of codes: there "NO" is Norway, elsewhere "no".
        const name = normalizeCountry(code, { output: lang, codeColumn: true }).value;
        expect(typeof name).toBe('string');
        const back = countryToIso2(name as string, { codeColumn: true });
        // A name may only fail to come back when it is one of the flagged ambiguous spellings.
        if (back !== code && normalizeCountry(name).flags[0] !== 'ambiguous') misses.push(`${lang}:${code}:${String(name)}->${back}`);
      });
    }
    expect(misses).toEqual([]);
  });

  it('is small enough for the Apps Script bundle', () => {
    expect(Buffer.byteLength(readFileSync(OUT_FILE, 'utf8'))).toBeLessThan(60_000);
  });

  it.runIf(process.versions.cldr === COUNTRY_CLDR_VERSION)('is up to date with its generator (same CLDR)', () => {
    expect(buildCountryTable().content).toBe(readFileSync(OUT_FILE, 'utf8'));
  });
});

describe('normalizeCountry fuzz (seeded)', () => {
  const englishNames = new Set((COUNTRY_NAMES.en ?? '').split('|'));
  const pieces = ['U', 'S', 'A', '.', ' ', 'Kore', 'a', 'Việt', 'Nam', 'Č', 'R', 'ğ', 'ı', 'İ', 'ß', '-', "'", '(', ')', '中', 'Россия', '🙂', '\u200B', '\u00A0', '#', '=', 'Holland', 'the ', 'Sverige', '0', '9'];
  it('never throws; results are either the input (trimmed) or a canonical name', () => {
    const rand = rng(20240601);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(rand() * 6);
      for (let k = 0; k < len; k++) s += pieces[Math.floor(rand() * pieces.length)] ?? '';
      const r = normalizeCountry(s);
      if (r.iso2) {
        expect(englishNames.has(r.value as string)).toBe(true);
        expect(r.rule === 'country.canonical' || r.rule === 'none').toBe(true);
        expect(countryToIso2(s)).toBe(r.iso2);
      } else {
        expect(r.value).toBe(s.trim() === '' ? '' : s.trim());
      }
      expect(Array.isArray(r.flags)).toBe(true);
    }
  });
});
