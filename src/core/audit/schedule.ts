/**
 * Audit schedules: what the user picks (weekly or monthly, a day and an hour) turned into the
 * one time-driven trigger Apps Script can express. Pure, so the rules are tested without a fake.
 *
 * Apps Script has no "every month" builder: a monthly audit is `onMonthDay(day).atHour(hour)`,
 * and days 29-31 do not exist in every month, so the day is limited to 1-28. Add-on triggers
 * fire at most hourly, and the hour is a window (9 means "between 9 and 10"). Hours are the
 * spreadsheet's: the trigger is built with inTimezone(spreadsheet zone) (by default Apps Script
 * reads them in the script's zone, Etc/UTC), and the next run is computed in that zone too.
 */
import { CodedError, type MessageParams, type UserMessage } from '../messages';
import { instantAt, wallClock } from '../table/zoned';

export type AuditFrequency = 'weekly' | 'monthly';

export const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type WeekDayName = (typeof WEEK_DAYS)[number];

/** What the menu or the sidebar asks for (plain JSON). */
export interface AuditScheduleRequest {
  frequency: AuditFrequency;
  /** Weekly: day name ('MONDAY'...) or 1-7 (1 = Monday). Default Monday. */
  weekDay?: WeekDayName | string | number;
  /** Monthly: 1-28. Default 1. */
  monthDay?: number;
  /** 0-23 in the spreadsheet's time zone. Default 7. */
  hour?: number;
}

/** A validated schedule, as stored in document properties. */
export interface AuditSchedule {
  frequency: AuditFrequency;
  weekDay?: WeekDayName;
  monthDay?: number;
  hour: number;
}

/** The builder calls that create the trigger, as data (`inTimezone` when a zone is known). */
export type TriggerSpec =
  | { kind: 'weekly'; everyWeeks: 1; onWeekDay: WeekDayName; atHour: number; inTimezone?: string }
  | { kind: 'monthly'; onMonthDay: number; atHour: number; inTimezone?: string };

export const DEFAULT_AUDIT_HOUR = 7;
/**
 * Apps Script allows 20 triggers per user per script. For an installed add-on the script is the
 * add-on, so they are the user's CRM Hygiene triggers in all their spreadsheets.
 */
export const TRIGGER_LIMIT = 20;

/** A schedule request that cannot be used; its message is a catalogue code (English included). */
export class ScheduleError extends CodedError {
  constructor(code: string, message: string, params: MessageParams = {}) {
    super({ code, params, message });
    this.name = 'ScheduleError';
  }
}

function weekDayOf(input: AuditScheduleRequest['weekDay']): WeekDayName {
  if (input === undefined || input === null || input === '') return 'MONDAY';
  if (typeof input === 'number') {
    const day = WEEK_DAYS[input - 1];
    if (!Number.isInteger(input) || !day) throw new ScheduleError('msg.schedule.badWeekday', 'The day of the week must be 1 (Monday) to 7 (Sunday).');
    return day;
  }
  const upper = String(input).trim().toUpperCase();
  const hit = WEEK_DAYS.find((d) => d === upper || d.slice(0, 3) === upper);
  if (!hit) throw new ScheduleError('msg.schedule.notWeekday', `“${String(input)}” is not a day of the week.`, { value: String(input) });
  return hit;
}

function integerIn(value: unknown, min: number, max: number, fallback: number, what: 'hour' | 'monthDay'): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    const english = `${what === 'hour' ? 'The hour' : 'The day of the month'} must be a whole number from ${min} to ${max}.`;
    throw new ScheduleError(what === 'hour' ? 'msg.schedule.badHour' : 'msg.schedule.badMonthDay', english, { min, max });
  }
  return n;
}

/** Validate a request (from the sidebar: untrusted JSON) into a schedule; throws ScheduleError. */
export function parseSchedule(request: unknown): AuditSchedule {
  if (!request || typeof request !== 'object') throw new ScheduleError('msg.schedule.choose', 'Choose weekly or monthly audits.');
  const r = request as AuditScheduleRequest;
  const hour = integerIn(r.hour, 0, 23, DEFAULT_AUDIT_HOUR, 'hour');
  if (r.frequency === 'weekly') return { frequency: 'weekly', weekDay: weekDayOf(r.weekDay), hour };
  if (r.frequency === 'monthly') {
    // 29-31 are missing in some months; a trigger on day 31 would silently skip them.
    return { frequency: 'monthly', monthDay: integerIn(r.monthDay, 1, 28, 1, 'monthDay'), hour };
  }
  throw new ScheduleError('msg.schedule.choose', 'Choose weekly or monthly audits.');
}

export function triggerSpec(schedule: AuditSchedule, timeZone?: string): TriggerSpec {
  const zone = timeZone ? { inTimezone: timeZone } : {};
  if (schedule.frequency === 'weekly') {
    return { kind: 'weekly', everyWeeks: 1, onWeekDay: schedule.weekDay ?? 'MONDAY', atHour: schedule.hour, ...zone };
  }
  return { kind: 'monthly', onMonthDay: schedule.monthDay ?? 1, atHour: schedule.hour, ...zone };
}

/** Reads a stored schedule back; null when absent or unreadable (never throws). */
export function readStoredSchedule(raw: string | null | undefined): (AuditSchedule & { triggerId?: string; sheetId?: number; since?: string }) | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const schedule = parseSchedule(parsed);
    const out: AuditSchedule & { triggerId?: string; sheetId?: number; since?: string } = schedule;
    if (typeof parsed.triggerId === 'string') out.triggerId = parsed.triggerId;
    if (typeof parsed.sheetId === 'number') out.sheetId = parsed.sheetId;
    if (typeof parsed.since === 'string') out.since = parsed.since;
    return out;
  } catch {
    return null;
  }
}

/**
 * Whether one more trigger fits under the limit, with a clear message instead of Apps Script's
 * own error; `ours` counts the triggers about to be replaced.
 */
export function triggerRoomError(existing: number, ours: number): UserMessage | null {
  const others = existing - ours;
  if (others >= TRIGGER_LIMIT) {
    const message = `Your account has too many triggers for CRM Hygiene (${others} in this and other spreadsheets; Apps Script allows ${TRIGGER_LIMIT} per account). Stop scheduled audits or clean at entry in a spreadsheet you no longer use, then try again. Nothing was changed.`;
    return { code: 'msg.triggerLimit', params: { count: others, limit: TRIGGER_LIMIT }, message };
  }
  return null;
}

const DAY_MS = 86_400_000;

/** The scheduled wall-clock time on a calendar day (UTC fields), or null when it is not a run day. */
function slotOn(schedule: AuditSchedule, day: Date): number | null {
  const runs = schedule.frequency === 'weekly'
    ? WEEK_DAYS[(day.getUTCDay() + 6) % 7] === (schedule.weekDay ?? 'MONDAY')
    : day.getUTCDate() === (schedule.monthDay ?? 1);
  return runs ? Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), schedule.hour) : null;
}

/** Scheduled runs from the day of `at` on, walking `step` days at a time (weeks and months fit in 62). */
function scanSlots(schedule: AuditSchedule, at: Date, timeZone: string | undefined, step: 1 | -1, keep: (slot: number, wall: number) => boolean): Date {
  const wall = wallClock(at, timeZone).getTime();
  const today = Math.floor(wall / DAY_MS) * DAY_MS;
  for (let d = 0; d <= 62; d++) {
    const slot = slotOn(schedule, new Date(today + step * d * DAY_MS));
    if (slot !== null && keep(slot, wall)) return instantAt(new Date(slot), timeZone);
  }
  throw new Error('No audit run within two months of this schedule.'); // unreachable: weeks and months repeat within 62 days
}

/** The first run after `from`, in the spreadsheet's zone (UTC when none is given). */
export function nextRun(schedule: AuditSchedule, from: Date, timeZone?: string): Date {
  return scanSlots(schedule, from, timeZone, 1, (slot, wall) => slot > wall);
}

/** The last run time at or before `at` (the slot an audit at `at` belongs to). */
export function lastRunSlot(schedule: AuditSchedule, at: Date, timeZone?: string): Date {
  return scanSlots(schedule, at, timeZone, -1, (slot, wall) => slot <= wall);
}

/** A trigger may fire up to 15 minutes before its hour (nearMinute is ±15): that run is the hour's. */
export const EARLY_FIRE_MS = 15 * 60_000;

/**
 * The scheduled time an audit is owed for at `now`, or null: the last run time at or before `now`
 * (plus `earlyMs`, when a trigger fires), if it comes after the moment the schedule was set and
 * after the run time of the last audit. Run times missed while a long clean held the document's
 * one trigger are made up by one audit, not one per missed week.
 */
export function dueSlot(
  schedule: AuditSchedule,
  done: { since?: string; lastSlot?: string },
  now: Date,
  timeZone?: string,
  earlyMs = 0,
): Date | null {
  const slot = lastRunSlot(schedule, new Date(now.getTime() + earlyMs), timeZone);
  const since = done.since ? Date.parse(done.since) : -Infinity;
  const last = done.lastSlot ? Date.parse(done.lastSlot) : -Infinity;
  return slot.getTime() > since && slot.getTime() > last ? slot : null;
}
