// Every normalizer, fed what real sheets contain besides clean text: it never throws, and what it
// cannot normalize comes back unchanged (text trimmed).
import { describe, expect, it } from 'vitest';
import {
  normalizeText, normalizePhone, normalizeEmail, normalizeName, normalizeCompany,
  normalizeCountry, normalizeTitle, type Cell, type Normalized,
} from '../../src/core/normalize';
import { companyKey } from '../../src/core/normalize/company';
import { seededRandom } from '../../scripts/lib/seeded-random';

const NORMALIZERS: Record<string, (v: Cell) => Normalized> = {
  text: normalizeText,
  phone: (v) => normalizePhone(v, { defaultCountry: 'ID' }),
  email: normalizeEmail,
  name: normalizeName,
  company: (v) => normalizeCompany(v),
  country: (v) => normalizeCountry(v),
  title: (v) => normalizeTitle(v),
};

const UNTOUCHABLE: Cell[] = [
  '#N/A', '#REF!', '#VALUE!', '=A1', '=VLOOKUP(A2,Sheet2!A:B,2,FALSE)', "=HYPERLINK(\"http://x\",\"x\")",
  '😀🎉', '👨‍👩‍👧', 'שלום עולם', 'مرحبا بالعالم', 'x'.repeat(50_000), ' '.repeat(10) + 'y'.repeat(60_000),
];

describe('bad input for every normalizer', () => {
  for (const [name, fn] of Object.entries(NORMALIZERS)) {
    describe(name, () => {
      it('blank in, blank out', () => {
        for (const blank of ['', '   ', '\u00A0', null, undefined] as Cell[]) {
          const r = fn(blank);
          expect(r.value, JSON.stringify(blank)).toBe('');
          expect(r.flags).toEqual([]);
        }
      });

      it('returns booleans and Dates unchanged', () => {
        const when = new Date(Date.UTC(2024, 2, 1));
        expect(fn(true).value).toBe(true);
        expect(fn(false).value).toBe(false);
        expect(fn(when).value).toBe(when);
        expect(fn(when).changed).toBe(false);
      });

      it('returns error values, formula text, huge strings, emoji and right-to-left text unchanged', () => {
        for (const v of UNTOUCHABLE) {
          const r = fn(v);
          expect(r.value, String(v).slice(0, 40)).toBe((v as string).trim());
        }
      });

      it('survives seeded random strings in mixed scripts', () => {
        const rnd = seededRandom(name.length * 7919);
        const alphabet = ['a', 'Z', 'İ', 'ı', 'ş', 'ễ', 'ř', 'å', '0', '9', '+', '(', ')', '-', '.', '@', ' ', '\u00A0', '\u200B', ',', '/', '日', 'ж', 'ش', '😀', '\u0301', '#', '='];
        for (let i = 0; i < 3000; i++) {
          const len = Math.floor(rnd() * 30);
          let s = '';
          for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
          const r = fn(s);
          expect(['string', 'number']).toContain(typeof r.value);
          if (!r.changed) expect(r.value).toBe(s);
          expect(typeof r.rule).toBe('string');
        }
      });
    });
  }

  it('numbers stay numbers everywhere except phone columns', () => {
    for (const [name, fn] of Object.entries(NORMALIZERS)) {
      if (name === 'phone') continue;
      expect(fn(12345).value, name).toBe(12345);
      expect(fn(-0.5).value, name).toBe(-0.5);
    }
  });

  it('the company key of non-text is blank and never throws', () => {
    expect(companyKey(42)).toBe('');
    expect(companyKey(null)).toBe('');
    expect(companyKey('x'.repeat(50_000)).length).toBeLessThanOrEqual(50_000);
  });
});
