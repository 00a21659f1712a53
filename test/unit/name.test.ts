import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/core/normalize/name';
import { foldText } from '../../src/core/normalize/text';
import { seededRandom as rng } from '../../scripts/lib/seeded-random';

const v = (s: unknown): unknown => normalizeName(s as string).value;

describe('normalizeName: re-cases ALL CAPS and all lower-case names', () => {
  it.each([
    // en
    ['JOHN SMITH', 'John Smith'],
    ['john smith', 'John Smith'],
    // tr: dotted İ -> i, plain I -> ı when the text is Turkish
    ['ŞAHİN YILMAZ', 'Şahin Yılmaz'],
    ['İSMAİL IŞIK', 'İsmail Işık'],
    ['ismail şahin', 'İsmail Şahin'],
    ['AYŞE GÜL ÖZTÜRK', 'Ayşe Gül Öztürk'],
    // vi: order is never changed
    ['NGUYỄN THỊ LỢI', 'Nguyễn Thị Lợi'],
    ['trần văn minh', 'Trần Văn Minh'],
    ['NGUYEN VAN AN', 'Nguyen Van An'], // "Van" is a Vietnamese middle name here, not a particle
    ['TRAN THI VI', 'Tran Thi Vi'], // "Vi" is a name, not a Roman numeral
    // cs
    ['JIŘÍ NOVÁK', 'Jiří Novák'],
    ['řehoř čapek', 'Řehoř Čapek'],
    // sv
    ['ÅSA ÖSTERGREN', 'Åsa Östergren'],
    ['ANNA-KARIN SVENSSON', 'Anna-Karin Svensson'],
    // id
    ['siti nurhaliza', 'Siti Nurhaliza'],
    ['AHMAD BIN ISMAIL', 'Ahmad bin Ismail'],
    ['SITI BINTI AHMAD', 'Siti binti Ahmad'],
  ])('%s -> %s', (input, expected) => {
    const r = normalizeName(input);
    expect(r.value).toBe(expected);
    expect(r.rule).toBe('name.case');
    expect(r.changed).toBe(true);
    expect(r.why).toMatch(/re-cased/);
  });

  it('explains ALL CAPS vs lower-case', () => {
    expect(normalizeName('JOHN SMITH').why).toBe('re-cased ALL CAPS name');
    expect(normalizeName('john smith').why).toBe('re-cased all lower-case name');
  });

  it.each([
    ['MCDONALD', 'McDonald'],
    ['ANGUS MACLEOD', 'Angus MacLeod'],
    ['JOHN MACK', 'John Mack'],
    ['MACY GRAY', 'Macy Gray'],
    ['PAULO MACHADO', 'Paulo Machado'],
    ["O'BRIEN", "O'Brien"],
    ['SEAN O’NEIL', 'Sean O’Neil'],
    ["ANTHONY D'ANGELO", "Anthony D'Angelo"],
    ['jean-luc picard', 'Jean-Luc Picard'],
    ['JAN VAN DER BERG', 'Jan van der Berg'],
    ['LUDWIG VON MISES', 'Ludwig von Mises'],
    ['MARIA DA SILVA', 'Maria da Silva'],
    ['OMAR AL-RASHID', 'Omar al-Rashid'],
    ['JOHN SMITH III', 'John Smith III'],
    ['HENRY FORD IV', 'Henry Ford IV'],
    ['JOHN SMITH JR.', 'John Smith Jr.'],
    ['JOHN SMITH SR', 'John Smith Sr'],
    ['J. R. R. TOLKIEN', 'J. R. R. Tolkien'],
    ['J.R.R. TOLKIEN', 'J.R.R. Tolkien'],
    ['SMITH, JOHN', 'Smith, John'],
    ['VAN HALEN', 'Van Halen'], // a particle first is capitalised
  ])('special forms: %s -> %s', (input, expected) => {
    expect(v(input)).toBe(expected);
  });

  it('uses default rules for plain I without other Turkish letters (ambiguous)', () => {
    expect(v('ISIK')).toBe('Isik');
    expect(v('ILHAN')).toBe('Ilhan');
  });
});

describe('normalizeName: leaves mixed case alone', () => {
  it.each(['McDonald', 'van der Berg', 'DeShawn Jones', 'Jan van der Berg', 'Şahin Yılmaz', 'Nguyễn Thị Lợi', 'iPhone Guy'])(
    '%s is kept',
    (input) => {
      const r = normalizeName(input);
      expect(r.value).toBe(input);
      expect(r.changed).toBe(false);
      expect(r.rule).toBe('none');
    },
  );

  it('cleans whitespace only (name.whitespace)', () => {
    const r = normalizeName('  John \u00a0  Smith ');
    expect(r).toMatchObject({ value: 'John Smith', changed: true, rule: 'name.whitespace' });
  });

  it('composes decomposed Unicode (NFC)', () => {
    expect(v('NGUYE\u0302\u0303N')).toBe('Nguyễn');
  });
});

describe('normalizeName: bad input', () => {
  it('blank in, blank out', () => {
    expect(normalizeName('')).toMatchObject({ value: '', changed: false });
    expect(normalizeName('   ')).toMatchObject({ value: '', changed: true });
    expect(normalizeName(null).value).toBe('');
    expect(normalizeName(undefined).value).toBe('');
  });
  it('non-text values come back unchanged', () => {
    const d = new Date(2024, 0, 1);
    expect(normalizeName(42)).toMatchObject({ value: 42, changed: false });
    expect(normalizeName(true)).toMatchObject({ value: true, changed: false });
    expect(normalizeName(d).value).toBe(d);
  });
  it('error values, formulas, digits and emails are left as typed', () => {
    expect(normalizeName('#N/A')).toMatchObject({ value: '#N/A', flags: ['error-value'] });
    expect(normalizeName('=A1')).toMatchObject({ value: '=A1', rule: 'none' });
    expect(normalizeName('=UPPER(B2)').value).toBe('=UPPER(B2)');
    expect(normalizeName('JOHN SMITH 2')).toMatchObject({ value: 'JOHN SMITH 2', flags: ['suspicious'] });
    expect(normalizeName('JOHN@ACME.COM')).toMatchObject({ value: 'JOHN@ACME.COM', flags: ['suspicious'] });
  });
  it('huge strings are not parsed', () => {
    const big = 'A'.repeat(50_000);
    expect(normalizeName(big)).toMatchObject({ value: big, changed: false, flags: ['too-long'] });
  });
  it('emoji, RTL and mixed scripts do not throw', () => {
    expect(v('😀😀')).toBe('😀😀');
    expect(v('محمد علي')).toBe('محمد علي');
    expect(v('JOHN 😀')).toBe('John 😀');
    expect(v('李小龍')).toBe('李小龍');
    expect(v('ИВАН ПЕТРОВ')).toBe('Иван Петров');
    expect(v('Иван SMITH')).toBe('Иван Smith'); // the word in capitals is a slip in any script
  });
});

describe('normalizeName: seeded fuzz', () => {
  const alphabet = [...'abcxyzABCXYZ ŞşİıĞğÅÄÖåäöŘřŮůĚěỄễƠơĐđ\'’-.,()@1 😀\u00a0\u200bمЖ'];
  const letters = (s: string): string => foldText(s).replace(/ /g, '');

  it('never throws; output is the input re-cased or re-spaced', () => {
    const r = rng(20240601);
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(r() * 30);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(r() * alphabet.length)] ?? '';
      const out = normalizeName(s);
      expect(typeof out.value).toBe('string');
      const value = out.value as string;
      if (value !== s) expect(letters(value)).toBe(letters(s));
      expect(['name.case', 'name.whitespace', 'none']).toContain(out.rule);
    }
  });
});
