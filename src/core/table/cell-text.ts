/**
 * A cell as text, the one rule for every place that shows or writes a cell as text: the sidebar,
 * the change log, archive labels, previews, the HTML report, the command line's CSV, quotes in
 * finding reasons and the CRM Lists sheet. Text stays as typed; numbers and booleans read as
 * Sheets shows them (TRUE/FALSE); a date is yyyy-mm-dd, with hh:mm:ss when it has a time of day;
 * blanks, invalid dates and non-finite numbers are ''.
 *
 * A Date is read by its UTC fields: in the core a date cell is the wall clock of the spreadsheet's
 * zone (table/zoned.ts), which the Apps Script shell makes of every Date it reads from a sheet
 * (getValues() gives midnight in that zone, the day before in UTC east of Greenwich), and which a
 * CSV or XLSX date already is.
 */
import type { Cell } from './index';
import { isDate } from '../normalize/cell';

const pad = (n: number): string => String(n).padStart(2, '0');

export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return dateText(value);
  return String(value);
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/** Short, one-line quote of a value for a sentence (cells can hold 50,000 characters). */
export function quoteCell(cell: Cell): string {
  const text = cellText(cell).replace(/\s+/g, ' ').trim();
  return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}
