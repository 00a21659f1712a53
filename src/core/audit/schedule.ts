/**
 * Audit schedules: what the user picks (weekly or monthly, a day and an hour) turned into the
 * one time-driven trigger Apps Script can express. Pure, so the rules are tested without a fake.
 *
 * Apps Script has no "every month" builder: a monthly audit is `onMonthDay(day).atHour(hour)`,
 * and days 29-31 do not exist in every month, so the day is limited to 1-28. Add-on triggers
 * fire at most hourly, and the hour is a window (9 means "between 9 and 10").
 */

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

export class ScheduleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

function weekDayOf(input: AuditScheduleRequest['weekDay']): WeekDayName {
  if (input === undefined || input === null || input === '') return 'MONDAY';
  if (typeof input === 'number') {
    const day = WEEK_DAYS[input - 1];
    if (!Number.isInteger(input) || !day) throw new ScheduleError('The day of the week must be 1 (Monday) to 7 (Sunday).');
    return day;
  }
  const upper = String(input).trim().toUpperCase();
  const hit = WEEK_DAYS.find((d) => d === upper || d.slice(0, 3) === upper);
  if (!hit) throw new ScheduleError(`"${String(input)}" is not a day of the week.`);
  return hit;
}

function integerIn(value: unknown, min: number, max: number, fallback: number, what: string): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new ScheduleError(`${what} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}

/** Validate a request (from the sidebar: untrusted JSON) into a schedule; throws ScheduleError. */
export function parseSchedule(request: unknown): AuditSchedule {
  if (!request || typeof request !== 'object') throw new ScheduleError('Choose weekly or monthly audits.');
  const r = request as AuditScheduleRequest;
  const hour = integerIn(r.hour, 0, 23, DEFAULT_AUDIT_HOUR, 'The hour');
  if (r.frequency === 'weekly') return { frequency: 'weekly', weekDay: weekDayOf(r.weekDay), hour };
  if (r.frequency === 'monthly') {
    // 29-31 are missing in some months; a trigger on day 31 would silently skip them.
    return { frequency: 'monthly', monthDay: integerIn(r.monthDay, 1, 28, 1, 'The day of the month'), hour };
  }
  throw new ScheduleError('Choose weekly or monthly audits.');
}

export function triggerSpec(schedule: AuditSchedule): TriggerSpec {
  if (schedule.frequency === 'weekly') {
    return { kind: 'weekly', everyWeeks: 1, onWeekDay: schedule.weekDay ?? 'MONDAY', atHour: schedule.hour };
  }
  return { kind: 'monthly', onMonthDay: schedule.monthDay ?? 1, atHour: schedule.hour };
}

function titleCase(day: string): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "every Monday between 07:00 and 08:00", "on the 1st of every month between 07:00 and 08:00". */
export function describeSchedule(schedule: AuditSchedule): string {
  const h = String(schedule.hour).padStart(2, '0');
  const next = String((schedule.hour + 1) % 24).padStart(2, '0');
  const window = `between ${h}:00 and ${next}:00`;
  if (schedule.frequency === 'weekly') return `every ${titleCase(schedule.weekDay ?? 'MONDAY')} ${window}`;
  return `on the ${ordinal(schedule.monthDay ?? 1)} of every month ${window}`;
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
export function triggerRoomError(existing: number, ours: number): string | null {
  const others = existing - ours;
  if (others >= TRIGGER_HEADROOM_LIMIT) {
    return `This project already has ${others} triggers (Apps Script allows 20). Remove some in Extensions > Apps Script > Triggers before scheduling audits.`;
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

/**
 * What a person typed in the menu's "Schedule audits" prompt: "weekly monday 7", "weekly 9",
 * "monthly 1 7", "stop" (or "off"). null when it is none of these; the request is validated later
 * by parseSchedule, like the sidebar's.
 */
export function parseScheduleAnswer(text: string): AuditScheduleRequest | 'stop' | null {
  const words = text.trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
  const [what, a, b] = words;
  if (what === 'stop' || what === 'off') return 'stop';
  if (what === 'weekly' || what === 'week') {
    const isHour = a !== undefined && /^\d+$/.test(a);
    return { frequency: 'weekly', weekDay: isHour ? undefined : a, hour: Number(isHour ? a : b ?? 7) };
  }
  if (what === 'monthly' || what === 'month') return { frequency: 'monthly', monthDay: Number(a ?? 1), hour: Number(b ?? 7) };
  return null;
}
