// The CRM_* formulas called from the built bundle, as Sheets would call them.
import { describe, expect, it, beforeAll } from 'vitest';
import { loadBundle, distScripts, type Bundle } from './load-bundle';
import { createFakeGas } from '../fake/gas';

const NAMES = [
  'CRM_NORMALIZE_PHONE',
  'CRM_NORMALIZE_EMAIL',
  'CRM_NORMALIZE_NAME',
  'CRM_NORMALIZE_COMPANY',
  'CRM_COMPANY_KEY',
  'CRM_NORMALIZE_COUNTRY',
  'CRM_NORMALIZE_TITLE',
];

/** Copies a cross-realm value into this realm so toEqual compares plain data. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('custom functions in the built bundle', () => {
  let bundle: Bundle;
  beforeAll(() => {
    bundle = loadBundle(createFakeGas({ locale: 'id_ID' }).globals);
  });

  it('defines every CRM_* function at top level, whatever the file order', () => {
    const reversed = loadBundle(createFakeGas().globals, distScripts().reverse());
    for (const name of NAMES) {
      expect(typeof bundle[name]).toBe('function');
      expect(typeof reversed[name]).toBe('function');
    }
  });

  it('normalizes single values', () => {
    expect(bundle.CRM_NORMALIZE_PHONE('0812-3456-7890')).toBe('+6281234567890');
    expect(bundle.CRM_NORMALIZE_PHONE('+420 602 123 456', 'ID', 'INTERNATIONAL')).toBe('+420 602 123 456');
    expect(bundle.CRM_NORMALIZE_EMAIL('  John.Doe@GMAIL.CMO ')).toBe('john.doe@gmail.com');
    expect(bundle.CRM_NORMALIZE_NAME('ŞAHİN YILMAZ')).toBe('Şahin Yılmaz');
    expect(bundle.CRM_NORMALIZE_NAME('NGUYỄN THỊ LỢI')).toBe('Nguyễn Thị Lợi');
    expect(bundle.CRM_NORMALIZE_COUNTRY('Amerika Birleşik Devletleri')).toBe('United States');
    expect(bundle.CRM_NORMALIZE_COUNTRY('Hoa Kỳ', 'iso2')).toBe('US');
    expect(bundle.CRM_NORMALIZE_COUNTRY('Korea')).toBe('Korea');
    expect(bundle.CRM_NORMALIZE_TITLE('CMO')).toBe('Chief Marketing Officer');
    expect(bundle.CRM_COMPANY_KEY('PT Acme Indonesia Tbk')).toBe(bundle.CRM_COMPANY_KEY('ACME INDONESIA, PT.'));
    expect(bundle.CRM_NORMALIZE_COMPANY('ACME INC')).toBe(bundle.CRM_NORMALIZE_COMPANY('Acme, Inc.'));
  });

  it('maps a 2-D range to the same shape, blank in blank out', () => {
    const range = [['0812 3456 7890', ''], [6281234567890, 'not a phone'], ['', '']];
    const out = plain(bundle.CRM_NORMALIZE_PHONE(range)) as unknown[][];
    expect(out).toEqual([['+6281234567890', ''], ['+6281234567890', 'not a phone'], ['', '']]);
    const emails = plain(bundle.CRM_NORMALIZE_EMAIL([['A@B.CZ'], [''], ['x@seznam.cy']])) as unknown[][];
    expect(emails).toHaveLength(3);
    expect(emails[0]).toEqual(['a@b.cz']);
    expect(emails[1]).toEqual(['']);
  });

  it('takes the default country from the document settings before the locale', () => {
    const gas = createFakeGas({ locale: 'id_ID', documentProperties: { 'crmHygiene.settings': JSON.stringify({ defaultCountry: 'CZ' }) } });
    const czech = loadBundle(gas.globals);
    expect(czech.CRM_NORMALIZE_PHONE('602 123 456')).toBe('+420602123456');
    // One settings read and at most one locale read per formula call, never one per cell.
    const before = gas.calls.total();
    czech.CRM_NORMALIZE_PHONE(Array.from({ length: 500 }, () => ['602 123 456']));
    expect(gas.calls.total() - before).toBeLessThanOrEqual(3);
  });

  it('returns bad input unchanged and never throws on values', () => {
    const long = 'x'.repeat(50_000);
    const when = new Date(2024, 0, 2);
    for (const name of NAMES) {
      const fn = bundle[name] as (v: unknown) => unknown;
      expect(fn('')).toBe('');
      expect(fn(true)).toBe(true);
      expect(fn('#N/A')).toBe('#N/A');
      expect(fn('=A1')).toBe('=A1');
      expect(fn(long)).toBe(long);
      expect(fn('😀🎉')).toBe('😀🎉');
      expect(fn('שלום עולם')).toBe('שלום עולם');
      expect(fn(when)).toBe(when);
    }
  });

  it('explains a bad argument in plain words', () => {
    expect(() => bundle.CRM_NORMALIZE_PHONE('0812', 'Indonesia')).toThrow(/two-letter country code/);
    expect(() => bundle.CRM_NORMALIZE_PHONE('0812', 'ID', 'fancy')).toThrow(/E164/);
  });
});
