/**
 * Calendar dates and the spreadsheet's time zone.
 *
 * The core reads a Date cell by its UTC fields: 2024-03-01 is a Date whose UTC date is 1 March,
 * whatever the zone of the machine, which is how a CSV or XLSX date reaches the command line. A
 * spreadsheet gives a date cell as the instant of midnight *in the spreadsheet's zone*
 * (Spreadsheet.getSpreadsheetTimeZone(): Asia/Jakarta, Europe/Prague...), whose UTC date is the
 * day before east of UTC. So the Apps Script shell turns every Date it reads from a sheet into its
 * wall clock in that zone (`wallClock`) before the core sees it, and every Date the core hands back
 * into the instant that zone shows it at (`instantAt`) before writing it; "now" is a wall clock
 * too, so "18 months ago" is counted in the spreadsheet's calendar.
 *
 * Pure: Intl.DateTimeFormat knows the zones (Apps Script's V8 has the same ICU data).
 */

import { isDate } from '../normalize/cell';

const formatters = new Map<string, Intl.DateTimeFormat | null>();
/** Offsets change at most a few times a year: remember them per hour of the instant. */
const offsets = new Map<string, number>();
const HOUR = 3_600_000;
const MAX_REMEMBERED = 20_000;

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      f = null; // unknown zone: read as UTC rather than fail the whole run
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at the instant `ms`. */
export function zoneOffset(ms: number, timeZone: string | undefined): number {
  if (!timeZone || timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'GMT') return 0;
  const key = `${timeZone}|${Math.floor(ms / HOUR)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const f = formatter(timeZone);
  let offset = 0;
  if (f) {
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
    // Seconds are whole in every zone in use since 1972; drop the instant's milliseconds.
    offset = wall - (ms - (((ms % 1000) + 1000) % 1000));
  }
  if (offsets.size >= MAX_REMEMBERED) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** The wall clock `timeZone` shows at `instant`, as a Date read by its UTC fields. */
export function wallClock(instant: Date, timeZone: string | undefined): Date {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return new Date(NaN);
  return new Date(ms + zoneOffset(ms, timeZone));
}

/**
 * The instant at which `timeZone` shows the wall clock `wall` (read by its UTC fields): of two
 * such instants (clocks turned back) the first; in a skipped hour (clocks turned forward) the
 * wall clock is read with the offset from before the change.
 */
export function instantAt(wall: Date, timeZone: string | undefined): Date {
  const w = wall.getTime();
  if (Number.isNaN(w)) return new Date(NaN);
  // The offsets in force half a day around the wall clock cover any change of offset near it.
  const before = w - zoneOffset(w - 14 * HOUR, timeZone);
  const candidates = [before, w - zoneOffset(w, timeZone), w - zoneOffset(w + 14 * HOUR, timeZone)].sort((a, b) => a - b);
  const exact = candidates.find((t) => t + zoneOffset(t, timeZone) === w);
  return new Date(exact ?? before);
}

/** Every Date of a grid as its wall clock in `timeZone` (the grid is copied; other cells kept). */
export function wallClockGrid<T>(grid: T[][], timeZone: string | undefined): T[][] {
  if (!timeZone || zoneIsUtc(timeZone)) return grid;
  return grid.map((row) => row.map((v) => (isDate(v) ? (wallClock(v, timeZone) as unknown as T) : v)));
}

function zoneIsUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'GMT';
}
