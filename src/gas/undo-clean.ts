// "Undo last clean": put every removed row back in its place, then restore the whole block as it
// was (values with their types, formulas, number formats, backgrounds, notes) and take this run's
// rows out of the archive. Refuses when the sheet changed since the clean.
import type { Cell } from '../core/table';
import { readJournal, clearJournal, type JournalMeta } from './undo-journal';
import { readBlock, sheetProblem } from './sheet-snapshot';
import type { UserMessage } from '../core/messages';
import { said } from './messages';
import { forWrite, sameCell } from './cell-codec';
import { isSpilled, spillAreas } from '../core/table/spill';
import { dateForSheet } from './sheet-dates';
import { a1 } from '../core/table/a1';
import { appendLog, type LogEntry } from './log-sheet';
import { newRun } from './run-context';
import { runsOf } from './row-removal';
import { ARCHIVE_SHEET } from './sheet-names';
import { checkEditable } from './preflight';

export interface UndoResult {
  ok: boolean;
  runId: string;
  sheet: string;
  restoredRows: number;
  message: UserMessage;
}

interface Block {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** Rectangles covering every cell that holds no formula: per column, the runs between formula cells; equal runs of adjacent columns merged. */
export function formulaFreeBlocks(formulas: string[][], numRows: number, numColumns: number): Block[] {
  const out: Block[] = [];
  let open: Block[] = [];
  for (let c = 0; c < numColumns; c++) {
    const runs: Array<[number, number]> = [];
    for (let r = 0; r < numRows; r++) {
      if (formulas[r]?.[c]) continue;
      let end = r;
      while (end + 1 < numRows && !formulas[end + 1]?.[c]) end++;
      runs.push([r, end]);
      r = end;
    }
    const same = runs.length === open.length && runs.every(([a, b], i) => open[i]?.r0 === a && open[i]?.r1 === b);
    if (same) {
      for (const b of open) b.c1 = c;
    } else {
      out.push(...open);
      open = runs.map(([a, b]) => ({ r0: a, r1: b, c0: c, c1: c }));
    }
  }
  out.push(...open);
  return out;
}

/**
 * The undo's own log entries: every value it changes back (the sheet as it was after the run vs
 * the journal; kept rows keep their order, so a kept row's place after the run is its index less
 * the removed rows above it), every row it puts back, and one line for the run as a whole.
 */
function undoLog(meta: JournalMeta, values: Cell[][], formulas: string[][], after: { values: Cell[][]; formulas: string[][] }): LogEntry[] {
  const gone = new Set(meta.removed);
  const entries: LogEntry[] = [];
  let shift = 0;
  for (let r = 0; r < meta.numRows; r++) {
    const row = meta.firstRow + r;
    if (gone.has(r)) {
      shift++;
      entries.push({ cell: `${a1(row, 1)}:${a1(row, meta.numColumns)}`, before: 'in CRM Archive', after: `row ${row} put back`, rule: 'undo.restore' });
      continue;
    }
    const now = after.values[r - shift] ?? [];
    const nowFormulas = after.formulas[r - shift] ?? [];
    for (let c = 0; c < meta.numColumns; c++) {
      if (formulas[r]?.[c] || nowFormulas[c]) continue;
      const was = values[r]?.[c] ?? '';
      if (!sameCell(now[c] ?? '', was)) entries.push({ cell: a1(row, c + 1), before: now[c] ?? '', after: was, rule: 'undo' });
    }
  }
  entries.push({ cell: `${a1(meta.firstRow, 1)}:${a1(meta.firstRow + meta.numRows - 1, meta.numColumns)}`, before: `run ${meta.runId}`, after: 'undone: values, formats, highlights and notes restored', rule: 'undo.run' });
  return entries;
}

export function undoLastCleanRun(): UndoResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const journal = readJournal(ss);
  if (!journal) throw sheetProblem('msg.undo.nothing');
  const { meta, rows } = journal;
  if (meta.pending) throw sheetProblem('msg.undo.running', { sheet: meta.sheetName });
  const sheet = ss.getSheets().find((s) => s.getSheetId() === meta.sheetId);
  if (!sheet) throw sheetProblem('msg.undo.sheetGone', { sheet: meta.sheetName });
  // Dates are read and written back in the spreadsheet's zone as it is now (sheet-dates.ts).
  const timeZone = ss.getSpreadsheetTimeZone();
  const after = readBlock(sheet, meta.firstRow, meta.numColumns, timeZone);
  if (!meta.hashAfter || after.hash !== meta.hashAfter) {
    throw sheetProblem('msg.undo.edited', { sheet: meta.sheetName });
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
  // Values everywhere except formula cells and cells an array formula fills (a value there breaks
  // it); a formula is written back only where it is not the same as before (rows put back, or a
  // reference the removal broke): rewriting an unchanged formula would gain nothing and recalculate it.
  const withHeader = sheet.getRange(meta.headerRow, 1, meta.numRows + 1, meta.numColumns).getFormulas();
  const current = withHeader.slice(1);
  const spills = spillAreas(withHeader, withHeader.length, meta.numColumns);
  const locked = rows.formulas.map((line, r) => line.map((f, c) => (f || isSpilled(spills, r + 1, c) ? 'locked' : '')));
  for (const b of formulaFreeBlocks(locked, meta.numRows, meta.numColumns)) {
    const data: Cell[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const line: Cell[] = [];
      for (let c = b.c0; c <= b.c1; c++) line.push(forWrite(dateForSheet(rows.values[r]?.[c], timeZone), rows.formats[r]?.[c] ?? ''));
      data.push(line);
    }
    sheet.getRange(meta.firstRow + b.r0, b.c0 + 1, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1).setValues(data);
  }
  for (let c = 0; c < meta.numColumns; c++) {
    const stale = (r: number): boolean => Boolean(rows.formulas[r]?.[c]) && rows.formulas[r]?.[c] !== current[r]?.[c];
    for (let r = 0; r < meta.numRows; r++) {
      if (!stale(r)) continue;
      let end = r;
      while (end + 1 < meta.numRows && stale(end + 1)) end++;
      sheet.getRange(meta.firstRow + r, c + 1, end - r + 1, 1).setFormulas(Array.from({ length: end - r + 1 }, (_, i) => [rows.formulas[r + i]?.[c] ?? '']));
      r = end;
    }
  }
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
  const run = newRun();
  appendLog(ss, { runId: run.runId, time: run.time, user: run.user, sheet: meta.sheetName }, undoLog(meta, rows.values, rows.formulas, after));
  clearJournal(ss);
  return {
    ok: true,
    runId: meta.runId,
    sheet: meta.sheetName,
    restoredRows: meta.removed.length,
    message: said('msg.undo.done', { sheet: meta.sheetName, n: meta.removed.length }),
  };
}
