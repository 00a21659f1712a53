// Company keys are remembered across tables (keys.ts): a key read from the memo, after the memo has
// turned over many times, is the key read afresh, for company names as people type them.
import { describe, expect, it } from 'vitest';
import { companyKeyOf } from '../../src/core/dedupe/keys';

const TYPED = ['PT Maju Jaya Tbk', 'CV. Maju Jaya', 'Công ty TNHH Minh Phát', 'Minh Phát Co., Ltd', 'Škoda Auto a.s.', 'ŠKODA AUTO', 'Volvo Personvagnar AB', 'AB Volvo (publ)', 'Koç Holding A.Ş.', 'KOC HOLDING AS', 'Acme Corp.', 'n/a', '-', ''];

describe('company keys remembered', () => {
  it('gives the same key for a name read again, also after tens of thousands of other names', () => {
    const first = TYPED.map((c) => structuredClone(companyKeyOf(c)));
    TYPED.forEach((c, i) => expect(companyKeyOf(c)).toEqual(first[i]));
    // Far more distinct names than the memo holds: every typed name has left it since.
    for (let i = 0; i < 25_000; i++) companyKeyOf(`Firma ${i} s.r.o.`);
    TYPED.forEach((c, i) => expect(companyKeyOf(c)).toEqual(first[i]));
    expect(companyKeyOf('PT Maju Jaya Tbk').key).toBe(companyKeyOf('PT. MAJU JAYA TBK').key);
    expect(companyKeyOf('n/a')).toEqual({ key: '', tokens: [], org: null });
  });

  it('reads a number cell as the text of its digits, and an empty or boolean cell as no company', () => {
    expect(companyKeyOf(1999).key).toBe(companyKeyOf('1999').key);
    expect(companyKeyOf(1999).key).not.toBe('');
    expect(companyKeyOf(null).key).toBe('');
    expect(companyKeyOf(true).key).toBe('');
  });
});
