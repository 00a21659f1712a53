// Removes merged-away (or archived) rows from the sheet with deleteRows, one call per run of
// adjacent rows, from the bottom up so the positions still to delete never move. deleteRows moves
// whole rows: formulas (references adjusted by Sheets), formats, notes, data validation, hidden
// and filtered state all stay with their rows. (A sort-to-the-bottom trick would need fewer
// calls, but Range.sort leaves row-level state such as rows hidden by the user in place, so the
// wrong rows would end up hidden; correctness wins over call count here.)
export function runsOf(rows: number[]): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.start + last.length === r) last.length++;
    else out.push({ start: r, length: 1 });
  }
  return out;
}

/** 'sort' is only found in journals written by older versions (undo still reads them). */
export function removalMode(removed: number[]): 'none' | 'runs' | 'sort' {
  return removed.length === 0 ? 'none' : 'runs';
}

/** `removed`: 0-based data rows, ascending. */
export function removeRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  _numRows: number,
  _numColumns: number,
  removed: number[],
): void {
  for (const run of runsOf(removed).reverse()) sheet.deleteRows(firstRow + run.start, run.length);
}
