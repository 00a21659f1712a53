// The document's one time-driven trigger, shared by scheduled audits and long cleans. An installed
// editor add-on may hold one trigger of each event type per user per document and run a
// time-driven one at most hourly (Workspace add-ons guide, "Triggers for editor add-ons"), so a
// second clock trigger next to the audit's would be refused. The trigger is re-planned after
// everything that changes what it must do:
//   - a clean waits in the queue (or an audit is owed now): every hour;
//   - else audits are scheduled: weekly or monthly at the chosen hour, in the spreadsheet's zone;
//   - else none.
// The open sidebar drives a waiting clean faster (sidebarContinueClean); the hourly trigger is the
// fallback when nobody has it open. When a collaborator re-plans the trigger it becomes theirs;
// the previous owner's trigger removes itself the next time it fires.
import { triggerSpec, type TriggerSpec } from '../core/audit/schedule';
import type { CleanJobProgress } from '../contract/sidebar';
import type { UserMessage } from '../core/messages';
import { failureMessage } from './dialogs';
import { continueJob, queuedJob, readProgress, type JobOutcome } from './clean-job';
import { said } from './messages';
import { readSchedule } from './schedule-store';
import { owedSlot, runOwedAudit } from './scheduled-audit';
import { effectiveUser } from './run-context';
import { checkRoom, createHourlyTrigger, createScheduleTrigger, deleteTriggersById, liveTriggerIds, triggerById } from './triggers';

export const BACKGROUND_HANDLER = 'runBackgroundWork';
const STATE_PROPERTY = 'crmHygiene.background';
/** An audit is started only with this much of the execution left (the clean's chunk came first). */
const AUDIT_NEEDS_MS = 120_000;
const EXECUTION_MS = 360_000;

type Plan = { kind: 'none' } | { kind: 'hourly' } | { kind: 'schedule'; spec: TriggerSpec };

export interface BackgroundState {
  triggerId?: string;
  /** Whose trigger it is (a collaborator cannot see another's triggers). */
  owner?: string;
  /** The plan it was made for, as JSON. */
  plan?: string;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readBackground(): BackgroundState {
  try {
    const parsed: unknown = JSON.parse(props().getProperty(STATE_PROPERTY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as BackgroundState) : {};
  } catch {
    return {};
  }
}

function cleanWaiting(): boolean {
  return queuedJob(SpreadsheetApp.getActiveSpreadsheet()) !== null;
}

function wantedPlan(now: Date): Plan {
  if (cleanWaiting()) return { kind: 'hourly' };
  const schedule = readSchedule();
  if (!schedule) return { kind: 'none' };
  if (owedSlot(schedule, now)) return { kind: 'hourly' };
  return { kind: 'schedule', spec: triggerSpec(schedule, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()) };
}

/** Clock triggers of older versions still there (a schedule's own, a one-off continuation): they hold the one slot. */
function legacyTriggerIds(): string[] {
  return liveTriggerIds([readSchedule()?.triggerId, queuedJob(SpreadsheetApp.getActiveSpreadsheet())?.triggerId]);
}

/**
 * Make the document's trigger match what it must do now: at most one clock trigger, found by its
 * unique id. Called after a clean pauses or finishes, after scheduling, and by the trigger itself.
 */
export function planBackground(now = new Date()): BackgroundState {
  const state = readBackground();
  const want = wantedPlan(now);
  const key = JSON.stringify(want);
  const me = effectiveUser();
  const mine = !state.owner || state.owner === me ? triggerById(state.triggerId) : null;
  const legacy = legacyTriggerIds();
  if (mine && state.plan === key && legacy.length === 0) return state;
  const old = [mine?.getUniqueId(), ...legacy];
  if (want.kind === 'none') {
    deleteTriggersById(old);
    props().deleteProperty(STATE_PROPERTY);
    return {};
  }
  checkRoom(old.filter(Boolean).length);
  deleteTriggersById(old);
  const trigger = want.kind === 'hourly' ? createHourlyTrigger(BACKGROUND_HANDLER) : createScheduleTrigger(BACKGROUND_HANDLER, want.spec);
  const next: BackgroundState = { triggerId: trigger.getUniqueId(), owner: me, plan: key };
  props().setProperty(STATE_PROPERTY, JSON.stringify(next));
  return next;
}

/** planBackground for callers that must not fail because of a trigger; the reason, or null. */
export function tryPlanBackground(): UserMessage | null {
  try {
    planBackground();
    return null;
  } catch (e) {
    return failureMessage(e);
  }
}

/**
 * After the first execution of a run (a clean, any journaled action, an undo): when steps are left
 * in the queue, the open sidebar carries on, else the document's hourly trigger, planned here.
 * When no trigger can be set up the message says to keep the sidebar open.
 */
export function continueInBackground(outcome: JobOutcome): JobOutcome {
  if (outcome.done) return outcome;
  const problem = tryPlanBackground();
  if (problem) {
    const paused = outcome.progress.message;
    outcome.progress.message = { ...paused, more: [...(paused.more ?? []), said('msg.cleanNoTrigger', { reason: problem.message })] };
  }
  return outcome;
}

/** The trigger's work: the waiting clean's next chunk, an owed audit, then the trigger re-planned. */
export function runBackgroundWork(e?: { triggerUid?: string }, startedAt = Date.now()): void {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(10_000)) {
    // Another execution works on the document: an audit owed now moves the trigger to hourly.
    tryPlanBackground();
    return;
  }
  try {
    const state = readBackground();
    const fired = e?.triggerUid;
    if (fired && fired !== state.triggerId) {
      // Not the document's trigger (an older version's, or replaced by a collaborator's): retire it.
      deleteTriggersById([fired]);
      if (state.owner && state.owner !== effectiveUser()) return;
    }
    if (cleanWaiting()) continueJob(startedAt);
    if (!cleanWaiting() && EXECUTION_MS - (Date.now() - startedAt) > AUDIT_NEEDS_MS) runOwedAudit(new Date());
    planBackground();
  } finally {
    lock.releaseLock();
  }
}

/** The open sidebar's next step of a waiting clean (it asks again until done). */
export function continueFromSidebar(): CleanJobProgress | null {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(1000)) return readProgress();
  try {
    const outcome = continueJob(Date.now());
    // Done (or stopped): the hourly fallback is no longer needed.
    if (!cleanWaiting()) tryPlanBackground();
    return outcome?.progress ?? readProgress();
  } finally {
    lock.releaseLock();
  }
}
