// ScriptApp triggers the add-on owns: one time-driven trigger per document (background.ts) and one
// edit trigger (clean at entry). Rules of an installed editor add-on: one trigger of each event
// type per user per document, time-driven at most hourly. getProjectTriggers() lists the user's
// triggers of *every* document the add-on is used in, and getUserTriggers(doc) never lists a clock
// trigger (its source is the clock), so ours are found only by the unique id saved in this
// document's properties; an edit trigger may also be recognised by its source, this document.
import { triggerRoomError, type TriggerSpec } from '../core/audit/schedule';
import { CodedError } from '../core/messages';

type Trigger = GoogleAppsScript.Script.Trigger;

/** No room for one more trigger (msg.triggerLimit). */
export class TriggerLimitError extends CodedError {}

/** Our trigger with this unique id, when the current user owns it (others' are invisible). */
export function triggerById(id: string | null | undefined): Trigger | null {
  if (!id) return null;
  return ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id) ?? null;
}

/** Those of these ids whose trigger still exists and is the current user's. */
export function liveTriggerIds(ids: ReadonlyArray<string | null | undefined>): string[] {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return [];
  const live = new Set(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()));
  return wanted.filter((id) => live.has(id));
}

/** Deletes the triggers with these ids that the current user can see; returns how many. */
export function deleteTriggersById(ids: ReadonlyArray<string | null | undefined>): number {
  const wanted = new Set(ids.filter((id): id is string => Boolean(id)));
  if (wanted.size === 0) return 0;
  let n = 0;
  for (const t of ScriptApp.getProjectTriggers()) {
    if (!wanted.has(t.getUniqueId())) continue;
    ScriptApp.deleteTrigger(t);
    n++;
  }
  return n;
}

/** The user's edit triggers of this handler on this spreadsheet (older versions saved no id). */
export function editTriggersHere(handler: string): Trigger[] {
  const id = SpreadsheetApp.getActiveSpreadsheet().getId();
  return ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_EDIT && t.getTriggerSourceId() === id,
  );
}

/** Throws a clear message when adding one more trigger would go over the 20-trigger limit. */
export function checkRoom(replacing: number): void {
  const existing = ScriptApp.getProjectTriggers().length;
  const message = triggerRoomError(existing, replacing);
  if (message) throw new TriggerLimitError(message);
}

/** The scheduled audit's trigger, its hours in the spreadsheet's zone. */
export function createScheduleTrigger(handler: string, spec: TriggerSpec): Trigger {
  const clock = ScriptApp.newTrigger(handler).timeBased();
  const timed = spec.kind === 'weekly'
    ? clock.everyWeeks(spec.everyWeeks).onWeekDay(ScriptApp.WeekDay[spec.onWeekDay]).atHour(spec.atHour)
    : clock.onMonthDay(spec.onMonthDay).atHour(spec.atHour);
  return (spec.inTimezone ? timed.inTimezone(spec.inTimezone) : timed).create();
}

/** Every hour: the most an add-on's clock trigger may run (background work that is waiting). */
export function createHourlyTrigger(handler: string): Trigger {
  return ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
}

export function createEditTrigger(handler: string): Trigger {
  return ScriptApp.newTrigger(handler).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
}
