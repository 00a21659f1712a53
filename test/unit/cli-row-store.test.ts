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
