// The one place that decides a sheet's default country, roles, stale window and sidebar locale.
import { describe, expect, it } from 'vitest';
import { effectiveDefaultCountry, effectiveSettings, effectiveStaleMonths, effectiveUserLocale, resolveRoles } from '../../src/core/settings/effective';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { StoredSettings } from '../../src/core/settings/stored';

describe('effective default country', () => {
  it('takes the setting when it is a two-letter code, in any case and with stray spaces', () => {
    expect(effectiveDefaultCountry({ defaultCountry: 'ID', locale: 'sv_SE' })).toBe('ID');
    expect(effectiveDefaultCountry({ defaultCountry: 'vn', locale: 'en_US' })).toBe('VN');
    expect(effectiveDefaultCountry({ defaultCountry: ' cz ' })).toBe('CZ');
  });

  it('falls back to the region of the spreadsheet locale when the setting is blank or not a code', () => {
    expect(effectiveDefaultCountry({ locale: 'id_ID' })).toBe('ID');
    expect(effectiveDefaultCountry({ defaultCountry: '', locale: 'tr_TR' })).toBe('TR');
    // A settings file that names the country instead of giving its code.
    expect(effectiveDefaultCountry({ defaultCountry: 'Việt Nam', locale: 'vi_VN' })).toBe('VN');
    expect(effectiveDefaultCountry({ defaultCountry: 'Sverige', locale: 'sv-SE' })).toBe('SE');
  });

  it('is none when neither says anything (a locale without a region)', () => {
    expect(effectiveDefaultCountry({ locale: 'cs' })).toBeUndefined();
    expect(effectiveDefaultCountry({})).toBeUndefined();
  });
});

describe('effective settings of a sheet', () => {
  const stored: StoredSettings = {
    defaultCountry: 'ID',
    locale: 'id_ID',
    staleMonths: 12,
    headerRow: 1,
    headerRowBySheet: { Kontak: 3, Leads: 2 },
    rolesBySheet: { Kontak: ['name', 'email', 'phone'] },
    notDuplicates: [['a', 'b']],
    rejectInvalid: true,
    cleanBudgetMs: 1000,
    cleanChunkRows: 10,
  };

  it('takes the header row and roles stored for that sheet, and leaves the add-on bookkeeping out', () => {
    const s = effectiveSettings(stored, { sheetName: 'Kontak', locale: 'id_ID' });
    expect(s.headerRow).toBe(3);
    expect(s.roles).toEqual(['name', 'email', 'phone']);
    expect(s.staleMonths).toBe(12);
    for (const key of ['rolesBySheet', 'headerRowBySheet', 'notDuplicates', 'rejectInvalid', 'cleanBudgetMs', 'cleanChunkRows']) expect(s).not.toHaveProperty(key);
  });

  it('uses the document-wide header row and no roles for a sheet it has not seen', () => {
    const s = effectiveSettings(stored, { sheetName: 'Khách hàng' });
    expect(s.headerRow).toBe(1);
    expect(s.roles).toBeUndefined();
  });

  it('prefers the locale read now over the stored one', () => {
    expect(effectiveSettings(stored, { sheetName: 'Leads', locale: 'sv_SE' }).locale).toBe('sv_SE');
    expect(effectiveSettings(stored, { sheetName: 'Leads' }).locale).toBe('id_ID');
  });

  it('gives the defaults when nothing is stored', () => {
    expect(effectiveSettings(null)).toEqual({ ...DEFAULT_SETTINGS, headerRow: 1, roles: undefined, locale: undefined });
  });
});

describe('effective roles', () => {
  const header = ['Nama Lengkap', 'E-posta', 'Số điện thoại'];
  const rows = [['Budi Santoso', 'budi@firma.co.id', '0812-3456-7890']];

  it("uses the user's roles when they fit the header", () => {
    expect(resolveRoles({ header, rows }, { roles: ['name', 'notes', 'phone'] })).toEqual(['name', 'notes', 'phone']);
  });

  it('detects them when there are none or they were chosen for another width', () => {
    expect(resolveRoles({ header, rows }, {})).toEqual(['name', 'email', 'phone']);
    expect(resolveRoles({ header, rows }, { roles: ['name', 'email'] })).toEqual(['name', 'email', 'phone']);
  });
});

describe('effective stale window and sidebar locale', () => {
  it('uses the stale months setting, or 18 when it is not a positive number', () => {
    expect(effectiveStaleMonths({ staleMonths: 6 })).toBe(6);
    expect(effectiveStaleMonths({ staleMonths: 0 })).toBe(18);
    expect(effectiveStaleMonths({ staleMonths: -3 })).toBe(18);
  });

  it("speaks the user's locale, else the spreadsheet's", () => {
    expect(effectiveUserLocale('tr', 'id_ID')).toBe('tr');
    expect(effectiveUserLocale('', 'cs_CZ')).toBe('cs_CZ');
    expect(effectiveUserLocale(null, undefined)).toBe('');
  });
});
