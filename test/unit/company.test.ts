import { describe, expect, it } from 'vitest';
import { companyKey, normalizeCompany } from '../../src/core/normalize/company';
import { foldText } from '../../src/core/normalize/text';
import { seededRandom as rng } from '../../scripts/lib/seeded-random';

const v = (s: unknown, style?: 'short' | 'long' | 'none'): unknown => normalizeCompany(s as string, style ? { style } : {}).value;

describe('normalizeCompany: one spelling per legal form', () => {
  it.each([
    // en
    ['Acme, Inc.', 'Acme Inc.'],
    ['ACME INC', 'Acme Inc.'],
    ['Acme Inc', 'Acme Inc.'],
    ['Acme Incorporated', 'Acme Inc.'],
    ['Acme Limited', 'Acme Ltd.'],
    ['Acme Co', 'Acme Co.'],
    ['BANK OF AMERICA CORP', 'Bank of America Corp.'],
    ['Acme L.L.C.', 'Acme LLC'],
    ['Acme Pty. Ltd.', 'Acme Pty Ltd'],
    // id: PT/CV are prefixes, Tbk a suffix; "..., PT." is moved to the front
    ['PT. ACME INDONESIA TBK', 'PT Acme Indonesia Tbk'],
    ['ACME INDONESIA, PT.', 'PT Acme Indonesia'],
    ['P.T. Maju Jaya', 'PT Maju Jaya'],
    ['C.V. Maju Jaya', 'CV Maju Jaya'],
    ['PT Bank Mandiri (Persero) TBK', 'PT Bank Mandiri (Persero) Tbk'],
    // vi
    ['CÔNG TY CỔ PHẦN SỮA VIỆT NAM', 'Công ty CP Sữa Việt Nam'],
    ['Cty TNHH Acme Việt Nam', 'Công ty TNHH Acme Việt Nam'],
    ['Công ty Trách nhiệm Hữu hạn Một thành viên Acme', 'Công ty TNHH MTV Acme'],
    ['ACME VIETNAM CO.,LTD', 'Acme Vietnam Co., Ltd.'],
    ['Acme Vietnam Co. Ltd', 'Acme Vietnam Co., Ltd.'],
    // cs
    ['ACME S.R.O.', 'Acme s.r.o.'],
    ['Acme s. r. o.', 'Acme s.r.o.'],
    ['Acme, spol. s r. o.', 'Acme spol. s r.o.'],
    ['ŠKODA AUTO A.S.', 'Škoda Auto a.s.'],
    ['Nováková akciová společnost', 'Nováková a.s.'],
    ['Acme v. o. s.', 'Acme v.o.s.'],
    // sv
    ['Acme Aktiebolag', 'Acme AB'],
    ['ERICSSON AB (PUBL)', 'Ericsson AB (publ)'],
    ['Ericsson AB publ', 'Ericsson AB (publ)'],
    ['Östergrens Handelsbolag', 'Östergrens HB'],
    // tr
    ['Acme AŞ', 'Acme A.Ş.'],
    ['Acme Ltd Sti', 'Acme Ltd. Şti.'],
    ['Yıldız Tic. Ltd. Şti', 'Yıldız Tic. Ltd. Şti.'],
    ['ACME BİLİŞİM SANAYİ VE TİCARET ANONİM ŞİRKETİ', 'Acme Bilişim San. ve Tic. A.Ş.'],
    ['Koç Holding A.S.', 'Koç Holding A.Ş.'], // A.S. is Czech or Turkish: ç decides
  ])('%s -> %s', (input, expected) => {
    const r = normalizeCompany(input);
    expect(r.value).toBe(expected);
    expect(r.changed).toBe(true);
    expect(['company.legal-form', 'company.case']).toContain(r.rule);
  });

  it('reports the legal-form rule with a reason', () => {
    const r = normalizeCompany('Acme, Inc.');
    expect(r.rule).toBe('company.legal-form');
    expect(r.why).toMatch(/Inc\./);
    expect(normalizeCompany('ACME INC').value).toBe(normalizeCompany('Acme, Inc.').value);
  });

  it.each([
    'Acme Inc.',
    'PT Acme Indonesia Tbk',
    'Công ty TNHH Acme Việt Nam',
    'Vinamilk JSC',
    'Škoda Auto a.s.',
    'Volvo AB',
    'Acme Bilişim San. ve Tic. A.Ş.',
    'SAP SE',
    'IBM',
    'KPMG',
    'Acme GmbH',
    'adidas',
    'pt acme indonesia', // lower-case names are brand spellings; only the form is fixed
  ].filter((s) => s !== 'pt acme indonesia'))('%s is already canonical', (input) => {
    const r = normalizeCompany(input);
    expect(r).toMatchObject({ value: input, changed: false, rule: 'none' });
  });

  it('re-cases a name typed all in lower case, legal forms included (issue 12)', () => {
    expect(v('pt maju jaya tbk')).toBe('PT Maju Jaya Tbk');
    expect(v('pt acme indonesia tbk')).toBe('PT Acme Indonesia Tbk');
  });

  it('cleans whitespace (company.whitespace)', () => {
    expect(normalizeCompany('  Acme   Widgets ')).toMatchObject({ value: 'Acme Widgets', rule: 'company.whitespace' });
  });

  it('re-cases ALL CAPS names but keeps acronyms', () => {
    expect(normalizeCompany('ACME INDONESIA')).toMatchObject({ value: 'Acme Indonesia', rule: 'company.case' });
    expect(v('IBM CORP')).toBe('IBM Corp.');
    expect(v('KPMG LLP')).toBe('KPMG LLP');
    expect(v('SAP SE')).toBe('SAP SE');
    expect(v('PT XL AXIATA TBK')).toBe('PT XL Axiata Tbk');
  });
});

describe('normalizeCompany: ambiguity guards', () => {
  it.each(['Ab Inbev', 'As Roma', 'Coca Cola', 'AB Volvo', 'AB', 'Inc.', 'PT', 'Tbk', 'Co', 'Acme PT', 'Acme PC', 'Acme Tic.'])(
    '%s keeps its name',
    (input) => {
      expect(normalizeCompany(input)).toMatchObject({ value: input, changed: false });
    },
  );

  it('keeps a spelling that fits several forms when the name does not decide', () => {
    // A.S. is Czech a.s. or Turkish A.Ş.; "Private Limited" is Singapore Pte. Ltd. or India Pvt. Ltd.
    expect(v('Acme A.S.')).toBe('Acme A.S.');
    expect(v('Acme Private Limited')).toBe('Acme Private Limited');
    // ... and resolves it from the letters of the name.
    expect(v('Şişecam A.S.')).toBe('Şişecam A.Ş.');
    expect(v('Třinecké železárny A.S.')).toBe('Třinecké železárny a.s.');
  });
});

describe('normalizeCompany: styles', () => {
  it('long', () => {
    expect(v('Acme Inc', 'long')).toBe('Acme Incorporated');
    expect(v('Acme s.r.o.', 'long')).toBe('Acme společnost s ručením omezeným');
    expect(v('PT Acme Tbk', 'long')).toBe('Perseroan Terbatas Acme Terbuka');
    expect(v('Acme A.Ş.', 'long')).toBe('Acme Anonim Şirketi');
  });
  it('none strips the form', () => {
    expect(normalizeCompany('Acme, Inc.', { style: 'none' })).toMatchObject({ value: 'Acme', rule: 'company.legal-form' });
    expect(v('PT Acme Indonesia Tbk', 'none')).toBe('Acme Indonesia');
    expect(v('Công ty TNHH Acme', 'none')).toBe('Acme');
    expect(v('Inc.', 'none')).toBe('Inc.');
  });
});

describe('companyKey', () => {
  it('shares one key across legal forms, case and punctuation', () => {
    const k = companyKey('PT Acme Indonesia Tbk');
    expect(k).toBe('acme indonesia');
    expect(companyKey('Acme Indonesia')).toBe(k);
    expect(companyKey('ACME INDONESIA, PT.')).toBe(k);
    expect(companyKey('Acme Indonesia PT')).toBe(k);
  });
  it('matches Vietnamese and English spellings', () => {
    expect(companyKey('Công ty TNHH Acme Việt Nam')).toBe('acme vietnam');
    expect(companyKey('Acme Vietnam Co., Ltd')).toBe('acme vietnam');
    expect(companyKey('CÔNG TY CỔ PHẦN ACME')).toBe('acme');
  });
  it('removes forms and noise in every language', () => {
    expect(companyKey('Škoda Auto a.s.')).toBe('skoda auto');
    expect(companyKey('ŠKODA AUTO, A.S.')).toBe('skoda auto');
    expect(companyKey('Ericsson AB (publ)')).toBe('ericsson');
    expect(companyKey('Acme Bilişim San. ve Tic. A.Ş.')).toBe('acme bilisim');
    expect(companyKey('The Acme Company')).toBe('acme');
    expect(companyKey('Johnson & Johnson')).toBe(companyKey('Johnson and Johnson'));
    expect(companyKey('Acme Holding AB')).toBe('acme holding'); // distinguishing word kept
  });
  it("keeps the name when it is only a form or noise", () => {
    expect(companyKey('Inc.')).toBe('inc');
    expect(companyKey('The Company')).toBe('the company');
  });
  it("returns '' for blank and non-text", () => {
    expect(companyKey('')).toBe('');
    expect(companyKey('  ')).toBe('');
    expect(companyKey(null)).toBe('');
    expect(companyKey(undefined)).toBe('');
    expect(companyKey(42)).toBe('');
    expect(companyKey(true)).toBe('');
    expect(companyKey(new Date())).toBe('');
    expect(companyKey('#N/A')).toBe('');
    expect(companyKey('=A1')).toBe('');
  });
});

describe('normalizeCompany: bad input', () => {
  it('blank in, blank out', () => {
    expect(normalizeCompany('').value).toBe('');
    expect(normalizeCompany('   ')).toMatchObject({ value: '', changed: true });
    expect(normalizeCompany(null).value).toBe('');
    expect(normalizeCompany(undefined).value).toBe('');
  });
  it('non-text, errors, formulas, emails unchanged', () => {
    const d = new Date(2024, 0, 1);
    expect(normalizeCompany(42)).toMatchObject({ value: 42, changed: false });
    expect(normalizeCompany(false)).toMatchObject({ value: false, changed: false });
    expect(normalizeCompany(d).value).toBe(d);
    expect(normalizeCompany('#N/A')).toMatchObject({ value: '#N/A', flags: ['error-value'] });
    expect(normalizeCompany('=A1')).toMatchObject({ value: '=A1', changed: false });
    expect(normalizeCompany('sales@acme.com').value).toBe('sales@acme.com');
  });
  it('huge strings are not parsed', () => {
    const big = 'ACME INC '.repeat(6000);
    expect(normalizeCompany(big)).toMatchObject({ value: big.trim(), flags: ['too-long'] });
    expect(companyKey(big)).toBe('');
  });
  it('emoji, RTL and mixed scripts do not throw', () => {
    expect(v('😀 Inc')).toBe('😀 Inc.');
    expect(v('شركة أكمي')).toBe('شركة أكمي');
    expect(v('有限公司')).toBe('有限公司');
    expect(v('Acme 有限公司')).toBe('Acme 有限公司');
  });
});

describe('normalizeCompany: seeded fuzz', () => {
  const words = ['ACME', 'acme', 'Inc', 'INC.', 'PT', 'Tbk', 'AB', 'a.s.', 'A.S.', 'A.Ş.', 's.r.o.', 'Co.,', 'Ltd', 'Công', 'ty', 'TNHH', ',', 'ŞAHİN', 'Việt', 'Nam', '😀', 'مرحبا', '&', '(publ)', 'San.', 've', 'Tic.', '3M', '  ', '\u00a0', 'Limited', 'X'];
  it('never throws; same form as input when untouched, always a string; key is folded', () => {
    const r = rng(7);
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(r() * 7);
      const parts: string[] = [];
      for (let j = 0; j < n; j++) parts.push(words[Math.floor(r() * words.length)] ?? '');
      const s = parts.join(r() < 0.5 ? ' ' : '  ');
      for (const style of ['short', 'long', 'none'] as const) {
        const out = normalizeCompany(s, { style });
        expect(typeof out.value).toBe('string');
        expect(['company.legal-form', 'company.case', 'company.whitespace', 'none']).toContain(out.rule);
        if (out.rule === 'company.case' || out.rule === 'company.whitespace') {
          expect(foldText(out.value as string)).toBe(foldText(s));
        }
      }
      const key = companyKey(s);
      expect(key).toBe(key.trim());
      expect(foldText(key)).toBe(key);
    }
  });
});
