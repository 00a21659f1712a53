// Wall clock <-> instant in an IANA time zone, for the fake's date cells and clock triggers.
// Sheets keeps a date cell as a wall-clock serial number with no zone: getValues() turns it into
// the instant at which the spreadsheet's zone shows that wall clock (midnight for a plain date),
// and setValues(date) stores the wall clock the spreadsheet's zone shows at that instant.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
// (the Session reference adds: a spreadsheet zone unlike the script's is a common source of bugs).
// Written apart from the add-on's own conversion (src/core/table/zoned.ts) on purpose: the fake
// must not share the code it checks.

const fieldsCache = new Map<string, Intl.DateTimeFormat>();

/** The Swedish date format is ISO-like ("2024-03-01 07:00:00"): easy to read back. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = fieldsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    fieldsCache.set(timeZone, f);
  }
  return f;
}

// Sheets are full of the same dates (one per working day): remember answers, a bounded number.
const remembered = new Map<string, number>();
function remember(key: string, compute: () => number): number {
  const known = remembered.get(key);
  if (known !== undefined) return known;
  if (remembered.size > 100_000) remembered.clear();
  const value = compute();
  remembered.set(key, value);
  return value;
}

/** The wall clock `timeZone` shows at `instantMs`, as milliseconds of that clock read as UTC. */
export function wallOf(instantMs: number, timeZone: string): number {
  return remember(`w|${timeZone}|${instantMs}`, () => readWall(instantMs, timeZone));
}

function readWall(instantMs: number, timeZone: string): number {
  const text = formatter(timeZone).format(new Date(instantMs));
  const m = /(\d+)-(\d+)-(\d+)\D+(\d+):(\d+):(\d+)/.exec(text);
  if (!m) throw new Error(`fake: cannot read the time in ${timeZone}: ${text}`);
  const ms = ((instantMs % 1000) + 1000) % 1000;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) + ms;
}

/**
 * The instant at which `timeZone` shows the wall clock `wallMs` (the earlier one when the clock
 * shows it twice, the later one when it skips it, as Sheets resolves a DST gap forward).
 */
export function instantAt(wallMs: number, timeZone: string): number {
  return remember(`i|${timeZone}|${wallMs}`, () => findInstant(wallMs, timeZone));
}

function findInstant(wallMs: number, timeZone: string): number {
  // Offsets are within ±14 hours: try the offsets seen around the wall time.
  const candidates = new Set<number>();
  for (const probe of [wallMs - 86_400_000, wallMs, wallMs + 86_400_000]) candidates.add(wallMs - (wallOf(probe, timeZone) - probe));
  const exact = [...candidates].filter((t) => wallOf(t, timeZone) === wallMs).sort((a, b) => a - b);
  if (exact[0] !== undefined) return exact[0];
  // In a gap (spring forward): the first instant after it.
  return Math.max(...candidates);
}

export function checkTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || timeZone === '') throw new Error('Invalid argument: timeZone');
  try {
    formatter(timeZone);
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
  return timeZone;
}
