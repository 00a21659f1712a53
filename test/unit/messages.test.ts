// Messages as codes: the plural form each language needs, placeholders with formats, the English
// fallback, and the error text that carries a code across google.script.run.
import { describe, expect, it } from 'vitest';
import { errorText, pickLanguage, readErrorText, say, sayMessage, type Speaker } from '../../src/core/messages';

const en = {
  'rows_one': '{n} row moved',
  'rows_other': '{n} rows moved',
  'field.email': 'Email',
  'only.english': 'Only in English: {sheet}',
  'where': '{n} in {column:field}',
  'country': 'From {c:country}',
  'when': 'Last activity {d:date}',
  'day': 'Every {day:weekday}',
};
const cs: Speaker = {
  lang: 'cs',
  fallback: en,
  catalogue: {
    'rows_one': '{n} řádek přesunut',
    'rows_few': '{n} řádky přesunuty',
    'rows_many': '{n} řádku přesunuto',
    'rows_other': '{n} řádků přesunuto',
    'field.email': 'E-mail',
    'where': '{n} ve sloupci {column:field}',
    'country': 'Z {c:country}',
    'when': 'Poslední aktivita {d:date}',
    'day': 'Každé {day:weekday}',
  },
};

describe('say', () => {
  it('picks the plural form of the language (Czech has three for whole numbers)', () => {
    expect(say(cs, 'rows', { n: 1 })).toBe('1 řádek přesunut');
    expect(say(cs, 'rows', { n: 3 })).toBe('3 řádky přesunuty');
    expect(say(cs, 'rows', { n: 12 })).toBe('12 řádků přesunuto');
    expect(say({ lang: 'id', catalogue: { rows_other: '{n} baris dipindahkan' } }, 'rows', { n: 1 })).toBe('1 baris dipindahkan');
  });

  it('formats numbers, labels, regions, dates and weekdays in the language', () => {
    expect(say(cs, 'rows', { n: 1250 })).toBe('1\u00a0250 řádků přesunuto');
    expect(say(cs, 'where', { n: 2, column: 'email' })).toBe('2 ve sloupci E-mail');
    expect(say(cs, 'country', { c: 'SE' })).toBe('Z Švédsko');
    expect(say(cs, 'when', { d: '2024-05-08' })).toBe('Poslední aktivita 8. 5. 2024');
    expect(say(cs, 'day', { day: 'WEDNESDAY' })).toBe('Každé středa');
    expect(say({ lang: 'vi', catalogue: { c: '{c:country}' } }, 'c', { c: 'US' })).toBe('Hoa Kỳ');
  });

  it('falls back to English, then reports the code as unknown', () => {
    expect(say(cs, 'only.english', { sheet: 'Kontakty' })).toBe('Only in English: Kontakty');
    expect(say(cs, 'no.such.code')).toBeNull();
    expect(sayMessage(cs, { code: 'no.such.code', message: 'The server said this.' })).toBe('The server said this.');
  });

  it('leaves a placeholder without a value as it is, and never reads markup', () => {
    expect(say(cs, 'where', { n: 2 })).toBe('2 ve sloupci {column:field}');
    expect(say(cs, 'only.english', { sheet: '<img src=x onerror=alert(1)>' })).toBe('Only in English: <img src=x onerror=alert(1)>');
  });
});

describe('pickLanguage', () => {
  it('reads the locales Apps Script and browsers report', () => {
    expect(pickLanguage('in')).toBe('id');
    expect(pickLanguage('sv_SE')).toBe('sv');
    expect(pickLanguage('vi-VN')).toBe('vi');
    expect(pickLanguage('pt_BR')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });
});

describe('error text', () => {
  it('keeps the English first and the code after it, read back as Apps Script prefixes it', () => {
    const text = errorText({ code: 'msg.sheet.merged', params: { sheet: 'Kontakty', where: 'A2:B3' }, message: '"Kontakty" has merged cells (A2:B3).' });
    expect(text.startsWith('"Kontakty" has merged cells (A2:B3).')).toBe(true);
    const back = readErrorText(`Exception: ${text}`);
    expect(back.ref).toEqual({ code: 'msg.sheet.merged', params: { sheet: 'Kontakty', where: 'A2:B3' } });
    expect(back.message).toBe('"Kontakty" has merged cells (A2:B3).');
  });

  it('an error without a code is only its text', () => {
    expect(readErrorText('Service Spreadsheets timed out')).toEqual({ ref: null, message: 'Service Spreadsheets timed out' });
  });
});
