// Dates between a sheet and the core. getValues() gives a date cell as the instant of midnight in
// the spreadsheet's zone (not the script's, not UTC); the core reads a date by its UTC fields
// (core/table/zoned.ts). So every grid of a data sheet is read through `datesForCore`, and every
// value written back to a sheet passes `dateForSheet`: a cell typed as 1990-05-01 stays 1990-05-01
// in Jakarta, Prague and New York alike.
import type { Cell } from '../core/table';
import { isDate } from '../core/normalize/cell';
import { instantAt, wallClockGrid } from '../core/table/zoned';

/** The grid with each Date as the wall clock `timeZone` shows at it. */
export function datesForCore(grid: Cell[][], timeZone: string): Cell[][] {
  return wallClockGrid(grid, timeZone);
}

/** A value from the core as setValues() must get it: a Date becomes the instant `timeZone` shows it at. */
export function dateForSheet(value: Cell, timeZone: string): Cell {
  return isDate(value) ? instantAt(value, timeZone) : value;
}
