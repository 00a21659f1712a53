import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { findDuplicates, pairMatch, prepareTable } from '../../src/core/dedupe/index';

// A contact sheet with every kind of field dedupe compares.
const HEADER = ['First name', 'Last name', 'Email', 'Phone', 'Company', 'Address', 'City', 'National ID', 'Date of birth', 'Website'];
const ROLES: ColumnRoles = ['firstName', 'lastName', 'email', 'phone', 'company', 'address', 'city', 'nationalId', 'birthDate', 'website'];
const table = (rows: Cell[][]): Table => ({ header: [...HEADER], rows });

// Unrelated people around the pair, so term frequencies look like a sheet, not two rows.
const OTHERS: Cell[][] = [
  ['Maria', 'Garcia', 'maria.garcia@outlook.com', '+1 415 555 0101', 'Globex', '12 Pine St', 'Boston', '', '1984-03-02', ''],
  ['Budi', 'Santoso', 'budi.s@yahoo.co.id', '+62 812 3456 7001', 'PT Maju Jaya', 'Jl. Merdeka 5', 'Jakarta', '', '1979-11-20', ''],
  ['Lars', 'Nilsson', 'lars.nilsson@telia.com', '+46 70 123 4501', 'Svea Bygg AB', 'Storgatan 3', 'Malmö', '', '1990-06-15', ''],
  ['Ayşe', 'Demir', 'ayse.demir@hotmail.com', '+90 532 111 2201', 'Ege Tekstil A.Ş.', 'Atatürk Cd. 10', 'İzmir', '', '1988-01-09', ''],
];

// What people type for "nothing here", in the six languages of the product.
const PLACEHOLDERS = ['N/A', '-', '--', '?', 'REMOVED', 'unknown', 'none', 'TBD', 'tidak ada', 'không có', 'neuvedeno', 'saknas', 'bilinmiyor', 'yok'];

const FIELDS = HEADER.map((h, i) => [h, i] as const);

describe('placeholders are never a match key and never agree, in every field', () => {
  for (const [field, col] of FIELDS) {
    it(`${field}: the same placeholder on two rows is not compared at all`, () => {
      for (const p of PLACEHOLDERS) {
        const a: Cell[] = ['Hana', 'Kučerová', 'hana.kucerova@seznam.cz', '+420 601 222 333', 'Brno Data s.r.o.', 'Údolní 12', 'Brno', '8055123456', '1985-04-12', 'brnodata.cz'];
        const b: Cell[] = ['Mehmet', 'Aydın', 'mehmet.aydin@gmail.com', '+90 533 444 5566', 'Anadolu Yazılım Ltd. Şti.', 'Bağdat Cd. 101', 'İstanbul', '12345678901', '1972-09-30', 'anadolu.com.tr'];
        a[col] = p;
        b[col] = p;
        const pt = prepareTable(table([...OTHERS, a, b]), ROLES, { defaultCountry: 'CZ' });
        const evidence = pairMatch(pt, 4, 5).fields.filter((f) => f.field === ROLES[col]);
        expect(evidence, `${field} = ${p}`).toEqual([]);
      }
    });
  }

  it('a national id or address placeholder shared by namesakes never makes them one person', () => {
    for (const p of PLACEHOLDERS) {
      const a: Cell[] = ['Jan', 'Novák', '', '', '', p, 'Praha', p, '', ''];
      const b: Cell[] = ['Jan', 'Novák', '', '', '', p, 'Praha', p, '', ''];
      const sure = findDuplicates(table([...OTHERS, a, b]), ROLES).clusters.filter((c) => c.confidence === 'sure');
      expect(sure, p).toEqual([]);
    }
  });

  it('a person typed twice is still found when the rest of a row is placeholders', () => {
    const a: Cell[] = ['Nguyễn', 'Thị Lợi', 'loi.nguyen@gmail.com', '+84 912 345 678', 'Công ty TNHH Hòa Phát', '', 'Hà Nội', '', '', ''];
    const b: Cell[] = ['Nguyen', 'Thi Loi', 'loi.nguyen@gmail.com', 'không có', 'N/A', 'REMOVED', '-', 'N/A', 'unknown', '-'];
    const res = findDuplicates(table([...OTHERS, a, b]), ROLES, { defaultCountry: 'VN' });
    expect(res.clusters.map((c) => c.rows)).toEqual([[4, 5]]);
  });

  it('a placeholder address never completes a sure merge ("same name and full address")', () => {
    const header = ['Name', 'Address', 'City', 'Postcode'];
    const roles: ColumnRoles = ['name', 'address', 'city', 'postcode'];
    const rows: Cell[][] = [
      ['Anna Svensson', 'Storgatan 3', 'Malmö', '211 34'],
      ['Erik Lund', 'Kungsgatan 8', 'Lund', '222 22'],
      ['Maria Lopez', 'REMOVED', 'Boston', '02110'],
      ['Maria Lopez', 'REMOVED', 'Boston', '02110'],
    ];
    const sure = findDuplicates({ header, rows }, roles).clusters.filter((c) => c.confidence === 'sure');
    expect(sure).toEqual([]);
  });
});
