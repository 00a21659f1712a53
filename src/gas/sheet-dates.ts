// Dates between a sheet and the core: the one conversion. getValues() gives a date cell as the
// instant of midnight in the spreadsheet's zone (not the script's, not UTC); the core reads a date
// by its UTC fields (core/table/zoned.ts, normalize/date.ts calendarDateOf). So every grid of a
// data sheet is read through `datesForCore`, every date the plan writes becomes the core's Date of
// its calendar day (`withDateCells`), and every value written back to a sheet passes
// `dateForSheet`, once: a cell typed as 1990-05-01 stays 1990-05-01 in Jakarta, Prague and New York.
// The undo journal, its row hashes and the archive keep values as the sheet holds them (as
// getValues() gives them): undo compares them with cells it reads back and writes them unchanged.
import type { Cell } from '../core/table';
import { isDate } from '../core/normalize/cell';
import { calendarDateValue } from '../core/normalize/date';
import type { CellChange } from '../core/normalize/normalize-table';
import { instantAt, wallClock, wallClockGrid } from '../core/table/zoned';

/** The number format "Clean this sheet" gives every date it rewrites: ISO, read the same in every locale. */
export const DATE_CELL_FORMAT = 'yyyy-mm-dd';

/** The grid with each Date as the wall clock `timeZone` shows at it. */
export function datesForCore(grid: Cell[][], timeZone: string): Cell[][] {
  return wallClockGrid(grid, timeZone);
}

/** A value from the core as setValues() must get it: a Date becomes the instant `timeZone` shows it at. */
export function dateForSheet(value: Cell, timeZone: string): Cell {
  return isDate(value) ? instantAt(value, timeZone) : value;
}

/** A value as getValues() gave it, for the core (the log's text, the plan): a Date becomes the wall clock `timeZone` shows. */
export function dateForCore(value: Cell, timeZone: string): Cell {
  return isDate(value) ? wallClock(value, timeZone) : value;
}

/** A row of the core's values as the sheet holds them: what the undo journal and the archive keep. */
export function rowForSheet(values: readonly Cell[], timeZone: string): Cell[] {
  return values.map((v) => dateForSheet(v, timeZone));
}

/** The plan's date edits with their value as a date (the core's, not yet the sheet's: see dateForSheet). */
export function withDateCells(edits: CellChange[]): CellChange[] {
  if (!edits.some((e) => e.date)) return edits;
  return edits.map((e) => (e.date ? { ...e, after: calendarDateValue(e.date) } : e));
}
