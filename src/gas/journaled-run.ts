// The one way CRM Hygiene changes a data sheet: the undo journal first (the whole block as it was),
// then the writes as time-boxed ops (clean-ops.ts, clean-job.ts), with a log entry for every
// changed cell and every moved row. "Clean this sheet", the sidebar's apply and merge, "Archive
// inactive rows", "Set up dropdowns" and "Flag as outdated" all go through here, so each is
// logged in "CRM Hygiene Log" and undone exactly by "Undo last clean".
import type { ColumnRoles } from '../core/table';
import type { CellChange } from '../core/normalize/normalize-table';
import type { SheetSnapshot } from './sheet-snapshot';
import { sheetProblem } from './sheet-snapshot';
import type { Highlights } from './highlights';
import type { ArchivedRow } from './archive-sheet';
import type { LogEntry } from './log-sheet';
import type { RunContext } from './run-context';
import { a1 } from '../core/table/a1';
import { journalMeta, writeJournal } from './undo-journal';
import { buildOps } from './clean-ops';
import { sortAllowed } from './row-removal';
import { runningClean, startJob, type JobOutcome } from './clean-job';
import { withDateCells } from './sheet-dates';
import { tryPlanBackground } from './background';
import { said } from './messages';

export interface JournaledChanges {
  /** Value changes (never on formula cells). */
  edits: CellChange[];
  /** Column roles: edited phone columns become plain text first. */
  roles?: ColumnRoles;
  highlights?: Highlights;
  /** Rows copied to "CRM Archive" (before any removal). */
  archived?: ArchivedRow[];
  /** 0-based data rows removed from the sheet, ascending. */
  removed?: number[];
  /** Log entries beyond one per edited cell (moved rows, flags). */
  extraLog?: LogEntry[];
}

export interface JournaledOptions {
  startedAt?: number;
  budgetMs?: number;
  chunkRows?: number;
}

/** Refuse while a clean goes on in the background: a new journal would orphan its undo. */
export function refuseWhileRunning(): void {
  const running = runningClean();
  if (running) {
    throw sheetProblem('msg.clean.stillRunning', { sheet: running.sheet, pct: Math.floor(running.progress * 100) });
  }
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
  // Rows removed so far: none yet; the job records them as they go.
  const meta = journalMeta(run, snap, [], 'none', true);
  // The journal first: whatever happens next, "Undo last clean" knows the sheet as it was.
  writeJournal(ss, meta, snap);
  // Dates are calendar dates in the plan: written as date cells at midnight in the sheet's zone (buildOps).
  const edits = withDateCells(changes.edits);
  const log: LogEntry[] = edits.map((e) => ({ cell: a1(snap.firstRow + e.row, e.column + 1), before: e.before, after: e.after, rule: e.rule }));
  if (changes.extraLog) log.push(...changes.extraLog);
  const ops = buildOps({
    snap,
    edits,
    roles: changes.roles ?? [],
    highlights: changes.highlights,
    archived: changes.archived ?? [],
    log,
    removed: changes.removed ?? [],
    chunkRows: options.chunkRows,
    // Sorting would move the values an array formula fills: rows go one run at a time then.
    canSort: (changes.removed ?? []).length > 0 && snap.spills.length === 0 && sortAllowed(sheet),
  });
  const outcome = startJob(ss, sheet, meta, { runId: run.runId, time: run.time, user: run.user, sheet: snap.sheetName, header: snap.header, timeZone: snap.timeZone }, ops, { startedAt, budgetMs: options.budgetMs, hash: snap.hash });
  if (!outcome.done) {
    // The queue is written: the open sidebar carries on, else the document's hourly trigger.
    const problem = tryPlanBackground();
    if (problem) {
      const paused = outcome.progress.message;
      outcome.progress.message = { ...paused, more: [...(paused.more ?? []), said('msg.cleanNoTrigger', { reason: problem.message })] };
    }
  }
  return outcome;
}
