// The real-world corpus through the built bundle: every CRM_* formula and "Clean this sheet" give
// the expected value, never throw, and never invent a value (issue 12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { loadBundle, type Bundle } from './load-bundle';
import { harness } from './gas-harness';
import { createFakeGas } from '../fake/gas';
import type { Corpus } from '../unit/corpus.test';

const CORPUS = JSON.parse(readFileSync(join(import.meta.dirname, '../corpus/real-world-values.json'), 'utf8')) as Corpus;
const FORMULAS = ['CRM_NORMALIZE_PHONE', 'CRM_NORMALIZE_EMAIL', 'CRM_NORMALIZE_NAME', 'CRM_NORMALIZE_COMPANY', 'CRM_COMPANY_KEY', 'CRM_NORMALIZE_COUNTRY', 'CRM_NORMALIZE_TITLE'];
/** Copies a cross-realm value into this realm so toEqual compares plain data. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('the corpus through the CRM_* formulas', () => {
  let bundle: Bundle;
  beforeAll(() => {
    bundle = loadBundle(createFakeGas({ locale: 'id_ID' }).globals);
  });

  it('gives the expected value for every entry, with zero throws', () => {
    const wrong: string[] = [];
    const check = (what: string, got: unknown, expected: string): void => {
      if (got !== expected) wrong.push(`${what} -> ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
    };
    for (const [input, country, expected] of CORPUS.phone) check(`PHONE(${input}, ${country})`, bundle.CRM_NORMALIZE_PHONE(input, country), expected);
    for (const [input, expected] of CORPUS.name) check(`NAME(${input})`, bundle.CRM_NORMALIZE_NAME(input), expected);
    for (const [input, expected] of CORPUS.company) check(`COMPANY(${input})`, bundle.CRM_NORMALIZE_COMPANY(input), expected);
    for (const [input, output, expected] of CORPUS.country) check(`COUNTRY(${input}, ${output})`, bundle.CRM_NORMALIZE_COUNTRY(input, output), expected);
    for (const [input, expected] of CORPUS.title) check(`TITLE(${input})`, bundle.CRM_NORMALIZE_TITLE(input), expected);
    for (const [input, expected] of CORPUS.email) check(`EMAIL(${input})`, bundle.CRM_NORMALIZE_EMAIL(input), expected);
    expect(wrong).toEqual([]);
  });

  it('gives every placeholder back exactly as typed from every formula, one by one and as a range', () => {
    const range = CORPUS.placeholders.map((p) => [p]);
    for (const name of FORMULAS) {
      const fn = bundle[name] as (v: unknown, ...args: unknown[]) => unknown;
      for (const token of CORPUS.placeholders) expect(fn(token), `${name}(${token})`).toBe(token.trim());
      expect(plain(fn(range)), name).toEqual(range.map(([p]) => [p?.trim()]));
    }
    // Namibia and Norway are not invented from "N/A", "NA" and "no", with any output.
    for (const output of ['name', 'iso2', 'vi', 'tr']) {
      expect(plain(bundle.CRM_NORMALIZE_COUNTRY([['N/A'], ['NA'], ['no'], ['%s %d']], output))).toEqual([['N/A'], ['NA'], ['no'], ['%s %d']]);
    }
    // And no phone gets Namibia's +264 from a placeholder country.
    expect(bundle.CRM_NORMALIZE_PHONE('0812-3456-7890', 'ID')).toBe('+6281234567890');
  });
});

const HEADER = ['ID', 'Name', 'Email', 'Phone', 'Company', 'Country', 'Job Title', 'Last activity'];
const COUNTRY_NAMES: Record<string, string> = { ID: 'Indonesia', VN: 'Vietnam', CZ: 'Czechia', SE: 'Sweden', TR: 'Türkiye', US: 'United States' };

/** The corpus as CRM rows (one unique id and email each), then rows made only of placeholders. */
function corpusSheet(): { values: string[][]; expected: Map<string, string[]> } {
  const dates = CORPUS.date.filter(([, order]) => order === null);
  const rows = Math.max(CORPUS.phone.length, CORPUS.name.length, CORPUS.company.length);
  const values: string[][] = [HEADER];
  const expected = new Map<string, string[]>();
  for (let i = 0; i < rows; i++) {
    const [phone = '', country = 'ID', phoneOut = ''] = CORPUS.phone[i % CORPUS.phone.length] ?? [];
    const [name = '', nameOut = ''] = CORPUS.name[i % CORPUS.name.length] ?? [];
    const [company = '', companyOut = ''] = CORPUS.company[i % CORPUS.company.length] ?? [];
    const [title = '', titleOut = ''] = CORPUS.title[i % CORPUS.title.length] ?? [];
    const [date = '', , dateOut = ''] = dates[i % dates.length] ?? [];
    const id = `C${i + 1}`;
    const email = `kontak${i}@maju${i}.co.id`;
    values.push([id, name, email, phone, company, country, title, date]);
    expected.set(id, [id, nameOut, email, phoneOut, companyOut, COUNTRY_NAMES[country] ?? country, titleOut, dateOut]);
  }
  CORPUS.placeholders.forEach((p, i) => {
    const row = [`P${i + 1}`, ...HEADER.slice(1).map((_, c) => CORPUS.placeholders[(i + c) % CORPUS.placeholders.length] ?? p)];
    values.push(row);
    expected.set(row[0] as string, row.map((v) => v.trim()));
  });
  return { values, expected };
}

describe('the corpus through "Clean this sheet"', () => {
  it('cleans every row to its expected values, leaves placeholders as typed, archives merged rows as read', () => {
    const { values, expected } = corpusSheet();
    const h = harness({ values });
    h.gas.spreadsheet.timeZone = 'Asia/Jakarta';
    h.bundle.menuCleanSheet();
    expect(h.gas.ui.alerts[h.gas.ui.alerts.length - 1]?.prompt ?? '').toMatch(/is clean\.\nCell changes: \d+/);
    const utilities = h.gas.globals.Utilities as { formatDate(d: Date, tz: string, f: string): string };
    const shown = (v: unknown): string => (Object.prototype.toString.call(v) === '[object Date]' ? utilities.formatDate(v as Date, 'Asia/Jakarta', 'yyyy-MM-dd') : String(v));
    const wrong: string[] = [];
    const sheetRows = h.sheet.getRange(2, 1, h.sheet.getLastRow() - 1, HEADER.length).getValues();
    for (const row of sheetRows) {
      const want = expected.get(String(row[0])) ?? [];
      row.forEach((v, c) => {
        if (shown(v) !== want[c]) wrong.push(`${String(row[0])} ${HEADER[c]}: ${JSON.stringify(shown(v))}, expected ${JSON.stringify(want[c])}`);
      });
    }
    expect(wrong).toEqual([]);
    // Rows merged away are in the archive exactly as they were read.
    const archive = h.gas.spreadsheet.getSheetByName('CRM Archive');
    const archived = archive && archive.getLastRow() > 1 ? archive.getRange(2, 7, archive.getLastRow() - 1, HEADER.length).getValues() : [];
    const original = new Map(values.slice(1).map((r) => [r[0], r]));
    for (const row of archived) expect(row.map(String)).toEqual(original.get(String(row[0])));
    expect(sheetRows.length + archived.length).toBe(values.length - 1);
  });
});
