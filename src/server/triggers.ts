// The handlers of the add-on's installable triggers. They run with no UI and must never get in a
// typist's way, so a failure becomes a log line (the scheduled audit also saves its outcome for
// the sidebar).
import { runBackgroundWork as runBackground } from '../gas/background';
import { handleEdit, type EditOutcome } from '../gas/entry-guard';

function logFailure(prefix: string, e: unknown): void {
  console.log(`${prefix}: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * The document's one time-driven trigger: the next steps of a clean too big for one execution,
 * and the scheduled audit when it is due (no UI; the outcome is saved for the sidebar).
 * @param {Object} e the time-driven event (triggerUid)
 */
export function runBackgroundWork(e?: { triggerUid?: string }): void {
  try {
    runBackground(e);
  } catch (err) {
    logFailure('CRM Hygiene background work failed', err);
  }
}

/**
 * Handler of the weekly or monthly audit trigger of earlier versions: does what runBackgroundWork does.
 * @param {Object} e the time-driven event
 */
export function runScheduledAudit(e?: { triggerUid?: string }): void {
  runBackgroundWork(e);
}

/**
 * Handler of the one-off continuation trigger of earlier versions: does what runBackgroundWork does.
 * @param {Object} e the time-driven event
 */
export function continueCleanSheet(e?: { triggerUid?: string }): void {
  runBackgroundWork(e);
}

/**
 * Installable edit trigger of clean at entry: normalizes edited cells, marks duplicate rows.
 * @param {Object} e the edit event (range, value, oldValue, source)
 */
export function onCrmHygieneEdit(e: GoogleAppsScript.Events.SheetsOnEdit): EditOutcome | null {
  try {
    return handleEdit(e);
  } catch (err) {
    logFailure('CRM Hygiene clean at entry skipped an edit', err);
    return null;
  }
}
