// Dates as CRM sheets hold them, read per column, written as one ISO form (issue 12).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calendarDateOf, calendarDateValue, cellDate, columnDayOrder, dayNumber, fromDayNumber, isoDateText, normalizeDate, readDateText, serialDate,
} from '../../src/core/normalize/date';
import { normalizeTable } from '../../src/core/normalize/normalize-table';
import { wallClock } from '../../src/core/table/zoned';
import { withDefaults } from '../../src/core/settings';
import { DATE_WORDS_CLDR_VERSION } from '../../src/core/data/date-words.generated';
import { buildDateWords, OUT_FILE } from '../../scripts/gen-date-words';

const TODAY = { year: 2024, month: 6, day: 15 };
const iso = (text: string, order: 'dmy' | 'mdy' | null = null): unknown => normalizeDate(text, { order, today: TODAY }).value;

describe('readDateText: the forms people type', () => {
  it.each([
    // numeric, day first with dots and spaces (cs, tr, de habit)
    ['21. 8. 2023', '2023-08-21'],
    ['21.8.2023', '2023-08-21'],
    ['21.08.2023', '2023-08-21'],
    ['1. 3. 2024', '2024-03-01'],
    // slashes and dashes with a day over 12: only one reading exists
    ['21/08/2023', '2023-08-21'],
    ['21-08-2023', '2023-08-21'],
    ['08/21/2023', '2023-08-21'],
    ['31/12/23', '2023-12-31'],
    // ISO and its cousins
    ['2023-08-21', '2023-08-21'],
    ['2023/8/21', '2023-08-21'],
    ['2023.08.21', '2023-08-21'],
    // month names, abbreviations and weekdays in the six languages
    ['21-Aug-2023', '2023-08-21'],
    ['21-Aug-23', '2023-08-21'],
    ['Aug 21, 2023', '2023-08-21'],
    ['August 21st, 2023', '2023-08-21'],
    ['Monday, 21 August 2023', '2023-08-21'],
    ['21 Agustus 2023', '2023-08-21'],
    ['Senin, 21 Agustus 2023', '2023-08-21'],
    ['17 Agt 2023', '2023-08-17'],
    ['21 tháng 8, 2023', '2023-08-21'],
    ['ngày 21 tháng 08 năm 2023', '2023-08-21'],
    ['Thứ Hai, 21 tháng 8, 2023', '2023-08-21'],
    ['21 thg 8, 2023', '2023-08-21'],
    ['21. srpna 2023', '2023-08-21'],
    ['pondělí 21. srpna 2023', '2023-08-21'],
    ['21. srpen 2023', '2023-08-21'],
    ['21 augusti 2023', '2023-08-21'],
    ['måndag 21 augusti 2023', '2023-08-21'],
    ['21 aug. 2023', '2023-08-21'],
    ['21 Ağustos 2023', '2023-08-21'],
    ['21 Ağustos 2023 Pazartesi', '2023-08-21'],
    ['3 Mart 2024', '2024-03-03'],
    ['5 Mayıs 2022', '2022-05-05'],
    ['14 Şubat 2024', '2024-02-14'],
  ])('%s -> %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('keeps what it cannot read as a day: not a date, a month alone, a date with a time', () => {
    expect(normalizeDate('next week', { today: TODAY })).toMatchObject({ value: 'next week', changed: false, flags: ['invalid'] });
    expect(normalizeDate('Q3 2023', { today: TODAY })).toMatchObject({ value: 'Q3 2023', flags: ['invalid'] });
    expect(normalizeDate('31/02/2024', { today: TODAY })).toMatchObject({ value: '31/02/2024', flags: ['invalid'] });
    expect(normalizeDate('Aug 2023', { today: TODAY })).toMatchObject({ value: 'Aug 2023', changed: false, flags: [] });
    const timed = normalizeDate('2023-08-21 14:30', { today: TODAY });
    expect(timed).toMatchObject({ value: '2023-08-21 14:30', changed: false });
    expect(timed.date).toEqual({ year: 2023, month: 8, day: 21 });
  });

  it('flags a day/month that either reading allows when nothing decides, and never guesses it', () => {
    const r = normalizeDate('03/04/2024', { order: null, today: TODAY });
    expect(r).toMatchObject({ value: '03/04/2024', changed: false, flags: ['ambiguous'] });
    expect(r.why).toContain('3 April 2024');
    expect(r.why).toContain('4 March 2024');
    expect(iso('03/04/2024', 'dmy')).toBe('2024-04-03');
    expect(iso('03/04/2024', 'mdy')).toBe('2024-03-04');
    // The same day either way round is no ambiguity.
    expect(iso('05/05/2024')).toBe('2024-05-05');
  });

  it('flags dates far in the future and still writes them one way', () => {
    const r = normalizeDate('21/08/2099', { today: TODAY });
    expect(r.value).toBe('2099-08-21');
    expect(r.flags).toEqual(['far-future']);
    expect(normalizeDate('2024-12-01', { today: TODAY }).flags).toEqual([]); // a follow-up this year is fine
  });

  it('reads Sheets/Excel serial numbers; keeps counts and fractions', () => {
    expect(normalizeDate(45159, { today: TODAY })).toMatchObject({ value: '2023-08-21', changed: true, rule: 'date.iso' });
    expect(serialDate(25569)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(normalizeDate(12, { today: TODAY })).toMatchObject({ value: 12, changed: false, flags: ['invalid'] });
    expect(normalizeDate(45159.5, { today: TODAY })).toMatchObject({ value: 45159.5, changed: false, flags: [] });
    expect(cellDate(45159.5)).toEqual({ year: 2023, month: 8, day: 21 });
  });

  it('leaves date cells alone and reads their calendar day as the shell hands it (the wall clock of the sheet\'s zone)', () => {
    const sheetCell = new Date(Date.UTC(2023, 7, 20, 17)); // midnight 21 August in Jakarta
    const cell = wallClock(sheetCell, 'Asia/Jakarta');
    expect(normalizeDate(cell, { today: TODAY })).toMatchObject({ value: cell, changed: false, date: { year: 2023, month: 8, day: 21 } });
    expect(cellDate(cell)).toEqual({ year: 2023, month: 8, day: 21 });
    expect(cellDate(wallClock(new Date(Date.UTC(2023, 7, 21, 4)), 'America/New_York'))).toEqual({ year: 2023, month: 8, day: 21 });
    expect(calendarDateValue({ year: 2023, month: 8, day: 21 }).toISOString()).toBe('2023-08-21T00:00:00.000Z');
    expect(calendarDateOf(calendarDateValue({ year: 45, month: 2, day: 28 }))).toEqual({ year: 45, month: 2, day: 28 });
  });

  it('placeholders, blanks and error values are never dates', () => {
    for (const text of ['N/A', '-', 'TBD', 'tidak ada', 'chưa cập nhật', 'neuvedeno', 'saknas', 'bilinmiyor']) {
      expect(normalizeDate(text, { today: TODAY })).toMatchObject({ value: text, changed: false, flags: ['placeholder'] });
    }
    expect(normalizeDate('', { today: TODAY }).value).toBe('');
    expect(normalizeDate('#N/A', { today: TODAY }).flags).toEqual(['error-value']);
    expect(readDateText('constructor')).toBeNull();
    expect(readDateText('__proto__ 2023')).toBeNull();
  });

  it('is idempotent on its own output', () => {
    for (const text of ['21. 8. 2023', '21-Aug-23', '21 tháng 8, 2023', '21/08/2099', ' 2023-08-21 ']) {
      const once = normalizeDate(text, { today: TODAY }).value;
      expect(normalizeDate(once, { today: TODAY }).value).toBe(once);
    }
  });
});

describe('day/month order per column', () => {
  it('takes the column\'s evidence, then the region, else nothing', () => {
    expect(columnDayOrder(['03/04/2024', '21/08/2023'], 'US')).toBe('dmy');
    expect(columnDayOrder(['03/04/2024', '08/21/2023'], 'ID')).toBe('mdy');
    expect(columnDayOrder(['03/04/2024'], 'US')).toBe('mdy');
    expect(columnDayOrder(['03/04/2024'], 'CZ')).toBe('dmy');
    expect(columnDayOrder(['03/04/2024'], 'CA')).toBeNull(); // Canada writes both
    expect(columnDayOrder(['21/08/2023', '08/21/2023'], 'SE')).toBeNull(); // the column says both
    expect(columnDayOrder(['21.08.2023', '3.4.2024'], undefined)).toBeNull(); // dots carry no evidence
  });

  it('a clean rewrites a column written day first, and flags an undecided one without rewriting it', () => {
    const header = ['Name', 'Last activity'];
    const decided = normalizeTable({ header, rows: [['A', '03/04/2024'], ['B', '21/08/2023']] }, withDefaults({}), { now: new Date(Date.UTC(2024, 5, 15)) });
    expect(decided.rows.map((r) => r[1])).toEqual(['2024-04-03', '2023-08-21']);
    expect(decided.changes.map((c) => c.date)).toEqual([{ year: 2024, month: 4, day: 3 }, { year: 2023, month: 8, day: 21 }]);
    expect(decided.changes[0]?.rule).toBe('date.iso');

    const undecided = normalizeTable({ header, rows: [['A', '03/04/2024'], ['B', '05/06/2024']] }, withDefaults({}), { now: new Date(Date.UTC(2024, 5, 15)) });
    expect(undecided.rows.map((r) => r[1])).toEqual(['03/04/2024', '05/06/2024']);
    expect(undecided.changes).toEqual([]);
    expect(undecided.findings.map((f) => f.flag)).toEqual(['ambiguous', 'ambiguous']);

    // The spreadsheet locale decides when the values do not.
    const us = normalizeTable({ header, rows: [['A', '03/04/2024']] }, withDefaults({ locale: 'en_US' }), { now: new Date(Date.UTC(2024, 5, 15)) });
    expect(us.rows[0]?.[1]).toBe('2024-03-04');
  });
});

describe('calendar arithmetic', () => {
  it('day numbers round-trip for every day of four centuries', () => {
    for (let n = dayNumber({ year: 1900, month: 1, day: 1 }); n < dayNumber({ year: 2300, month: 1, day: 1 }); n += 7) {
      expect(dayNumber(fromDayNumber(n))).toBe(n);
    }
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(isoDateText(fromDayNumber(dayNumber({ year: 2024, month: 2, day: 29 }) + 1))).toBe('2024-03-01');
  });
});

describe('date words table', () => {
  it.runIf(process.versions.cldr === DATE_WORDS_CLDR_VERSION)('is up to date with its generator (same CLDR)', () => {
    expect(buildDateWords().content).toBe(readFileSync(OUT_FILE, 'utf8'));
  });
});
