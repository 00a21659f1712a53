// "Clean this sheet": read once, plan purely, re-check, then apply in a few batch writes:
// journal -> phone formats -> values -> highlights and notes -> archive -> log -> row removal,
// as time-boxed steps (clean-job.ts) so a very big sheet continues in the background.
import type { Plan, PlanSummary } from '../core/plan/plan-types';
import { clean } from '../core/plan';
import { outdatedMarksFromNotes } from '../core/audit/outdated';
import { settingsForSheet } from './settings-store';
import { readValueMap } from './lists-sheet';
import { readDecisions } from './decisions-sheet';
import { readSnapshot, currentHash, isLockedCell, sheetProblem, type SheetSnapshot } from './sheet-snapshot';
import type { UserMessage } from '../core/messages';
import { said } from './messages';
import { checkEditable } from './preflight';
import { isAddonSheet } from './sheet-names';
import { a1 } from '../core/table/a1';
import { cellText } from '../core/table/cell-text';
import { allEdits } from './value-writes';
import { computeHighlights } from './highlights';
import type { ArchivedRowInput, RowLogEntry } from './clean-ops';
import type { RunAction } from './undo-journal';
import { applyJournaled, refuseWhileRunning } from './journaled-run';
import { newRun } from './run-context';

export interface CleanResult {
  ok: boolean;
  applied: boolean;
  runId: string;
  sheet: string;
  summary: PlanSummary;
  highlightedRows: number;
  message: UserMessage;
  /** False while the rest of the run continues in the background (a very big sheet). */
  done: boolean;
  /** Share of the run's steps done (1 when done). */
  progress: number;
  /** A1 ranges filled by array formulas in the data rows: never written (core/table/spill.ts). */
  spillRanges: string[];
  /** Messages beyond the summary, with their catalogue codes. */
  notices: UserMessage[];
  /** Up to 50 changes, for a preview: cell, before, after, rule, why. */
  sample: Array<{ cell: string; before: string; after: string; rule: string; why: string }>;
}

interface Prepared {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  snap: SheetSnapshot;
  plan: Plan;
  /** When the execution started (Date.now()), for the time budget; default: when applying. */
  startedAt?: number;
  /** Time budget of one execution (ms) and rows per write step; defaults in clean-job/clean-ops. */
  budgetMs?: number;
  chunkRows?: number;
  /** How the journal names the run: a clean, or a merge from the duplicate review. */
  action?: RunAction;
}

export function prepareClean(now = new Date()): Prepared {
  const startedAt = Date.now();
  refuseWhileRunning();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  if (isAddonSheet(sheet.getName())) throw sheetProblem('msg.addonSheet', { sheet: sheet.getName() });
  const { settings, stored } = settingsForSheet(ss, sheet);
  settings.valueMap = readValueMap(ss).map;
  const snap = readSnapshot(sheet, settings.headerRow, settings.timeZone);
  const plan = clean({ header: snap.header, rows: snap.values }, settings, {
    isProtected: (r, c) => isLockedCell(snap, r, c),
    now,
    notDuplicates: readDecisions(ss, stored),
    outdated: outdatedMarksFromNotes(snap.notes),
  });
  return { ss, sheet, snap, plan, startedAt, budgetMs: stored.cleanBudgetMs, chunkRows: stored.cleanChunkRows };
}

function summaryMessage(sheet: string, s: PlanSummary): UserMessage {
  return said('msg.clean.summary', { sheet, rows: s.rows, changes: s.changes, merged: s.merged, archived: s.archived, review: s.review, before: s.scoreBefore, after: s.scoreAfter });
}

/** The parts of the data rows that array formulas fill, in A1 notation. */
function spillRangesOf(snap: SheetSnapshot): string[] {
  const out: string[] = [];
  for (const s of snap.spills) {
    const last = s.row + s.numRows - 1;
    // Only what reaches below the formula's own cell into the data rows.
    const first = Math.max(s.row + (s.numColumns > 1 ? 0 : 1), 0);
    if (last < first || s.numRows * s.numColumns <= 1) continue;
    out.push(`${a1(snap.firstRow + first, s.column + 1)}:${a1(snap.firstRow + last, s.column + s.numColumns)}`);
  }
  return out;
}

export function describe(p: Prepared, applied: boolean, runId: string, highlightedRows: number): CleanResult {
  const sample = allEdits(p.plan)
    .slice(0, 50)
    .map((e) => ({ cell: a1(p.snap.firstRow + e.row, e.column + 1), before: cellText(e.before), after: cellText(e.after), rule: e.rule, why: e.why }));
  const spillRanges = spillRangesOf(p.snap);
  const notices = spillRanges.length ? [said('msg.cleanSpillSkipped', { ranges: spillRanges.join(', ') })] : [];
  const summary = summaryMessage(p.snap.sheetName, p.plan.summary);
  const message = notices.length ? { ...summary, more: [...(summary.more ?? []), ...notices] } : summary;
  return { ok: true, applied, done: true, progress: 1, runId, sheet: p.snap.sheetName, summary: p.plan.summary, highlightedRows, message, spillRanges, notices, sample };
}

/** Rows removed, ascending (0-based, as read). */
function removedRows(plan: Plan): number[] {
  return plan.merges.flatMap((m) => m.losers).sort((a, b) => a - b);
}

export function applyPrepared(p: Prepared): CleanResult {
  const { ss, sheet, snap, plan } = p;
  const startedAt = p.startedAt ?? Date.now();
  // The plan is only valid for the values it was made from.
  if (currentHash(sheet, snap.firstRow, snap.numColumns, snap.timeZone) !== snap.hash) {
    throw sheetProblem('msg.sheet.changed', { sheet: snap.sheetName });
  }
  checkEditable(ss, sheet);
  const run = newRun();
  const removed = removedRows(plan);
  const gone = new Set(removed);
  const hl = computeHighlights(plan, snap.backgrounds, snap.notes, gone);
  const archived: ArchivedRowInput[] = [];
  for (const m of plan.merges) {
    for (const loser of m.losers) archived.push({ row: loser, reason: m.reason, primaryRow: snap.firstRow + m.primary });
  }
  archived.sort((a, b) => a.row - b.row);
  const rowLog: RowLogEntry[] = archived.map((r) => {
    const at = snap.firstRow + r.row;
    return { row: r.row, cell: `${a1(at, 1)}:${a1(at, snap.numColumns)}`, before: `row ${at}`, after: `merged into row ${r.primaryRow}; moved to CRM Archive`, rule: 'merge.archive' };
  });
  const outcome = applyJournaled(
    ss, sheet, snap, run,
    { action: p.action ?? 'clean', edits: allEdits(plan), roles: plan.roles, highlights: hl, archived, removed, rowLog },
    { startedAt, budgetMs: p.budgetMs, chunkRows: p.chunkRows },
  );

  const result = describe(p, true, run.runId, hl.highlightedRows);
  if (!outcome.done) {
    result.done = false;
    result.progress = outcome.progress.progress;
    result.message = outcome.progress.message;
  }
  return result;
}
