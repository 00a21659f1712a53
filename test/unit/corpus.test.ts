// The real-world corpus (test/corpus/real-world-values.json): every value gives exactly its
// expected output, placeholders come back as typed from every normalizer, and every normalizer is
// idempotent, f(f(x)) = f(x), on the whole corpus and on seeded fuzz built from it (issue 12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  normalizeText, normalizePhone, normalizeEmail, normalizeName, normalizeCompany, normalizeCountry, normalizeTitle,
  type Cell, type Normalized,
} from '../../src/core/normalize';
import { normalizeDate, type DayOrder } from '../../src/core/normalize/date';
import { seededRandom } from '../../scripts/lib/seeded-random';

export interface Corpus {
  placeholders: string[];
  phone: Array<[string, string, string]>;
  name: Array<[string, string]>;
  company: Array<[string, string]>;
  country: Array<[string, string, string]>;
  title: Array<[string, string]>;
  date: Array<[string, DayOrder | null, string]>;
  email: Array<[string, string]>;
}

export const CORPUS = JSON.parse(readFileSync(join(import.meta.dirname, '../corpus/real-world-values.json'), 'utf8')) as Corpus;

const TODAY = { year: 2024, month: 6, day: 15 };
const COUNTRIES = ['ID', 'VN', 'CZ', 'SE', 'TR', 'US'];

/** Every normalizer, as the clean calls it (the phone one once per region of the corpus). */
const NORMALIZERS: Record<string, (v: Cell) => Normalized> = {
  text: (v) => normalizeText(v),
  email: (v) => normalizeEmail(v),
  name: (v) => normalizeName(v),
  company: (v) => normalizeCompany(v),
  companyLong: (v) => normalizeCompany(v, { style: 'long' }),
  country: (v) => normalizeCountry(v),
  countryIso2: (v) => normalizeCountry(v, { output: 'iso2' }),
  title: (v) => normalizeTitle(v),
  dateDmy: (v) => normalizeDate(v, { order: 'dmy', today: TODAY }),
  dateUndecided: (v) => normalizeDate(v, { order: null, today: TODAY }),
  ...Object.fromEntries(COUNTRIES.map((c) => [`phone${c}`, (v: Cell) => normalizePhone(v, { defaultCountry: c })])),
  phoneIntl: (v) => normalizePhone(v, { defaultCountry: 'ID', format: 'INTERNATIONAL' }),
  phoneNational: (v) => normalizePhone(v, { defaultCountry: 'CZ', format: 'NATIONAL' }),
};

const ALL_VALUES: string[] = [
  ...CORPUS.placeholders,
  ...CORPUS.phone.map((e) => e[0]),
  ...CORPUS.name.map((e) => e[0]),
  ...CORPUS.company.map((e) => e[0]),
  ...CORPUS.country.map((e) => e[0]),
  ...CORPUS.title.map((e) => e[0]),
  ...CORPUS.date.map((e) => e[0]),
  ...CORPUS.email.map((e) => e[0]),
];

describe('real-world corpus', () => {
  it('holds at least 400 values across the six languages', () => {
    expect(ALL_VALUES.length).toBeGreaterThanOrEqual(400);
  });

  it('placeholders come back exactly as typed from every normalizer, flagged as placeholders', () => {
    const wrong: string[] = [];
    for (const token of CORPUS.placeholders) {
      for (const [name, fn] of Object.entries(NORMALIZERS)) {
        const r = fn(token);
        if (r.value !== token.trim() || !r.flags.includes('placeholder')) wrong.push(`${name}(${token}) -> ${String(r.value)} [${r.flags.join(',')}]`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(CORPUS.phone)('phone %s (%s) -> %s', (input, country, expected) => {
    expect(normalizePhone(input, { defaultCountry: country }).value).toBe(expected);
  });
  it.each(CORPUS.name)('name %s -> %s', (input, expected) => {
    expect(normalizeName(input).value).toBe(expected);
  });
  it.each(CORPUS.company)('company %s -> %s', (input, expected) => {
    expect(normalizeCompany(input).value).toBe(expected);
  });
  it.each(CORPUS.country)('country %s (%s) -> %s', (input, output, expected) => {
    expect(normalizeCountry(input, { output }).value).toBe(expected);
  });
  it.each(CORPUS.title)('title %s -> %s', (input, expected) => {
    expect(normalizeTitle(input).value).toBe(expected);
  });
  it.each(CORPUS.date)('date %s (%s) -> %s', (input, order, expected) => {
    expect(normalizeDate(input, { order, today: TODAY }).value).toBe(expected);
  });
  it.each(CORPUS.email)('email %s -> %s', (input, expected) => {
    expect(normalizeEmail(input).value).toBe(expected);
  });

  it('every normalizer is idempotent on every corpus value: f(f(x)) = f(x)', () => {
    const broken: string[] = [];
    for (const [name, fn] of Object.entries(NORMALIZERS)) {
      for (const v of ALL_VALUES) {
        const once = fn(v).value;
        const twice = fn(once).value;
        if (twice !== once) broken.push(`${name}: ${JSON.stringify(v)} -> ${JSON.stringify(once)} -> ${JSON.stringify(twice)}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** Ways people garble a value: case, accents decomposed, spacing, punctuation, full-width digits. */
const MUTATIONS: Array<(s: string, rnd: () => number) => string> = [
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => s.normalize('NFD'),
  (s) => `  ${s}\u00A0`,
  (s) => s.replace(/ /g, '  '),
  (s, rnd) => s.split(' ').map((w) => (rnd() < 0.5 ? w.toUpperCase() : w.toLowerCase())).join(' '),
  (s) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  (s, rnd) => {
    const i = Math.floor(rnd() * (s.length + 1));
    return s.slice(0, i) + ['-', '.', '/', ',', '(', ')', "'", '+', '#', ':'][Math.floor(rnd() * 10)] + s.slice(i);
  },
  (s, rnd) => {
    const i = Math.floor(rnd() * s.length);
    return s.slice(0, i) + s.slice(i + 1);
  },
  (s, rnd) => `${s} ${ALL_VALUES[Math.floor(rnd() * ALL_VALUES.length)] ?? ''}`,
];

describe('seeded fuzz from the corpus', () => {
  for (const [name, fn] of Object.entries(NORMALIZERS)) {
    it(`${name}: never throws, idempotent on 1,500 garbled values`, () => {
      const rnd = seededRandom(name.length * 7919 + name.charCodeAt(0));
      const broken: string[] = [];
      for (let i = 0; i < 1500; i++) {
        let s = ALL_VALUES[Math.floor(rnd() * ALL_VALUES.length)] ?? '';
        const steps = 1 + Math.floor(rnd() * 3);
        for (let k = 0; k < steps; k++) s = (MUTATIONS[Math.floor(rnd() * MUTATIONS.length)] as (s: string, r: () => number) => string)(s, rnd);
        const once = fn(s);
        expect(['string', 'number']).toContain(typeof once.value);
        const twice = fn(once.value).value;
        if (twice !== once.value) broken.push(`${JSON.stringify(s)} -> ${JSON.stringify(once.value)} -> ${JSON.stringify(twice)}`);
      }
      expect(broken).toEqual([]);
    });
  }
});
