// The one way CRM Hygiene changes a data sheet: check there is room, open the run in the undo
// journal, then write in time-boxed steps (clean-ops.ts, clean-job.ts), each journaled and logged
// before it writes. "Clean this sheet", the sidebar's apply and merge, "Archive inactive rows",
// "Set up dropdowns" and "Flag as outdated" all go through here, so each is logged in "CRM
// Hygiene Log" and undone exactly by "Undo last clean", newest run first.
import type { ColumnRoles } from '../core/table';
import type { CellChange } from '../core/normalize/normalize-table';
import type { SheetSnapshot } from './sheet-snapshot';
import { sheetProblem } from './sheet-snapshot';
import type { Highlights } from './highlights';
import type { RunContext } from './run-context';
import { startRun, type RunAction, type RunMeta } from './undo-journal';
import { buildUnits, type ArchivedRowInput, type RowLogEntry, type Unit } from './clean-ops';
import { sortAllowed } from './row-removal';
import { runningClean, startJob, type JobOutcome } from './clean-job';
import { runRowHashes } from './row-hashes';
import { checkRoom, LOG_WIDTH, missingHelperSheets, NEW_SHEET_CELLS } from './workbook-room';
import { ARCHIVE_FIXED } from './archive-sheet';
import { CHUNK_CHARS } from './text-chunks';
import { withDateCells } from './sheet-dates';
import { continueInBackground } from './background';

export interface JournaledChanges {
  /** What the user asked for: named in the journal and in the undo summary. */
  action: RunAction;
  /** Value changes (never on formula cells). */
  edits: CellChange[];
  /** Column roles: edited phone columns become plain text first. */
  roles?: ColumnRoles;
  highlights?: Highlights;
  /** Rows copied to "CRM Archive" (before any removal). */
  archived?: ArchivedRowInput[];
  /** 0-based data rows removed from the sheet, ascending. */
  removed?: number[];
  /** Log entries beyond one per edited cell (moved rows, flags), each with its data row. */
  rowLog?: RowLogEntry[];
}

export interface JournaledOptions {
  startedAt?: number;
  budgetMs?: number;
  chunkRows?: number;
}

/** Refuse while a clean goes on in the background: one run writes at a time. */
export function refuseWhileRunning(): void {
  const running = runningClean();
  if (running) {
    throw sheetProblem('msg.clean.stillRunning', { sheet: running.sheet, pct: Math.floor(running.progress * 100) });
  }
}

/**
 * Cells the run's bookkeeping may add to the workbook: two log rows per change (the run's and
 * its undo's), archive rows, the journal and the queue (text in cells of 40,000 characters, about
 * a fifth of the queue's size in journal), a helper column when rows are sorted away, and each
 * helper sheet created on the way (a new sheet is 1000 x 26 until cut to size).
 */
export function roomNeeded(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, snap: SheetSnapshot, units: Unit[], changes: JournaledChanges): number {
  const logRows = changes.edits.length + (changes.rowLog?.length ?? 0);
  const archived = changes.archived?.length ?? 0;
  let queueChars = 0;
  for (const u of units) queueChars += u.chars;
  const textCells = Math.ceil(queueChars / CHUNK_CHARS) * (2 + 3 / 5) + 10;
  return 2 * logRows * LOG_WIDTH + archived * (ARCHIVE_FIXED.length + snap.numColumns) + textCells + 2 * snap.numRows + missingHelperSheets(ss) * NEW_SHEET_CELLS;
}

export function applyJournaled(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  snap: SheetSnapshot,
  run: RunContext,
  changes: JournaledChanges,
  options: JournaledOptions = {},
): JobOutcome {
  const startedAt = options.startedAt ?? Date.now();
  refuseWhileRunning();
  const removed = changes.removed ?? [];
  // Dates are calendar dates in the plan: written as date cells at midnight in the sheet's zone.
  const edits = withDateCells(changes.edits);
  const units = buildUnits({
    snap,
    edits,
    roles: changes.roles ?? [],
    highlights: changes.highlights,
    archived: changes.archived ?? [],
    rowLog: changes.rowLog ?? [],
    removed,
    chunkRows: options.chunkRows,
    // Sorting would move the values an array formula fills: rows go one run at a time then.
    canSort: removed.length > 0 && snap.spills.length === 0 && sortAllowed(sheet),
  });
  checkRoom(ss, roomNeeded(ss, snap, units, changes));
  const meta: RunMeta = {
    runId: run.runId, action: changes.action, time: run.time.toISOString(), user: run.user, sheetId: snap.sheetId, sheetName: snap.sheetName,
    headerRow: snap.headerRow, firstRow: snap.firstRow, numRows: snap.numRows, numColumns: snap.numColumns, state: 'running', done: 0, total: units.length,
  };
  // The journal first: whatever happens next, "Undo last clean" knows this run.
  startRun(ss, meta, runRowHashes(snap, edits));
  const runOf = { runId: run.runId, time: run.time, user: run.user, sheet: snap.sheetName, header: snap.header, timeZone: snap.timeZone };
  return continueInBackground(startJob(ss, sheet, meta, runOf, units, { startedAt, budgetMs: options.budgetMs, snapshot: snap }));
}
