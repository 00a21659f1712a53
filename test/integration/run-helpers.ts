// What the integration tests of runs and undo share: the data sheet's state compared exactly,
// the log and the archive as rows, forcing a clean into background steps, and carrying a waiting
// run on the way Apps Script would: the document's hourly background trigger, or the open sidebar.
import { expect } from 'vitest';
import { dump, type Harness } from './gas-harness';
import type { FakeSheet } from '../fake/sheet';
import { englishText, type UserMessage } from '../../src/core/messages';
import { clockNow, runClock } from './clock';

export const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;

export const lastAlert = (h: Harness): string => h.gas.ui.alerts.at(-1)?.prompt ?? '';

/**
 * The used block of a sheet: values (typed), formulas, formats, backgrounds, notes. Formula cells
 * are compared by formula: the fake does not evaluate formulas, so a formula written back shows
 * no value where Sheets would recalculate it.
 */
export function exact(h: Harness, sheet: FakeSheet = h.sheet): unknown {
  const d = dump(sheet) as { values: string[][]; formulas: string[][] };
  if (!d.values) return d;
  return { ...d, values: d.values.map((row, r) => row.map((v, c) => (d.formulas[r]?.[c] ? 'formula' : v))) };
}

export function sheetNamed(h: Harness, name: string): FakeSheet | null {
  return h.gas.spreadsheet.getSheetByName(name);
}

/** Rows below the header of one of our sheets (or []), each as read. */
export function rowsOf(h: Harness, name: string): unknown[][] {
  const sheet = sheetNamed(h, name);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return sheet.getRange(2, 1, sheet.getLastRow() - 1, Math.max(1, sheet.getLastColumn())).getValues();
}

export const logRows = (h: Harness): unknown[][] => rowsOf(h, 'CRM Hygiene Log');
export const archiveRows = (h: Harness): unknown[][] => rowsOf(h, 'CRM Archive');

/** Settings as the add-on stores them, with the advanced step knobs (rows per step: by cost when omitted). */
export function forceSteps(h: Harness, budgetMs: number, chunkRows?: number): void {
  const stored = JSON.parse(h.gas.documentProperties.getProperty('crmHygiene.settings') ?? '{}') as Record<string, unknown>;
  h.gas.documentProperties.setProperty('crmHygiene.settings', JSON.stringify({ ...stored, cleanBudgetMs: budgetMs, cleanChunkRows: chunkRows }));
}

const HOUR = 3_600_000;

/** Steps wait in the queue (a clean or an undo that did not fit one execution). */
export function runWaiting(h: Harness): boolean {
  const queue = sheetNamed(h, 'CRM Clean Queue');
  return Boolean(queue && queue.getLastRow() > 0 && String(queue.getRange(1, 1).getValue()) !== '');
}

/**
 * Let an hour pass with the sidebar closed: the document's one background trigger (hourly in an
 * add-on) fires once, as Apps Script would, and carries the waiting run on. False when none waits.
 */
export function fireContinuation(h: Harness): boolean {
  if (!runWaiting(h)) return false;
  const clocks = h.gas.triggers.clockTriggers();
  expect(clocks.map((t) => t.getHandlerFunction())).toEqual(['runBackgroundWork']);
  expect(runClock(h, clockNow(h) + HOUR)).toHaveLength(1);
  return true;
}

/** The open sidebar's next step of the waiting run (what sidebar/src/waiting-clean.ts calls). */
export function continueFromSidebar(h: Harness): boolean {
  if (!runWaiting(h)) return false;
  h.bundle.sidebarContinueClean();
  return true;
}

/** Run every pending continuation; returns how many executions it took. */
export function runToEnd(h: Harness, limit = 1000): number {
  let n = 0;
  while (fireContinuation(h)) {
    n++;
    expect(n).toBeLessThan(limit);
  }
  return n;
}

/**
 * Undo from the menu; returns its summary. An undo too big for one execution goes on in the
 * background: its steps are run to the end, and the summary is the one it finishes with.
 */
export function undoFromMenu(h: Harness): string {
  h.bundle.menuUndoLastClean();
  if (!lastAlert(h).startsWith('Undoing ')) return lastAlert(h);
  runToEnd(h);
  const done = plain<{ state: string; message: UserMessage }>(h.bundle.getCleanProgress());
  expect(done.state).toBe('done');
  const text = englishText(done.message);
  h.gas.ui.alerts.push({ title: 'CRM Hygiene', prompt: text });
  return text;
}
