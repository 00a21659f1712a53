// Removes merged-away (or archived) rows from the sheet. Two ways:
// - 'runs': deleteRows per run of adjacent rows, from the bottom up so the positions still to
//   delete never move. Whole rows move: formulas (references adjusted by Sheets), formats, notes,
//   data validation, hidden and filtered state all stay with their rows. One call per run.
// - 'sort': when the rows are scattered (more than MAX_DELETE_RUNS runs) and the sheet has no
//   filter, a helper column of sort keys moves them to the bottom with one Range.sort and one
//   deleteRows removes them: five calls however many rows go, so a 50,000-row clean costs what a
//   200-row one does. Range.sort moves cell contents, formats, notes and validation, but row
//   visibility stays with the position, so it is never used on a sheet with a filter (filtered
//   rows must stay with their data). Rows hidden by hand cannot be detected in one call (Sheets has
//   no batch read of hidden rows): on such a sheet the hidden positions stay hidden; no value moves
//   out of its row and nothing is lost.
export const MAX_DELETE_RUNS = 8;

export function runsOf(rows: number[]): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.start + last.length === r) last.length++;
    else out.push({ start: r, length: 1 });
  }
  return out;
}

export function removalMode(removed: number[], canSort = false): 'none' | 'runs' | 'sort' {
  if (removed.length === 0) return 'none';
  return canSort && runsOf(removed).length > MAX_DELETE_RUNS ? 'sort' : 'runs';
}

/** Whether the sort path may be used on this sheet: only without a filter (one call). */
export function sortAllowed(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getFilter() === null;
}

/**
 * Reorders the rows of a block with one sort: a helper column of `keys` (one per row) is added,
 * the block sorted by it, and the column deleted. Whole rows move: values, formulas, formats,
 * notes and validation (row visibility stays with the position: see above).
 */
export function sortByKeys(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, numColumns: number, keys: number[]): void {
  const helper = numColumns + 1;
  sheet.insertColumnAfter(numColumns);
  sheet.getRange(firstRow, helper, keys.length, 1).setValues(keys.map((k) => [k]));
  sheet.getRange(firstRow, 1, keys.length, helper).sort({ column: helper, ascending: true });
  sheet.deleteColumn(helper);
}

/** The 'sort' path: move `removed` (0-based data rows) to the bottom of the block, then delete them. */
export function sortAndDelete(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  numRows: number,
  numColumns: number,
  removed: number[],
): void {
  const gone = new Set(removed);
  // Kept rows keep their order (key = position); removed rows sort after all of them.
  sortByKeys(sheet, firstRow, numColumns, Array.from({ length: numRows }, (_, i) => (gone.has(i) ? numRows + i : i)));
  sheet.deleteRows(firstRow + numRows - removed.length, removed.length);
}
