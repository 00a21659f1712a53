import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../src/core/normalize/phone';
import type { Cell } from '../../src/core/normalize/types';
import { seededRandom as random } from '../../scripts/lib/seeded-random';
import { describeWithReferenceData, referenceFile } from '../lib/reference-data';

const EXAMPLES = 'phone/google_example_numbers.csv';

describeWithReferenceData('Google example numbers (every region and number type)', EXAMPLES, () => {
  const rows = readFileSync(referenceFile(EXAMPLES), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [region = '', callingCode = '', type = '', national = '', e164 = ''] = line.split(',');
      return { region, callingCode, type, national, e164 };
    });

  // The list is a newer libphonenumber release than the metadata bundled in libphonenumber-js
  // 1.13.16: these three example numbers fall outside the bundled ranges, so they are (correctly,
  // for our metadata) reported invalid and left as typed.
  const KNOWN_DISAGREEMENTS = ['BJ uan 81123456', 'BJ voip 85751234', 'ZW fixedLine 1312345'];

  it('has all 1,144 rows', () => {
    expect(rows).toHaveLength(1144);
  });

  it('normalizes every row to its E.164, except exactly the known disagreements', () => {
    const disagreements: string[] = [];
    for (const row of rows) {
      // Region 001 is a non-geographic code (+800, +870 ...): only writable with its "+".
      const result =
        row.region === '001'
          ? normalizePhone(`+${row.callingCode} ${row.national}`)
          : normalizePhone(row.national, { defaultCountry: row.region });
      if (result.value === row.e164 && result.e164 === row.e164 && result.flags.length === 0) continue;
      disagreements.push(`${row.region} ${row.type} ${row.national}`);
      // A disagreement is never a wrong number: it is the input left alone and flagged.
      expect(result.value).toBe(row.national);
      expect(result.flags).toEqual(['invalid']);
    }
    expect(disagreements.sort()).toEqual(KNOWN_DISAGREEMENTS);
  });

  it('reads the national numbers of our locales written with their trunk prefix too', () => {
    for (const row of rows.filter((r) => ['ID', 'VN', 'TR', 'SE', 'GB'].includes(r.region))) {
      const result = normalizePhone(`0${row.national}`, { defaultCountry: row.region });
      expect(result.value, `${row.region} ${row.type} 0${row.national}`).toBe(row.e164);
    }
  });
});

describe('locales', () => {
  const cases: Array<[string, string, string, string?]> = [
    // [input, default country, E.164, expected type]
    ['0812-3456-789', 'ID', '+628123456789', 'MOBILE'],
    ['0812 3456 7890', 'ID', '+6281234567890', 'MOBILE'],
    ['+62 (0) 812 3456 789', 'ID', '+628123456789'],
    ['+62 0812 3456 789', 'ID', '+628123456789'],
    ['62812345678', 'ID', '+62812345678'],
    ['6281234567890', 'ID', '+6281234567890'],
    ['(021) 8350 123', 'ID', '+62218350123', 'FIXED_LINE'],
    ['021-835-0123', 'ID', '+62218350123'],
    ['0912 345 678', 'VN', '+84912345678', 'MOBILE'],
    ['0362.123.456', 'VN', '+84362123456', 'MOBILE'],
    ['+84 (0) 912 345 678', 'VN', '+84912345678'],
    ['84912345678', 'VN', '+84912345678'],
    ['024 3823 4567', 'VN', '+842438234567', 'FIXED_LINE'],
    ['601 123 456', 'CZ', '+420601123456', 'MOBILE'],
    ['+420 212 345 678', 'CZ', '+420212345678', 'FIXED_LINE'],
    ['00420 601 123 456', 'CZ', '+420601123456'],
    ['070-123 45 67', 'SE', '+46701234567', 'MOBILE'],
    ['08-123 456 78', 'SE', '+46812345678', 'FIXED_LINE'],
    ['+46 (0)70 123 45 67', 'SE', '+46701234567'],
    ['0532 123 45 67', 'TR', '+905321234567', 'MOBILE'],
    ['0 (532) 123 45 67', 'TR', '+905321234567'],
    ['(0212) 123 45 67', 'TR', '+902121234567', 'FIXED_LINE'],
    ['+90 532 123 4567', 'TR', '+905321234567'],
    ['(213) 373-4253', 'US', '+12133734253'],
    ['1-213-373-4253', 'US', '+12133734253'],
    ['213.373.4253', 'US', '+12133734253'],
    ['020 7946 0958', 'GB', '+442079460958', 'FIXED_LINE'],
    ['+44 (0)7400 123456', 'GB', '+447400123456', 'MOBILE'],
  ];
  it.each(cases)('%s in %s -> %s', (input, country, e164, type) => {
    const result = normalizePhone(input, { defaultCountry: country });
    expect(result.value).toBe(e164);
    expect(result.e164).toBe(e164);
    expect(result.changed).toBe(true);
    expect(result.rule).toBe('phone.e164');
    expect(result.flags).toEqual([]);
    expect(result.country).toBeTruthy();
    if (type) expect(result.type).toBe(type);
  });

  it('explains the change with the calling code and the country', () => {
    expect(normalizePhone('0812-3456-789', { defaultCountry: 'ID' }).why).toBe('written in E.164 (+62 Indonesia)');
    expect(normalizePhone('0532 123 45 67', { defaultCountry: 'TR' }).why).toMatch(/^written in E\.164 \(\+90 T/);
    expect(normalizePhone('62812345678', { defaultCountry: 'ID' }).why).toContain('read 62 as the country code');
  });

  it('accepts the default country in lower case and UK for GB', () => {
    expect(normalizePhone('0812-3456-789', { defaultCountry: 'id' }).value).toBe('+628123456789');
    expect(normalizePhone('020 7946 0958', { defaultCountry: 'UK' }).value).toBe('+442079460958');
  });

  it('leaves a number already in E.164 unchanged, with its details', () => {
    const result = normalizePhone('+6281234567890', { defaultCountry: 'ID' });
    expect(result).toMatchObject({ value: '+6281234567890', changed: false, rule: 'none', e164: '+6281234567890', country: 'ID', type: 'MOBILE' });
    expect(result.why).toContain('already in E.164');
  });
});

describe('country code in the number wins over the default country', () => {
  it.each([
    ['+420 601 123 456', 'SE', '+420601123456', 'CZ'],
    ['0062 812 3456 789', 'VN', '+628123456789', 'ID'],
    ['00 46 70 123 45 67', 'TR', '+46701234567', 'SE'],
    ['+84 912 345 678', 'US', '+84912345678', 'VN'],
    ['011 44 20 7946 0958', 'US', '+442079460958', 'GB'],
    ['+90 532 123 45 67', undefined, '+905321234567', 'TR'],
  ])('%s (default %s)', (input, country, e164, region) => {
    const result = normalizePhone(input, { defaultCountry: country });
    expect(result.value).toBe(e164);
    expect(result.country).toBe(region);
  });

  it('reads digits that only make sense with a country code (no plus) as international', () => {
    expect(normalizePhone('905321234567', { defaultCountry: 'ID' }).value).toBe('+905321234567');
    expect(normalizePhone('46701234567', { defaultCountry: 'CZ' }).value).toBe('+46701234567');
  });

  it('needs a country for national numbers', () => {
    const result = normalizePhone('0812-3456-789');
    expect(result).toMatchObject({ value: '0812-3456-789', changed: false, flags: ['invalid'] });
    expect(result.why).toContain('no default country');
    expect(normalizePhone('0812-3456-789', { defaultCountry: 'XX' }).flags).toEqual(['invalid']);
  });
});

describe('formats', () => {
  it.each([
    ['0812-3456-789', 'ID', 'INTERNATIONAL', '+62 812 3456 789', 'phone.international'],
    ['+62 812 3456 789', 'ID', 'NATIONAL', '0812-3456-789', 'phone.national'],
    ['0912345678', 'VN', 'INTERNATIONAL', '+84 912 345 678', 'phone.international'],
    ['601123456', 'CZ', 'INTERNATIONAL', '+420 601 123 456', 'phone.international'],
    ['+46701234567', 'SE', 'NATIONAL', '070-123 45 67', 'phone.national'],
    ['+905321234567', 'TR', 'NATIONAL', '0532 123 45 67', 'phone.national'],
    ['+12133734253', 'US', 'NATIONAL', '(213) 373-4253', 'phone.national'],
    ['02079460958', 'GB', 'E164', '+442079460958', 'phone.e164'],
  ] as const)('%s (%s) as %s -> %s', (input, country, format, value, rule) => {
    const result = normalizePhone(input, { defaultCountry: country, format });
    expect(result.value).toBe(value);
    expect(result.rule).toBe(rule);
  });

  it('keeps foreign numbers international when NATIONAL is asked (they could not be dialled otherwise)', () => {
    const result = normalizePhone('+1 213 373 4253', { defaultCountry: 'ID', format: 'NATIONAL' });
    expect(result.value).toBe('+1 213 373 4253');
    expect(result.why).toContain('not a number of the default country');
  });

  it('is idempotent in every format', () => {
    for (const format of ['E164', 'INTERNATIONAL', 'NATIONAL'] as const) {
      const once = normalizePhone('0812 3456 789 ext 12', { defaultCountry: 'ID', format });
      const twice = normalizePhone(once.value, { defaultCountry: 'ID', format });
      expect(twice.value).toBe(once.value);
      expect(twice.changed).toBe(false);
    }
  });
});

describe('extensions', () => {
  it.each([
    ['+1 213 373 4253 ext. 1234', 'US', '+12133734253 ext. 1234'],
    ['213-373-4253 x1234', 'US', '+12133734253 ext. 1234'],
    ['(213) 373-4253 ext 1234', 'US', '+12133734253 ext. 1234'],
    ['213.373.4253 #1234', 'US', '+12133734253 ext. 1234'],
    ['2133734253 extension 1234', 'US', '+12133734253 ext. 1234'],
    ['tel:+1-213-373-4253;ext=1234', 'US', '+12133734253 ext. 1234'],
    ['0212 123 45 67 dahili 123', 'TR', '+902121234567 ext. 123'],
    ['0212 123 45 67 dah. 123', 'TR', '+902121234567 ext. 123'],
    ['212 345 678 linka 22', 'CZ', '+420212345678 ext. 22'],
    ['212 345 678 kl. 22', 'CZ', '+420212345678 ext. 22'],
    ['08-123 456 78 ankn. 12', 'SE', '+46812345678 ext. 12'],
    ['08-123 456 78 anknytning 12', 'SE', '+46812345678 ext. 12'],
    ['(021) 8350 123 pes. 45', 'ID', '+62218350123 ext. 45'],
    ['024 3823 4567 máy lẻ 101', 'VN', '+842438234567 ext. 101'],
  ])('%s (%s) -> %s', (input, country, value) => {
    const result = normalizePhone(input, { defaultCountry: country });
    expect(result.value).toBe(value);
    expect(result.ext).toBe(value.split(' ext. ')[1]);
    expect(result.e164).toBe(value.split(' ')[0]);
    expect(result.why).toContain('extension');
  });

  it('writes the extension after the international and national forms too', () => {
    expect(normalizePhone('213-373-4253 x1234', { defaultCountry: 'US', format: 'INTERNATIONAL' }).value).toBe('+1 213 373 4253 ext. 1234');
    expect(normalizePhone('213-373-4253 x1234', { defaultCountry: 'US', format: 'NATIONAL' }).value).toBe('(213) 373-4253 ext. 1234');
  });
});

describe('labels and separators', () => {
  it.each([
    ['tel:+62-812-3456-789'],
    ['Tel.: 0812 3456 789'],
    ['Tel. 0812 3456 789'],
    ['p: 0812 3456 789'],
    ['HP 0812 3456 789'],
    ['Telp: (0812) 3456-789'],
    ['Mobile: 0812/3456/789'],
    ['0812\u00A03456\u00A0789'],
    ['0812\u202F3456\u202F789'],
    ['0812–3456–789'],
    ['[0812] 3456 789'],
    ['0812 3456 789 (WA)'],
    ['\u200B0812 3456 789\uFEFF'],
    ['０８１２３４５６７８９'],
  ])('%s', (input) => {
    expect(normalizePhone(input, { defaultCountry: 'ID' }).value).toBe('+628123456789');
  });

  it.each([
    ['SĐT: 0912 345 678', 'VN', '+84912345678'],
    ['Điện thoại 0912 345 678', 'VN', '+84912345678'],
    ['Telefon: 601 123 456', 'CZ', '+420601123456'],
    ['Mobil: 070-123 45 67', 'SE', '+46701234567'],
    ['Cep: 0532 123 45 67', 'TR', '+905321234567'],
    ['Tel: (213) 373-4253', 'US', '+12133734253'],
  ])('%s (%s)', (input, country, value) => {
    expect(normalizePhone(input, { defaultCountry: country }).value).toBe(value);
  });
});

describe('numbers stored as numeric cells', () => {
  it.each([
    [6281234567890, 'ID', '+6281234567890'],
    [62812345678, 'ID', '+62812345678'],
    [812345678, 'ID', '+62812345678'],
    [8123456789, 'ID', '+628123456789'],
    [912345678, 'VN', '+84912345678'],
    [84912345678, 'VN', '+84912345678'],
    [601123456, 'CZ', '+420601123456'],
    [701234567, 'SE', '+46701234567'],
    [46701234567, 'SE', '+46701234567'],
    [5321234567, 'TR', '+905321234567'],
    [905321234567, 'TR', '+905321234567'],
    [2133734253, 'US', '+12133734253'],
    [12133734253, 'US', '+12133734253'],
    [212345678, 'IT', '+390212345678'], // the lost 0 belongs to the Italian number
  ])('%d (%s) -> %s', (input, country, value) => {
    const result = normalizePhone(input, { defaultCountry: country });
    expect(result.value).toBe(value);
    expect(result.changed).toBe(true);
    expect(result.why).toContain('numeric cell');
  });

  it('reads an international number without its plus when the national reading fails', () => {
    expect(normalizePhone(905321234567, { defaultCountry: 'ID' }).value).toBe('+905321234567');
    expect(normalizePhone(6281234567890).value).toBe('+6281234567890');
  });

  it('renders floats that hold an integer as digits', () => {
    expect(normalizePhone(6.28123456789e12, { defaultCountry: 'ID' }).value).toBe('+6281234567890');
    expect(normalizePhone(8.12345678e8, { defaultCountry: 'ID' }).value).toBe('+62812345678');
  });

  it('a zero cell stands for a missing number: a placeholder, not an invalid phone', () => {
    expect(normalizePhone(0, { defaultCountry: 'ID' })).toMatchObject({ value: 0, changed: false, flags: ['placeholder'] });
  });

  it.each([[1.5], [-812345678], [NaN], [Infinity], [12], [1e25]])('%d is left as is and flagged', (input) => {
    const result = normalizePhone(input, { defaultCountry: 'ID' });
    expect(result.value).toBe(input);
    expect(result.changed).toBe(false);
    expect(result.flags).toEqual(['invalid']);
    expect(result.why).not.toBe('');
  });
});

describe('invalid and doubtful numbers', () => {
  it.each([
    ['12345', 'US', /wrong number of digits/],
    ['+1 555 555 5555', 'US', /no such number range/],
    ['0812 34', 'ID', /.+/],
    ['+999 123 456 789', 'US', /country code/],
    ['call me', 'US', /no digits/],
    ['1-800-FLOWERS', 'US', /letters/],
    ['0812 3456 789 0123 4567 8901', 'ID', /too many digits/],
    ['  12  ', 'ID', /too few digits/],
  ])('%s (%s) stays as typed, flagged invalid', (input, country, why) => {
    const result = normalizePhone(input, { defaultCountry: country });
    expect(result.value).toBe(input.trim());
    expect(result.rule).toBe('none');
    expect(result.flags).toEqual(['invalid']);
    expect(result.why).toMatch(why);
    expect(result.e164).toBeUndefined();
  });

  it.each([
    ['0812 3456 789 / 0813 1234 5678', '+628123456789 / 0813 1234 5678'],
    ['0812-3456-789, 0813-1234-5678', '+628123456789, 0813-1234-5678'],
    ['0812 3456 789 atau 0813 1234 5678', '+628123456789 atau 0813 1234 5678'],
    ['0812 3456 789\n0813 1234 5678', '+628123456789\n0813 1234 5678'],
    ['+62 812 3456 789; +62 813 1234 5678', '+628123456789; +62 813 1234 5678'],
    ['HP: 0812 3456 789 WA: 0813 1234 5678', '+628123456789 WA: 0813 1234 5678'],
  ])('several numbers in one cell: the first normalized, the others kept after it as typed: %j', (input, expected) => {
    const result = normalizePhone(input, { defaultCountry: 'ID' });
    expect(result.value).toBe(expected);
    expect(result.e164).toBe('+628123456789');
    expect(result.flags).toEqual(['several-values']);
    expect(result.why).toContain('several phone numbers');
    // Idempotent: the cleaned cell reads the same way again.
    expect(normalizePhone(result.value, { defaultCountry: 'ID' }).value).toBe(expected);
  });

  it('several numbers whose first is not valid stay exactly as typed', () => {
    const result = normalizePhone('0812 34 / 0813 1234 5678 / 0814 5555 6666', { defaultCountry: 'ID' });
    expect(result).toMatchObject({ value: '0812 34 / 0813 1234 5678 / 0814 5555 6666', changed: false, rule: 'none' });
  });

  it('does not take an area code written with a slash for a second number', () => {
    expect(normalizePhone('0212/123 45 67', { defaultCountry: 'TR' }).value).toBe('+902121234567');
  });
});

describe('bad input never throws and comes back unchanged', () => {
  const date = new Date(2024, 2, 1);
  it.each<[string, Cell]>([
    ['boolean true', true],
    ['boolean false', false],
    ['a Date', date],
    ['null', null],
    ['undefined', undefined],
  ])('%s', (_name, input) => {
    const result = normalizePhone(input, { defaultCountry: 'ID' });
    expect(result.value).toBe(input === null || input === undefined ? '' : input);
    expect(result.changed).toBe(false);
    expect(result.rule).toBe('none');
  });

  it('blank in, blank out', () => {
    expect(normalizePhone('', { defaultCountry: 'ID' })).toMatchObject({ value: '', changed: false, flags: [] });
    expect(normalizePhone('   ', { defaultCountry: 'ID' })).toMatchObject({ value: '', changed: true, flags: [] });
  });

  it('#N/A is an error value', () => {
    expect(normalizePhone('#N/A', { defaultCountry: 'ID' })).toMatchObject({ value: '#N/A', changed: false, flags: ['error-value'] });
  });

  it('formula text', () => {
    expect(normalizePhone('=A1', { defaultCountry: 'ID' })).toMatchObject({ value: '=A1', changed: false, rule: 'none' });
    expect(normalizePhone('=CRM_NORMALIZE_PHONE(B2)', { defaultCountry: 'ID' }).value).toBe('=CRM_NORMALIZE_PHONE(B2)');
  });

  it('50,000 characters', () => {
    const huge = '0812 3456 789 '.repeat(3572);
    const result = normalizePhone(huge, { defaultCountry: 'ID' });
    expect(result.value).toBe(huge.trim());
    expect(result.flags).toEqual(['too-long']);
  });

  it('a long string just under the limit does not hang', () => {
    const started = Date.now();
    for (const text of ['1'.repeat(999), ' '.repeat(500) + 'x'.repeat(499), '+('.repeat(499), 'ext '.repeat(249)]) {
      expect(normalizePhone(text, { defaultCountry: 'ID' }).flags).not.toEqual([]);
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each([['📞📞📞'], ['☎ 😀'], ['رقم الهاتف'], ['מספר טלפון'], ['\u202Eabc\u202C']])('%s', (input) => {
    const result = normalizePhone(input, { defaultCountry: 'ID' });
    expect(result.value).toBe(input.trim());
    expect(result.changed).toBe(false);
    expect(result.flags).toEqual(['invalid']);
  });

  it("a team's own placeholder word is one too", () => {
    expect(normalizePhone('menunggu', { defaultCountry: 'ID' }).flags).toEqual(['invalid']);
    expect(normalizePhone('Menunggu', { defaultCountry: 'ID', placeholders: new Set(['menunggu']) })).toMatchObject({ value: 'Menunggu', changed: false, flags: ['placeholder'] });
  });

  it.each([['null'], ['N/A'], ['-'], ['tidak ada'], ['không có'], ['yok']])('%s is a placeholder: a missing value, not an invalid phone', (input) => {
    const result = normalizePhone(input, { defaultCountry: 'ID' });
    expect(result).toMatchObject({ value: input, changed: false, rule: 'none', flags: ['placeholder'] });
  });

  it('Arabic-Indic digits are read as digits', () => {
    expect(normalizePhone('٠٨١٢٣٤٥٦٧٨٩', { defaultCountry: 'ID' }).value).toBe('+628123456789');
  });

  it('results do not share state between calls', () => {
    const first = normalizePhone('0812 3456 789 / 0813 1234 5678', { defaultCountry: 'ID' });
    first.flags.push('invalid');
    expect(normalizePhone('0812 3456 789 / 0813 1234 5678', { defaultCountry: 'ID' }).flags).toEqual(['several-values']);
  });
});

describe('fuzz', () => {
  const POOL = [...'0123456789012345678901234567890123456789', ...'+++((  )).-/#x', ...'extdahilinka', ...'aZşİıđĐ', '\u00A0', '\u200B', '😀', 'م', 'א', '\u0301', '\n', '@', ','];

  it('never throws; output is the input (trimmed) or a valid number', () => {
    const next = random(20240301);
    const countries = ['ID', 'VN', 'CZ', 'SE', 'TR', 'US', 'GB', undefined];
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(next() * 24);
      let text = '';
      for (let j = 0; j < length; j++) text += POOL[Math.floor(next() * POOL.length)];
      const defaultCountry = countries[Math.floor(next() * countries.length)];
      const result = normalizePhone(text, { defaultCountry });
      if (result.e164) {
        expect(result.flags).toEqual([]);
        expect(String(result.value).startsWith(result.e164)).toBe(true);
        expect(normalizePhone(result.value, { defaultCountry }).value).toBe(result.value);
      } else {
        expect(result.value).toBe(text.trim());
        expect(result.rule).toBe('none');
      }
    }
  });

  it('random numbers never throw', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const n = next() < 0.5 ? Math.floor(next() * 1e13) : next() * 1e12;
      const result = normalizePhone(n, { defaultCountry: 'ID' });
      expect(result.e164 ? typeof result.value : result.value).toBe(result.e164 ? 'string' : n);
    }
  });
});

describe('a trunk 0 the country does not use', () => {
  it('drops "(0)" from an international number when that makes it valid', () => {
    const r = normalizePhone('+420 (0)703 349 038', { defaultCountry: 'ID' });
    expect(r.value).toBe('+420703349038');
    expect(r.why).toMatch(/\(0\)/);
  });

  it('drops a leading 0 typed in a country without a trunk prefix (Czechia)', () => {
    const r = normalizePhone('0702 624 869', { defaultCountry: 'CZ' });
    expect(r.value).toBe('+420702624869');
    expect(r.why).toMatch(/no trunk prefix/);
  });

  it('keeps Italian numbers whose 0 belongs to the number, and never invents a valid number', () => {
    expect(normalizePhone('06 12345678', { defaultCountry: 'IT' }).value).toBe('+390612345678');
    expect(normalizePhone('0123', { defaultCountry: 'CZ' }).flags).toEqual(['invalid']);
    expect(normalizePhone('+420 (0)12', { defaultCountry: 'CZ' }).flags).toEqual(['invalid']);
  });
});
