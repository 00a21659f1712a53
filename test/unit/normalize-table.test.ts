import { describe, expect, it } from 'vitest';
import { normalizeTable } from '../../src/core/normalize/normalize-table';
import { withDefaults } from '../../src/core/settings';

const header = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Job Title', 'Notes'];

describe('normalizeTable', () => {
  it('normalizes each mapped column and logs every change with a rule and a reason', () => {
    const rows = [
      ['ŞAHİN YILMAZ', 'sahin@gmail.cmo', '0532 123 45 67', 'DEMIR TEKSTIL A.S.', 'Türkiye', 'Pazarlama Direktörü', '  call  back '],
      ['nguyễn thị lợi', 'LOI@YAHOO.COM.VN', '091 234 5678', 'Công ty TNHH Minh Phát', 'Việt Nam', 'CMO', ''],
    ];
    const result = normalizeTable({ header, rows }, withDefaults({ defaultCountry: 'ID' }));
    expect(result.rows[0]?.[0]).toBe('Şahin Yılmaz');
    expect(result.rows[0]?.[1]).toBe('sahin@gmail.com');
    // The row's own country (Türkiye) wins over the default (ID) for the phone.
    expect(result.rows[0]?.[2]).toBe('+905321234567');
    expect(result.rows[1]?.[2]).toBe('+84912345678');
    expect(result.rows[1]?.[5]).toBe('Chief Marketing Officer');
    expect(result.rows[0]?.[6]).toBe('call back');
    for (const change of result.changes) {
      expect(change.rule).not.toBe('none');
      expect(change.why.length).toBeGreaterThan(0);
    }
    // The input is not modified.
    expect(rows[0]?.[0]).toBe('ŞAHİN YILMAZ');
  });

  it('never writes a protected (formula) cell', () => {
    const rows = [['JOHN DOE', 'x@gmail.cmo', '', '', '', '', '']];
    const result = normalizeTable({ header, rows }, withDefaults(), { isProtected: (_r, c) => c === 1 });
    expect(result.rows[0]?.[1]).toBe('x@gmail.cmo');
    expect(result.changes.some((c) => c.column === 1)).toBe(false);
    expect(result.rows[0]?.[0]).toBe('John Doe');
  });

  it('reports flags as findings and leaves invalid values as typed', () => {
    const rows = [['Ann', 'info@acme.co.id', '12', '', 'Indonesia', '', '']];
    const result = normalizeTable({ header, rows }, withDefaults());
    expect(result.rows[0]?.[2]).toBe('12');
    expect(result.findings.map((f) => f.flag).sort()).toEqual(['invalid', 'role-account']);
  });

  it('reads phones stored as numbers', () => {
    const rows = [['A', '', 6281234567890, '', '', '', ''], ['B', '', 812345678, '', 'Indonesia', '', '']];
    const result = normalizeTable({ header, rows }, withDefaults({ defaultCountry: 'ID' }));
    expect(result.rows[0]?.[2]).toBe('+6281234567890');
    expect(result.rows[1]?.[2]).toBe('+62812345678');
  });
});
