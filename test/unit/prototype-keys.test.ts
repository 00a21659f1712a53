// Object prototype keys are ordinary text everywhere in core (issue 12: a job title containing
// "constructor" aborted the whole clean). Each is fed through every normalizer, the audit, the
// value map and the whole clean() plan, alone and inside longer values.
import { describe, expect, it } from 'vitest';
import {
  normalizeText, normalizePhone, normalizeEmail, normalizeName, normalizeCompany, normalizeCountry, normalizeTitle,
  companyKey, countryToIso2, type Cell, type Normalized,
} from '../../src/core/normalize';
import { normalizeDate, readDateText } from '../../src/core/normalize/date';
import { isPlaceholder, placeholderSet } from '../../src/core/normalize/placeholder';
import { audit } from '../../src/core/audit/index';
import { clean } from '../../src/core/plan';
import { withDefaults } from '../../src/core/settings';
import { canonicalize, dropdownValues, effectiveValueMap, listKey, listLookup, listTitle, parseValueMap } from '../../src/core/lists/value-map';
import { detectColumns } from '../../src/core/table/columns';

const KEYS = [
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__', 'length', 'name',
];
// How they turn up in real cells: alone, capitalized, inside a title or a company, as a country.
const VALUES = KEYS.flatMap((k) => [k, k.toUpperCase(), `Senior ${k}`, `Chief ${k} Officer`, `${k} s.r.o.`, `PT ${k} Tbk`, `${k}@gmail.com`, `0812 ${k}`]);

const NORMALIZERS: Record<string, (v: Cell) => Normalized> = {
  text: (v) => normalizeText(v),
  phone: (v) => normalizePhone(v, { defaultCountry: 'ID' }),
  email: (v) => normalizeEmail(v),
  name: (v) => normalizeName(v),
  company: (v) => normalizeCompany(v),
  country: (v) => normalizeCountry(v),
  countryOutput: (v) => normalizeCountry('Sweden', { output: String(v) }),
  title: (v) => normalizeTitle(v),
  titleWithAliases: (v) => normalizeTitle(v, { extraAliases: { [String(v)]: ['x'], CEO: [String(v)] } }),
  date: (v) => normalizeDate(v),
};

/** A value that came back is text made only from the input's own letters, or the input itself. */
function isPlainText(v: unknown): boolean {
  return typeof v === 'string' && !v.includes('function') && !v.includes('[native code]') && !v.includes('[object');
}

describe('prototype keys are ordinary text', () => {
  for (const [name, fn] of Object.entries(NORMALIZERS)) {
    it(`${name}: never throws, never returns a property of an object`, () => {
      for (const v of VALUES) {
        const r = fn(v);
        expect(isPlainText(r.value), `${name}(${v}) -> ${String(r.value)}`).toBe(true);
        expect(Array.isArray(r.flags)).toBe(true);
      }
    });
  }

  it('keys, lookups and placeholders treat them as words', () => {
    for (const v of VALUES) {
      expect(typeof companyKey(v)).toBe('string');
      expect(countryToIso2(v)).toBeNull();
      expect(isPlaceholder(v)).toBe(false);
      expect(readDateText(v)).toBeNull();
    }
    expect(isPlaceholder('constructor', placeholderSet(['constructor']))).toBe(true);
    // A title that merely contains the word is still a title.
    expect(normalizeTitle('Constructor').value).toBe('Constructor');
    expect(normalizeName('constructor toString').value).toBe('Constructor toString'); // an inner capital is the owner's spelling
  });

  it('the value map takes them as list names, values and aliases', () => {
    const parsed = parseValueMap([
      ['List', 'Value', 'Aliases'],
      ['constructor', 'toString', '__proto__, valueOf'],
      ['__proto__', 'hasOwnProperty', 'constructor'],
      ['Lead status', 'constructor', 'prototype'],
    ]);
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.map).sort()).toEqual(['__proto__', 'constructor', 'status']);
    expect(parsed.map.constructor).toEqual({ toString: ['__proto__', 'valueOf'] });
    expect(listKey('constructor')).toBe('constructor');
    expect(listTitle('toString')).toBe('toString');
    const map = effectiveValueMap(parsed.map);
    expect(canonicalize(map, 'constructor', 'VALUEOF')).toBe('toString');
    expect(canonicalize(map, 'status', 'Prototype')).toBe('constructor');
    expect(canonicalize(map, 'hasOwnProperty', 'x')).toBeNull();
    expect(listLookup(map, 'toString')).toBeNull();
    expect(dropdownValues(map, 'status')).toContain('constructor');
    // A value map from a settings file: JSON.parse makes "__proto__" an own key.
    const fromJson = JSON.parse('{"__proto__": {"A": ["b"]}, "title": {"constructor": "not a list"}}') as Record<string, Record<string, string[]>>;
    expect(canonicalize(fromJson, '__proto__', 'B')).toBe('A');
    expect(normalizeTitle('constructor', { extraAliases: fromJson.title }).value).toBe('constructor');
  });

  it('column detection, the audit and the whole clean() plan run through them', () => {
    const header = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Job Title', 'Status', 'Source', 'Last activity', 'City', ...KEYS];
    expect(detectColumns(header).slice(10).every((r) => r === null)).toBe(true);
    const rows: Cell[][] = VALUES.map((v) => [v, `${v}@gmail.com`, v, `${v} AB`, v, `Chief ${v}`, v, v, v, v, ...KEYS.map(() => v)]);
    rows.push(['Jan Novák', 'jan@firma.cz', '602 123 456', 'constructor s.r.o.', 'CZ', 'constructor', 'New', 'Web', '2023-01-01', 'Praha', ...KEYS]);
    const settings = withDefaults({
      defaultCountry: 'ID',
      placeholders: ['__proto__'],
      valueMap: { constructor: { toString: ['valueOf'] }, title: { hasOwnProperty: ['constructor'] }, status: { New: ['prototype'] } },
    });
    const report = audit({ header, rows }, settings, { now: new Date(Date.UTC(2024, 0, 1)) });
    expect(report.rows).toBe(rows.length);
    const plan = clean({ header, rows }, settings, { now: new Date(Date.UTC(2024, 0, 1)) });
    expect(plan.summary.rows).toBe(rows.length);
    for (const e of plan.edits) expect(isPlainText(e.after), `${String(e.before)} -> ${String(e.after)}`).toBe(true);
  });
});
