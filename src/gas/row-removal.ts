// Removes merged-away rows from the sheet, keeping formulas, formats and notes with their rows.
// A few contiguous runs: deleteRows per run, from the bottom. Many scattered rows: a helper
// column of sort keys moves them to the bottom with one Range.sort (whole rows move, formulas
// and all), then one deleteRows; so the number of calls never grows with the number of rows.
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

export function removalMode(removed: number[]): 'none' | 'runs' | 'sort' {
  if (removed.length === 0) return 'none';
  return runsOf(removed).length <= MAX_DELETE_RUNS ? 'runs' : 'sort';
}

export function removeRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  numRows: number,
  numColumns: number,
  removed: number[],
): void {
  const mode = removalMode(removed);
  if (mode === 'none') return;
  if (mode === 'runs') {
    for (const run of runsOf(removed).reverse()) sheet.deleteRows(firstRow + run.start, run.length);
    return;
  }
  const gone = new Set(removed);
  const helper = numColumns + 1;
  sheet.insertColumnAfter(numColumns);
  const keys = Array.from({ length: numRows }, (_, i) => [gone.has(i) ? numRows + i : i]);
  sheet.getRange(firstRow, helper, numRows, 1).setValues(keys);
  sheet.getRange(firstRow, 1, numRows, helper).sort({ column: helper, ascending: true });
  sheet.deleteRows(firstRow + numRows - removed.length, removed.length);
  sheet.deleteColumn(helper);
}
