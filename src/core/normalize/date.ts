/**
 * Dates as CRM sheets hold them: real date cells, text typed in the team's own form
 * (21. 8. 2023, 21.8.2023, 21/08/2023, 2023-08-21, 21-Aug-2023, "21 Agustus 2023", "21 tháng 8,
 * 2023", "21. srpna 2023", "21 augusti 2023", "21 Ağustos 2023") and Sheets/Excel serial numbers.
 *
 * A parsed date is a calendar date (year, month, day), never a JS Date: a Date is an instant, and
 * the day it falls on depends on a time zone. The Apps Script side turns a calendar date into a
 * date cell at midnight in the spreadsheet's zone (src/gas/date-cells.ts); the CLI writes ISO 8601
 * (isoDateText).
 *
 * Day/month order is decided per column, never row by row: 25/03/2024 says the column writes the
 * day first, 03/25/2024 the month first; with no such value the spreadsheet's locale decides; when
 * neither does (or the column says both), 03/04/2024 is flagged 'ambiguous' and left as typed.
 * Dots are always day first (21.8.2023, 21. 8. 2023): nobody writes month-first with dots.
 */
import type { Cell, Normalized, PlaceholderOptions } from './types';
import { isDate, textInput, unchanged } from './cell';
import { cleanText } from './text';
import { foldText } from './fold';
import { MONTH_NUMBER_PREFIXES, MONTH_WORDS, WEEKDAY_WORDS } from '../data/date-words.generated';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DayOrder = 'dmy' | 'mdy';

/** What a piece of text says as a date. */
export type DateReading =
  /** A date; `order` is set when the text itself shows the column's habit (25/03 or 03/25). */
  | { kind: 'date'; date: CalendarDate; time: boolean; order?: DayOrder }
  /** Day and month both 12 or less, separated by / or -: either way round is a real date. */
  | { kind: 'ambiguous'; dmy: CalendarDate; mdy: CalendarDate; time: boolean }
  /** A month without a day ("Aug 2023"): readable for staleness, never rewritten as a day. */
  | { kind: 'month'; date: CalendarDate };

// Sheets' serial day 25569 is 1970-01-01. Serials below 1910 in a date column are counts or
// codes, not dates; 2958465 is 9999-12-31.
const SERIAL_1970 = 25_569;
const MIN_SERIAL = 3_654;
const MAX_SERIAL = 2_958_465;

const TIME = String.raw`(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?(${TIME})$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\.?(${TIME})$`, 'i');
const HAS_DIGIT = /\d/;

/** Filler words around dates: "ngày 21 tháng 8 năm 2023", "the 21st of August", "den 21 augusti", "dne 21. srpna". */
const FILLERS = new Set(['ngay', 'nam', 'of', 'the', 'on', 'den', 'dne', 'tanggal', 'tgl']);
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|e|er|a)$/;
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// --- calendar arithmetic (proleptic Gregorian, no Date objects) ----------------------------

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function calendar(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before), for comparing and subtracting calendar dates. */
export function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** ISO 8601 text of a calendar date ("2023-08-21"): what the CLI writes into a date column. */
export function isoDateText({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "21 August 2023", for the sentences that explain a change. */
export function spokenDate({ year, month, day }: CalendarDate): string {
  return `${day} ${ENGLISH_MONTHS[month - 1] ?? month} ${year}`;
}

/**
 * The calendar date of a Date value, read by its UTC fields. A sheet's date cell is midnight in
 * the spreadsheet's zone; the Apps Script shell hands it over as that zone's wall clock
 * (table/zoned.ts, gas/sheet-dates.ts), so the UTC fields are the day the sheet shows, as they
 * are for the CLI's dates. The one conversion stays in the shell.
 */
export function calendarDateOf(value: Date): CalendarDate | null {
  if (Number.isNaN(value.getTime())) return null;
  return calendar(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** A calendar date as the core's Date value: its midnight read by UTC fields (the inverse of calendarDateOf). */
export function calendarDateValue({ year, month, day }: CalendarDate): Date {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  return d;
}

/** A Sheets/Excel serial day number as a calendar date (whole days only). */
export function serialDate(serial: number): CalendarDate | null {
  if (!Number.isInteger(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return null;
  return fromDayNumber(serial - SERIAL_1970);
}

/** `months` calendar months before a date, the day clamped to the month's length (31 Aug - 6 = 28 Feb). */
export function monthsBefore(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) - Math.floor(months);
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** "Today" as a calendar date: `now` as a wall clock read by its UTC fields (see calendarDateOf). */
export function todayOf(now: Date): CalendarDate {
  return calendarDateOf(now) ?? { year: 1970, month: 1, day: 1 };
}

// --- reading text -------------------------------------------------------------------------

/** Two-digit years the way Sheets reads them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y <= 29 ? 2000 + y : 1900 + y;
}

function readNumeric(m: RegExpExecArray): DateReading | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = fullYear(m[4] ?? '');
  const time = (m[5] ?? '').trim() !== '';
  const dmy = calendar(year, b, a);
  // Dots (and "21. 8. 2023") are only ever written day first.
  if (m[2] === '.') return dmy ? { kind: 'date', date: dmy, time } : null;
  const mdy = calendar(year, a, b);
  if (dmy && mdy) return a === b ? { kind: 'date', date: dmy, time } : { kind: 'ambiguous', dmy, mdy, time };
  if (dmy) return { kind: 'date', date: dmy, time, order: 'dmy' };
  if (mdy) return { kind: 'date', date: mdy, time, order: 'mdy' };
  return null;
}

interface Words {
  months: Map<string, number>;
  prefixes: Set<string>;
  weekdays: RegExp;
}
let words: Words | undefined;

// Built on first use: Apps Script re-evaluates the bundle on every custom-function call.
function dateWords(): Words {
  if (words) return words;
  const months = new Map<string, number>();
  for (const entry of MONTH_WORDS.split('|')) {
    const colon = entry.lastIndexOf(':');
    months.set(entry.slice(0, colon), Number(entry.slice(colon + 1)));
  }
  // Longest first, so "thu hai" goes before "thu".
  const weekdayList = WEEKDAY_WORDS.split('|').sort((x, y) => y.length - x.length);
  const weekdays = new RegExp(`(?:^| )(?:${weekdayList.join('|')})(?= |$)`, 'g');
  words = { months, prefixes: new Set(MONTH_NUMBER_PREFIXES.split('|')), weekdays };
  return words;
}

/** "21 Aug 2023", "Aug 21st, 2023", "Senin, 21 Agustus 2023", "ngày 21 tháng 8 năm 2023", "Aug 2023". */
function readNamed(text: string): DateReading | null {
  const w = dateWords();
  const tokens = foldText(text).replace(w.weekdays, ' ').split(' ').filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 8) return null;
  let month = 0;
  const numbers: string[] = [];
  let monthAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const named = w.months.get(t);
    const next = tokens[i + 1];
    if (named !== undefined && month === 0) {
      month = named;
      monthAt = numbers.length;
    } else if (w.prefixes.has(t) && next !== undefined && /^\d{1,2}$/.test(next) && month === 0) {
      month = Number(next);
      monthAt = numbers.length;
      i++;
    } else if (/^\d{1,4}$/.test(t)) {
      numbers.push(t);
    } else if (ORDINAL.test(t)) {
      numbers.push(ORDINAL.exec(t)?.[1] ?? '');
    } else if (!FILLERS.has(t) && !((t === 'a' || t === 'e') && /^\d/.test(tokens[i - 1] ?? ''))) {
      return null; // a word that is no part of a date ("next week", "Q3")
    }
  }
  if (month < 1 || month > 12) return null;
  return fromParts(month, numbers, monthAt);
}

/** Day and year around a named month: one four-digit year, or "21-Aug-23" (day, month, two-digit year). */
function fromParts(month: number, numbers: string[], monthAt: number): DateReading | null {
  const long = numbers.filter((n) => n.length === 4);
  const short = numbers.filter((n) => n.length <= 2);
  if (long.length === 1 && short.length === 0) {
    const date = calendar(Number(long[0]), month, 1);
    return date ? { kind: 'month', date } : null;
  }
  if (long.length === 1 && short.length === 1) {
    const date = calendar(Number(long[0]), month, Number(short[0]));
    return date ? { kind: 'date', date, time: false } : null;
  }
  // "21-Aug-23": the day before the month, the two-digit year after it.
  if (long.length === 0 && numbers.length === 2 && monthAt === 1) {
    const date = calendar(fullYear(numbers[1] as string), month, Number(numbers[0]));
    return date ? { kind: 'date', date, time: false } : null;
  }
  return null;
}

/** What a text says as a date, or null when it is no date. */
export function readDateText(raw: string): DateReading | null {
  const text = raw.trim();
  if (text === '' || text.length > 64 || !HAS_DIGIT.test(text)) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const date = calendar(Number(iso[1]), Number(iso[3]), Number(iso[4]));
    return date ? { kind: 'date', date, time: (iso[5] ?? '').trim() !== '' } : null;
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) return readNumeric(numeric);
  return readNamed(text);
}

// --- the column's order -------------------------------------------------------------------

// Regions that write the month first (US and the places that follow its forms). Canada writes
// both, so its locale decides nothing.
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'GU', 'AS', 'MP', 'PR', 'UM', 'VI']);
const EITHER_REGIONS = new Set(['CA']);

/** The order a region's spreadsheets use, or null when the region is unknown or writes both. */
export function regionDayOrder(region: string | undefined): DayOrder | null {
  const r = (region ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(r) || EITHER_REGIONS.has(r)) return null;
  return MONTH_FIRST_REGIONS.has(r) ? 'mdy' : 'dmy';
}

/**
 * Day-first or month-first for a whole column: the values decide when some of them can only be
 * read one way (and none the other way); otherwise the region (from the spreadsheet locale)
 * decides; otherwise nothing does (null), and ambiguous values are flagged, not guessed.
 */
export function columnDayOrder(values: Iterable<Cell>, region: string | undefined): DayOrder | null {
  let dmy = 0;
  let mdy = 0;
  let seen = 0;
  for (const v of values) {
    if (typeof v !== 'string' || !HAS_DIGIT.test(v)) continue;
    const m = NUMERIC.exec(v.trim());
    if (!m || m[2] === '.') continue;
    const reading = readNumeric(m);
    if (reading?.kind === 'date' && reading.order === 'dmy') dmy++;
    if (reading?.kind === 'date' && reading.order === 'mdy') mdy++;
    if (++seen > 5000) break; // a sample is enough
  }
  if (dmy > 0 && mdy > 0) return null;
  if (dmy > 0) return 'dmy';
  if (mdy > 0) return 'mdy';
  return regionDayOrder(region);
}

/** Options for reading one cell of a date column. */
export interface DateReadOptions {
  /** The column's day/month order (columnDayOrder); null: ambiguous values stay unread. */
  order?: DayOrder | null;
}

/** The calendar date a cell of a date column holds, or null (no date, or ambiguous with no order). */
export function cellDate(cell: Cell, opts: DateReadOptions = {}): CalendarDate | null {
  if (isDate(cell)) return calendarDateOf(cell);
  if (typeof cell === 'number') return serialDate(Math.floor(cell));
  if (typeof cell !== 'string') return null;
  const r = readDateText(cell);
  if (!r) return null;
  if (r.kind !== 'ambiguous') return r.date;
  return opts.order ? r[opts.order] : null;
}

// --- the normalizer -----------------------------------------------------------------------

export interface DateOptions extends DateReadOptions, PlaceholderOptions {
  /** Today, for the far-future check (default: today in UTC). */
  today?: CalendarDate;
}

export interface DateResult extends Normalized {
  /** The calendar date the cell holds, when it holds one. */
  date?: CalendarDate;
}

/** A date more than this many days ahead is flagged: a typo (2099, 2203) or a placeholder date. */
const FAR_FUTURE_DAYS = 366;

function withDate(result: Normalized, date: CalendarDate, today: CalendarDate): DateResult {
  const out: DateResult = { ...result, date };
  if (dayNumber(date) - dayNumber(today) > FAR_FUTURE_DAYS) {
    out.flags = [...out.flags, 'far-future'];
    out.why = [out.why, `${isoDateText(date)} is more than a year ahead`].filter(Boolean).join('; ');
  }
  return out;
}

function fromText(input: string, text: string, opts: DateOptions, today: CalendarDate): DateResult {
  const r = readDateText(text);
  if (!r) return unchanged(input, ['invalid'], `"${text}" is not a date`);
  // A month with no day, or a date with a time: readable, but rewriting would drop what was typed.
  if (r.kind === 'month') return unchanged(input);
  if (r.kind === 'ambiguous' && !opts.order) {
    return unchanged(input, ['ambiguous'], `"${text}" could be ${spokenDate(r.dmy)} or ${spokenDate(r.mdy)}; nothing in the column or the locale says which`);
  }
  const date = r.kind === 'ambiguous' ? r[opts.order as DayOrder] : r.date;
  if (r.time) return withDate(unchanged(input), date, today);
  const value = isoDateText(date);
  if (value === text) return withDate({ value, changed: value !== input, rule: 'none', why: '', flags: [] }, date, today);
  const how = r.kind === 'ambiguous' ? ` (this column writes the ${opts.order === 'dmy' ? 'day' : 'month'} first)` : '';
  return withDate({ value, changed: true, rule: 'date.iso', why: `read "${text}" as ${spokenDate(date)}${how}`, flags: [] }, date, today);
}

/**
 * Normalize one cell of a date column. Text and serial numbers that are dates come back as ISO
 * text (with `date` set; the add-on writes a date cell, the CLI the text); date cells stay as they
 * are; a date with a time or a month without a day stays as typed; ambiguous dates with no order
 * for the column are flagged 'ambiguous', text that is no date 'invalid', dates more than a year
 * ahead 'far-future'.
 */
export function normalizeDate(input: Cell, opts: DateOptions = {}): DateResult {
  const today = opts.today ?? todayOf(new Date());
  if (isDate(input)) {
    const date = calendarDateOf(input);
    return date ? withDate(unchanged(input), date, today) : unchanged(input);
  }
  if (typeof input === 'number') {
    const date = serialDate(input);
    if (!date) return { value: input, changed: false, rule: 'none', why: Number.isInteger(input) ? `${input} is not a date` : '', flags: Number.isInteger(input) ? ['invalid'] : [] };
    return withDate({ value: isoDateText(date), changed: true, rule: 'date.iso', why: `serial number ${input} read as ${spokenDate(date)}`, flags: [] }, date, today);
  }
  const start = textInput(input, opts.placeholders);
  if ('done' in start) return start.done;
  return fromText(input as string, cleanText(start.text), opts, today);
}
