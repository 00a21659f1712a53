/**
 * Reading "last activity" dates the way CRM sheets hold them: real Date cells, text typed in the
 * team's own format (31/12/2024 in Czech, Turkish, Vietnamese and Indonesian sheets, 31.12.2024,
 * 2024-12-31, "Dec 31, 2024"), and bare numbers that are Sheets serial dates (only when the
 * header says the column is a date: a number alone could be anything).
 */
import type { Cell } from '../table';
import { isDate } from '../normalize/cell';
import { foldText } from '../normalize/text';

const DAY_MS = 86_400_000;
// Sheets/Excel serial day 0 is 1899-12-30; 25569 is 1970-01-01.
const SERIAL_EPOCH = 25_569;

// Folded month names and abbreviations (en, id, sv, tr short forms, cs/vi numbers only).
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, januari: 1, ocak: 1,
  feb: 2, february: 2, februari: 2, pebruari: 2, subat: 2,
  mar: 3, march: 3, maret: 3, mars: 3, mart: 3,
  apr: 4, april: 4, nisan: 4,
  may: 5, mei: 5, maj: 5, mayis: 5,
  jun: 6, june: 6, juni: 6, haziran: 6,
  jul: 7, july: 7, juli: 7, temmuz: 7,
  aug: 8, august: 8, agu: 8, agt: 8, agustus: 8, augusti: 8, agustos: 8,
  sep: 9, sept: 9, september: 9, eylul: 9,
  oct: 10, october: 10, okt: 10, oktober: 10, ekim: 10,
  nov: 11, november: 11, kasim: 11,
  dec: 12, december: 12, des: 12, desember: 12, aralik: 12,
};

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:$|[\s,T])/;

export interface DateReadOptions {
  /** 1/2/2024 is 1 February (true) or January 2 (false). Dots are always day-first. */
  dayFirst: boolean;
  /** Bare numbers are Sheets serial dates (the header says "date"). */
  numbersAreDates: boolean;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utc(year: number, month: number, day: number): number | null {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return Date.UTC(year, month - 1, day);
}

/** A date cell as epoch milliseconds (UTC midnight for dates given as text), or null. */
export function readDate(cell: Cell, opts: DateReadOptions): number | null {
  if (isDate(cell)) {
    const t = cell.getTime();
    return Number.isNaN(t) ? null : t;
  }
  if (typeof cell === 'number') {
    // 1 .. 2958465 is 1900-01-01 .. 9999-12-31 as a serial day.
    if (!opts.numbersAreDates || !Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return null;
    return Math.round((cell - SERIAL_EPOCH) * DAY_MS);
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (text === '' || text.length > 64) return null;
  let m = ISO.exec(text);
  if (m) return utc(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    // Unambiguous when one part is above 12; otherwise the column's (or locale's) habit decides.
    const dayFirst = m[2] === '.' || a > 12 ? true : b > 12 ? false : opts.dayFirst;
    return dayFirst ? utc(year, b, a) : utc(year, a, b);
  }
  return readNamedMonth(text);
}

/** "3 Mar 2024", "Mar 3, 2024", "3 Maret 2024", "March 2024" (day 1). */
function readNamedMonth(text: string): number | null {
  const parts = foldText(text).split(' ');
  if (parts.length < 2 || parts.length > 4) return null;
  let month = 0;
  let year = 0;
  let day = 0;
  for (const p of parts) {
    const named = MONTHS[p];
    if (named !== undefined && month === 0) month = named;
    else if (/^\d{4}$/.test(p) && year === 0) year = Number(p);
    else if (/^\d{1,2}$/.test(p) && day === 0) day = Number(p);
    else return null;
  }
  if (month === 0 || year === 0) return null;
  return utc(year, month, day || 1);
}

/**
 * Day-first or month-first for a whole column: a value such as 25/03/2024 or 03/25/2024 settles
 * it; when the column has no such value, the locale decides (only US-style locales are
 * month-first; the sheets this add-on is built for write the day first).
 */
export function inferDayFirst(values: Iterable<Cell>, locale: string | undefined): boolean {
  let dayFirstVotes = 0;
  let monthFirstVotes = 0;
  let seen = 0;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const m = DMY.exec(v.trim());
    if (!m || m[2] === '.') continue;
    if (Number(m[1]) > 12) dayFirstVotes++;
    else if (Number(m[3]) > 12) monthFirstVotes++;
    if (++seen > 5000) break; // a sample is enough
  }
  if (dayFirstVotes !== monthFirstVotes) return dayFirstVotes > monthFirstVotes;
  return !/^en[-_](US|PH)\b/i.test(locale ?? '');
}

/** Does a header name a date column ("Last activity date", "Ngày", "Datum", "Tarih", "Tanggal")? */
export function headerSaysDate(header: string): boolean {
  return /\b(date|datum|tanggal|tgl|ngay|tarih|day|when|time|updated|modified|created)\b/.test(foldText(header));
}

/**
 * The calendar day `months` months before the day of `now` (a wall clock, read by its UTC fields),
 * at its start, the day clamped to the month's length: on 15 June 2025, 18 months back is
 * 15 December 2023, so a last activity on that day is not "more than 18 months ago" and the day
 * before is. Whole days only: the hour of the run never moves a row across the line.
 */
export function monthsBefore(now: Date, months: number): number {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - Math.floor(months);
  const target = new Date(Date.UTC(y, m, 1));
  const day = Math.min(now.getUTCDate(), daysIn(target.getUTCFullYear(), target.getUTCMonth() + 1));
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), day);
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
