/**
 * Audit schedules: what the user picks (weekly or monthly, a day and an hour) turned into the
 * one time-driven trigger Apps Script can express. Pure, so the rules are tested without a fake.
 *
 * Apps Script has no "every month" builder: a monthly audit is `onMonthDay(day).atHour(hour)`,
 * and days 29-31 do not exist in every month, so the day is limited to 1-28. Add-on triggers
 * fire at most hourly, and the hour is a window (9 means "between 9 and 10").
 */
import { CodedError, type MessageParams, type UserMessage } from '../messages';

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
  /** 0-23 in the script's time zone. Default 7. */
  hour?: number;
}

/** A validated schedule, as stored in document properties. */
export interface AuditSchedule {
  frequency: AuditFrequency;
  weekDay?: WeekDayName;
  monthDay?: number;
  hour: number;
}

/** The builder calls that create the trigger, as data. */
export type TriggerSpec =
  | { kind: 'weekly'; everyWeeks: 1; onWeekDay: WeekDayName; atHour: number }
  | { kind: 'monthly'; onMonthDay: number; atHour: number };

export const DEFAULT_AUDIT_HOUR = 7;
/** Refuse to add ours when the project already has this many triggers (Apps Script allows 20). */
export const TRIGGER_HEADROOM_LIMIT = 15;

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

export function triggerSpec(schedule: AuditSchedule): TriggerSpec {
  if (schedule.frequency === 'weekly') {
    return { kind: 'weekly', everyWeeks: 1, onWeekDay: schedule.weekDay ?? 'MONDAY', atHour: schedule.hour };
  }
  return { kind: 'monthly', onMonthDay: schedule.monthDay ?? 1, atHour: schedule.hour };
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
 * Whether we may add one more trigger: refuse well before Apps Script's hard limit of 20, so the
 * user's own automations keep room. `ours` counts triggers we will delete first.
 */
export function triggerRoomError(existing: number, ours: number): UserMessage | null {
  const others = existing - ours;
  if (others >= TRIGGER_HEADROOM_LIMIT) {
    const message = `This project already has ${others} triggers (Apps Script allows 20). Remove some in Extensions > Apps Script > Triggers and try again.`;
    return { code: 'msg.triggers.full', params: { n: others }, message };
  }
  return null;
}

/** Next run time after `from` (UTC hours; used for the sidebar's "next audit" text and tests). */
export function nextRun(schedule: AuditSchedule, from: Date): Date {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), schedule.hour));
  if (schedule.frequency === 'weekly') {
    const want = WEEK_DAYS.indexOf(schedule.weekDay ?? 'MONDAY'); // 0 = Monday
    const have = (d.getUTCDay() + 6) % 7;
    let add = (want - have + 7) % 7;
    if (add === 0 && d.getTime() <= from.getTime()) add = 7;
    d.setUTCDate(d.getUTCDate() + add);
    return d;
  }
  const day = schedule.monthDay ?? 1;
  const candidate = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), day, schedule.hour));
  if (candidate.getTime() > from.getTime()) return candidate;
  return new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, day, schedule.hour));
}
