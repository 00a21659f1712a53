// The handlers of the add-on's installable triggers. They run with no UI and must never get in a
// typist's way, so a failure becomes a log line (the scheduled audit also saves its outcome for
// the sidebar).
import { runScheduledAuditNow } from '../gas/audit-schedule';
import { handleEdit, type EditOutcome } from '../gas/entry-guard';
import { continueJob } from '../gas/clean-job';

function logFailure(prefix: string, e: unknown): void {
  console.log(`${prefix}: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * Time-driven trigger of scheduled audits (no UI; the outcome is saved for the sidebar).
 * @param {Object} e the time-driven event
 */
export function runScheduledAudit(_e?: unknown): void {
  try {
    runScheduledAuditNow();
  } catch (e) {
    logFailure('CRM Hygiene scheduled audit failed', e);
  }
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

/** Time-driven trigger (one-off): the next time-boxed chunk of a clean too big for one execution. */
export function continueCleanSheet(): void {
  try {
    continueJob();
  } catch (e) {
    logFailure('CRM Hygiene: continuing the clean failed', e);
  }
}
