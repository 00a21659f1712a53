// "Undo last clean": put every removed row back in its place, then restore the whole block as it
// was (values with their types, formulas, number formats, backgrounds, notes) and take this run's
// rows out of the archive. Refuses when the sheet changed since the clean.
import type { Cell } from '../core/table';
import { readJournal, clearJournal } from './undo-journal';
import { currentHash, SheetProblem } from './sheet-snapshot';
import { forWrite } from './cell-codec';
import { runsOf } from './row-removal';
import { ARCHIVE_SHEET } from './sheet-names';
import { checkEditable } from './preflight';

export interface UndoResult {
  ok: boolean;
  runId: string;
  sheet: string;
  restoredRows: number;
  message: string;
}

export function undoLastCleanRun(): UndoResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const journal = readJournal(ss);
  if (!journal) throw new SheetProblem('There is no clean to undo.');
  const { meta, rows } = journal;
  const sheet = ss.getSheets().find((s) => s.getSheetId() === meta.sheetId);
  if (!sheet) throw new SheetProblem(`The sheet "${meta.sheetName}" of the last clean no longer exists.`);
  if (!meta.hashAfter || currentHash(sheet, meta.firstRow, meta.numColumns) !== meta.hashAfter) {
    throw new SheetProblem(`"${meta.sheetName}" was edited after the clean, so it cannot be undone exactly. Nothing was changed.`);
  }
  checkEditable(ss, sheet);

  if (meta.removal === 'runs') {
    // Ascending: each run goes back where it was, with the earlier ones already in place.
    for (const run of runsOf(meta.removed)) sheet.insertRowsBefore(meta.firstRow + run.start, run.length);
  } else if (meta.removal === 'sort') {
    sheet.insertRowsAfter(meta.firstRow + meta.rowsAfter - 1, meta.removed.length);
  }
  const block = sheet.getRange(meta.firstRow, 1, meta.numRows, meta.numColumns);
  block.setNumberFormats(rows.formats);
  const data: Cell[][] = rows.values.map((line, r) =>
    line.map((v, c) => rows.formulas[r]?.[c] || forWrite(v, rows.formats[r]?.[c] ?? '')),
  );
  block.setValues(data);
  block.setBackgrounds(rows.backgrounds);
  block.setNotes(rows.notes);

  if (meta.archive.count > 0) {
    const archive = ss.getSheetByName(ARCHIVE_SHEET);
    if (archive) {
      // Sheets refuses to delete every non-frozen row: keep one spare row.
      const maxRows = archive.getMaxRows();
      if (maxRows - meta.archive.count <= 1) archive.insertRowsAfter(maxRows, 1);
      archive.deleteRows(meta.archive.firstRow, meta.archive.count);
    }
  }
  clearJournal(ss);
  return {
    ok: true,
    runId: meta.runId,
    sheet: meta.sheetName,
    restoredRows: meta.removed.length,
    message: `Undid the clean of "${meta.sheetName}" (run ${meta.runId}): values, formats, highlights and notes restored, ${meta.removed.length} archived row(s) put back.`,
  };
}
