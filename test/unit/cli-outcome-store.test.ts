import { describe, expect, it } from 'vitest';
import { OutcomeStore } from '../../src/cli/clean/outcomes';

describe('OutcomeStore', () => {
  it('gives back each stored outcome once: cleaned cells, archived rows, cells that cannot be packed', () => {
    const store = new OutcomeStore(10);
    store.put(2, { row: ['Şahin Yılmaz', '+905321234567', 'Türkiye'], changes: [] }, '4,Phone,0532 123 45 67,+905321234567,phone.e164,written in E.164 (+90 Turkey)\n');
    store.put(7, { row: null, archived: { primary: 2, reason: 'rows 4, 9 are one customer' }, changes: [] }, '');
    // An XLSX cell can be a number or a date: such a row is kept as it is.
    const date = new Date(Date.UTC(2024, 2, 1));
    store.put(9, { row: ['Nguyễn Thị Lợi', 84912345678, date], changes: [] }, '');
    expect(store.take(2)).toEqual({ row: ['Şahin Yılmaz', '+905321234567', 'Türkiye'], changes: [], changesText: '4,Phone,0532 123 45 67,+905321234567,phone.e164,written in E.164 (+90 Turkey)\n' });
    expect(store.take(7)).toEqual({ row: null, archived: { primary: 2, reason: 'rows 4, 9 are one customer' }, changes: [], changesText: '' });
    expect(store.take(9)?.row).toEqual(['Nguyễn Thị Lợi', 84912345678, date]);
    expect(store.take(2)).toBeUndefined();
    expect(store.take(3)).toBeUndefined();
    expect(store.take(42)).toBeUndefined();
  });
});
