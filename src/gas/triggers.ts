// ScriptApp triggers the add-on owns: at most one time-driven audit trigger and one edit trigger
// per document. Ours are recognised by handler name and by the unique id saved in document
// properties, so setting a schedule up twice replaces it instead of adding a second trigger.
import { triggerRoomError, type TriggerSpec } from '../core/audit/schedule';
import { CodedError } from '../core/messages';

type Trigger = GoogleAppsScript.Script.Trigger;

export class TriggerLimitError extends CodedError {}

/** The current user's triggers of this project for this document (what an add-on may manage). */
export function documentTriggers(): Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
}

/** Ours: same handler, or the id we saved (a renamed handler must still be found). */
export function findOurs(all: Trigger[], handler: string, savedId: string | null | undefined): Trigger[] {
  return all.filter((t) => t.getHandlerFunction() === handler || (savedId ? t.getUniqueId() === savedId : false));
}

export function deleteTriggers(list: Trigger[]): number {
  for (const t of list) ScriptApp.deleteTrigger(t);
  return list.length;
}

/** Throws a clear message when adding one more trigger would get near the 20-trigger limit. */
export function checkRoom(ours: number): void {
  const message = triggerRoomError(ScriptApp.getProjectTriggers().length, ours);
  if (message) throw new TriggerLimitError(message);
}

export function createClockTrigger(handler: string, spec: TriggerSpec): Trigger {
  const clock = ScriptApp.newTrigger(handler).timeBased();
  if (spec.kind === 'weekly') {
    return clock.everyWeeks(spec.everyWeeks).onWeekDay(ScriptApp.WeekDay[spec.onWeekDay]).atHour(spec.atHour).create();
  }
  return clock.onMonthDay(spec.onMonthDay).atHour(spec.atHour).create();
}

export function createEditTrigger(handler: string): Trigger {
  return ScriptApp.newTrigger(handler).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
}

/**
 * Replace our trigger for `handler` with a new one, in this order: check room (counting the ones
 * we are about to delete), delete ours, create. Returns the new trigger's unique id.
 */
export function replaceTrigger(handler: string, savedId: string | null | undefined, create: () => Trigger): string {
  const ours = findOurs(documentTriggers(), handler, savedId);
  checkRoom(ours.length);
  deleteTriggers(ours);
  return create().getUniqueId();
}
