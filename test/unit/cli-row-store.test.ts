import { describe, expect, it } from 'vitest';
import { RowStore } from '../../src/cli/rows/row-store';

describe('RowStore.cells', () => {
  // Rows as exports hold them: blanks at either end, six languages, a row that cannot be packed
  // (a number from XLSX, a cell holding the separator itself).
  const rows: Array<Array<string | number>> = [
    ['Nguyễn Thị Lợi', 'loi@yahoo.com.vn', '0912 345 678', 'Việt Nam'],
    ['', 'sahin@gmail.cmo', '', 'Türkiye'],
    ['Jan Novák', '', '+420 602 123 456', ''],
    ['Åsa Öberg', 'asa@telia.se', 46701234567, 'Sverige'],
    ['Budi\u001fSantoso', 'budi@majujaya.co.id', '0812-3456-7890', 'Indonesia'],
    ['', '', '', ''],
  ];

  it('gives the asked columns of each row exactly as get() does, and nothing else', () => {
    const store = new RowStore(4);
    for (const r of rows) store.push(r);
    for (const columns of [[1, 2], [0], [3], [0, 3], [0, 1, 2, 3]]) {
      for (let i = 0; i < rows.length; i++) {
        const got = store.cells(i, columns);
        const whole = store.get(i);
        for (const c of columns) expect(got[c]).toBe(whole[c]);
        if (!whole.some((v) => typeof v !== 'string' || v.includes('\u001f'))) {
          for (let c = 0; c < 4; c++) if (!columns.includes(c)) expect(got[c]).toBeUndefined();
        }
      }
    }
  });

  it('refuses a row that was never stored, as get() does', () => {
    const store = new RowStore(2);
    store.push(['Siti Rahmawati', 'siti@gmail.com']);
    expect(() => store.cells(1, [1])).toThrow(/row 1 was never stored/);
    expect(() => store.cells(-1, [1])).toThrow(/row -1 was never stored/);
  });
});

describe('RowStore: repeated values stored once', () => {
  const countries = ['Việt Nam', 'Türkiye', 'Česko', 'Sverige', 'Indonesia', 'United States'];
  const statuses = ['Pelanggan', 'Churned', 'Lead', 'Khách hàng', 'Müşteri', ''];
  // 5,000 rows: a unique email per row, six countries, six statuses (one blank).
  const rows = Array.from({ length: 5000 }, (_, i) => [
    `kontak${i}@majujaya.co.id`,
    countries[i % countries.length] as string,
    statuses[(i * 7) % statuses.length] as string,
  ]);

  it('gives every row back exactly, and a repeated value as one shared string', () => {
    const store = new RowStore(3);
    for (const r of rows) store.push(r);
    for (let i = 0; i < rows.length; i += 97) expect(store.get(i)).toEqual(rows[i]);
    for (let i = 0; i < rows.length; i += 97) expect(store.cells(i, [0, 2])).toEqual([rows[i]?.[0], undefined, rows[i]?.[2]]);
    // The same object, not merely equal text: lookups by value then need no hashing or comparing.
    const a = store.get(6)[1];
    const b = store.get(4998)[1];
    expect(a).toBe('Việt Nam');
    expect(Object.is(a, b)).toBe(true);
  });

  it('keeps a cell that starts with the code mark, or looks like a code, exactly as typed', () => {
    const store = new RowStore(2);
    // 5,000 unique values first: column 0 fills up with values seen once and is no longer
    // numbered, so a cell that looks like a code would be stored as typed and misread if it were
    // not set apart.
    for (let i = 0; i < 5000; i++) store.push([`id-${i}`, 'Türkiye']);
    const odd = [['\u001e0', 'Türkiye'], ['Türkiye', '\u001e12'], ['0', 'Türkiye'], ['Türkiye', '\u001e'], ['\u001e1', '']];
    for (const r of odd) store.push(r);
    odd.forEach((r, i) => expect(store.get(5000 + i)).toEqual(r));
    odd.forEach((r, i) => expect(store.cells(5000 + i, [0])[0]).toBe(r[0]));
  });

  it('stays exact past the most values a column numbers, in every column', () => {
    const store = new RowStore(2);
    // 10,000 distinct companies, each twice in a row (half the cells repeat, so the column stays
    // numbered): numbered until the column is full, then kept as text.
    const many = Array.from({ length: 20000 }, (_, i) => [`Công ty ${Math.floor(i / 2)}`, `Owner ${i % 3}`]);
    for (const r of many) store.push(r);
    for (let i = 0; i < many.length; i += 37) expect(store.get(i)).toEqual(many[i]);
    expect(store.get(19999)).toEqual(['Công ty 9999', 'Owner 1']);
    expect(Object.is(store.get(1)[0], store.get(0)[0])).toBe(true);
  });
});
