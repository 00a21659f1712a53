import { describe, expect, it } from 'vitest';
import { isPlaceholder, placeholderKey } from '../../src/core/normalize/placeholder';

describe('isPlaceholder', () => {
  it.each(['N/A', 'n/a', 'NA', 'N.A.', '-', '--', '?', 'none', 'NULL', 'nil', 'Unknown', 'TBD', 'tba', 'no', 'x',
    'tidak ada', 'không có', 'neuvedeno', 'saknas', 'yok', 'bilinmiyor', ' — '])('%s is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it.each(['Nam', 'Norway', 'Acme', '+62 812', 'Xavier', 'Noah', 'Bos', 'anna@x.cz', ''])('%s is not', (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
  it('takes a team\'s own tokens', () => {
    expect(isPlaceholder('lihat catatan')).toBe(false);
    expect(isPlaceholder('Lihat Catatan', new Set([placeholderKey('lihat catatan')]))).toBe(true);
  });
});

describe('isPlaceholder: the quick refusals never refuse a real placeholder', () => {
  it.each(['không có thông tin', 'Không có thông tin'.normalize('NFD'), 'KHÔNG CÓ THÔNG TIN', '  -tidak ada-  ', '(none)', 'BELİRTİLMEMİŞ', 'belirtilmemis', 'Uppgift saknas'.normalize('NFD')])('%s', (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it('a team token with digits or a long phrase is still found', () => {
    const team = new Set([placeholderKey('000'), placeholderKey('ask the sales team for this number')]);
    expect(isPlaceholder('000', team)).toBe(true);
    expect(isPlaceholder('Ask the sales team for this number', team)).toBe(true);
    expect(isPlaceholder('000')).toBe(false);
  });
});

describe('isPlaceholder: abbreviations written with dots or slashes', () => {
  it.each(['T.B.D.', 't.b.a', 'N/A', 'n.a.', 'N / A', 'T.B.C.'])('%s is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it.each(['J.R.', 'A.B.', 'U.S.A.', 'P.T.'])('%s is not', (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
});
