// Calendar dates from the core (normalize/date.ts) as date cells: midnight in the spreadsheet's
// time zone, which is neither the script's zone nor UTC. The one place a Date is made from a
// calendar date; the clean writes these with one number format.
import type { CalendarDate } from '../core/normalize/date';
import { isoDateText } from '../core/normalize/date';
import type { CellChange } from '../core/normalize/normalize-table';

/** The number format "Clean this sheet" gives every date it rewrites: ISO, read the same in every locale. */
export const DATE_CELL_FORMAT = 'yyyy-mm-dd';

/** The cell value for a calendar date: a Date at midnight in `timeZone` (the spreadsheet's). */
export function dateCellValue(date: CalendarDate, timeZone: string): Date {
  return Utilities.parseDate(isoDateText(date), timeZone, 'yyyy-MM-dd');
}

/** The plan's date edits with their value as a date cell (other edits as they are). */
export function withDateCells(edits: CellChange[], timeZone: () => string): CellChange[] {
  if (!edits.some((e) => e.date)) return edits;
  const zone = timeZone();
  return edits.map((e) => (e.date ? { ...e, after: dateCellValue(e.date, zone) } : e));
}
