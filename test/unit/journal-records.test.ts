// The journal's row records: what a run changed in a row, compactly, and back cell by cell with
// the hash of each cell as the run left it.
import { describe, expect, it } from 'vitest';
import { decodeColumns, encodeColumns, rowRecord, touchedCells, type RowState } from '../../src/gas/journal-records';
import { stateHash } from '../../src/gas/cell-state';
import type { Cell } from '../../src/core/table';

const row = (): RowState => ({
  values: ['ŞAHİN YILMAZ', '0532 123 45 67', 'Amerika Birleşik Devletleri', 'Acme Ltd. Şti.', new Date(Date.UTC(2019, 4, 1)), 5],
  formulas: ['', '', '', '', '', '=LEN(A7)'],
  formats: ['0.###############', '0.###############', '0.###############', '0.###############', 'yyyy-mm-dd', '0'],
  backgrounds: ['#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff'],
  notes: ['', 'met at the fair', '', '', '', ''],
});

describe('journal records', () => {
  it('columns as ranges, both ways', () => {
    expect(encodeColumns([0, 1, 2, 3, 5, 7, 8])).toBe('0-3,5,7-8');
    expect(decodeColumns('0-3,5,7-8')).toEqual([0, 1, 2, 3, 5, 7, 8]);
    expect(decodeColumns('')).toEqual([]);
  });

  it('keeps what each touched cell held before, and a hash of it as the run leaves it', () => {
    const state = row();
    const rec = rowRecord(5, state, {
      values: new Map<number, Cell>([[0, 'Şahin Yılmaz'], [1, '+905321234567'], [2, 'United States']]),
      formats: new Map([[1, '@']]),
      backgrounds: new Map([0, 1, 2, 3, 4, 5].map((c) => [c, '#fce8b2'])),
      notes: new Map([[4, 'CRM Hygiene: stale since 2019-05-01']]),
    });
    expect(rec).not.toBeNull();
    if (!rec) return;
    expect(rec.c).toBe('0-5');
    // One background for the whole row, before and after, is kept once.
    expect(rec.b).toEqual(['0-5', '#ffffff', '#fce8b2']);
    expect(rec.v).toEqual(['0-2', ['ŞAHİN YILMAZ', '0532 123 45 67', 'Amerika Birleşik Devletleri'], ['Şahin Yılmaz', '+905321234567', 'United States']]);
    expect(rec.x).toEqual(['5', ['=LEN(A7)']]);
    const cells = touchedCells(rec);
    expect(cells.map((c) => c.c)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cells[1]?.before).toEqual({ value: '0532 123 45 67', format: '0.###############', background: '#ffffff' });
    expect(cells[1]?.after).toEqual({ value: '+905321234567', format: '@', background: '#fce8b2' });
    expect(cells[4]?.before).toEqual({ background: '#ffffff', note: '' });
    expect(cells[4]?.after).toEqual({ background: '#fce8b2', note: 'CRM Hygiene: stale since 2019-05-01' });
    expect(cells[5]?.formula).toBe('=LEN(A7)');
    expect(cells[1]?.hash).toBe(stateHash({ value: '+905321234567', format: '@', background: '#fce8b2', note: 'met at the fair' }));
    // A date keeps its type through the record.
    expect(touchedCells(JSON.parse(JSON.stringify(rowRecord(0, state, { values: new Map([[4, 'x']]) })))).at(0)?.before.value).toEqual(new Date(Date.UTC(2019, 4, 1)));
  });

  it('writing what is already there touches nothing', () => {
    const state = row();
    expect(rowRecord(0, state, { values: new Map([[0, 'ŞAHİN YILMAZ']]), backgrounds: new Map([[2, '#FFFFFF']]), notes: new Map([[1, 'met at the fair']]) })).toBeNull();
  });

  it('the hash tells a changed value, format, colour or note apart; the value-only kind looks at values alone', () => {
    const base = { value: 'Nguyễn Thị Lợi', format: '@', background: '#ffffff', note: '' };
    const h = stateHash(base);
    expect(stateHash({ ...base })).toBe(h);
    for (const change of [{ value: 'Nguyễn Thị Lợi ' }, { value: 'nguyễn thị lợi' }, { format: '0.###############' }, { background: '#00ff00' }, { note: 'gọi lại' }, { value: 5 }, { value: '5' }]) {
      expect(stateHash({ ...base, ...change } as typeof base)).not.toBe(h);
    }
    expect(stateHash({ ...base, background: '#FFFFFF' })).toBe(h);
    const rec = rowRecord(2, row(), { values: new Map([[3, 'Acme Ltd. Şti']]) }, true);
    expect(rec?.k).toBe('v');
    expect(touchedCells(rec as NonNullable<typeof rec>)[0]?.hash).toBe(stateHash({ value: 'Acme Ltd. Şti', format: '', background: '', note: '' }));
  });
});
