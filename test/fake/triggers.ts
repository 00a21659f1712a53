// ScriptApp: installable triggers as Apps Script keeps them, and when they fire.
// - 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
// - getProjectTriggers() lists the current user's triggers of the project; getUserTriggers(doc)
//   the current user's triggers whose source is that document, so never a clock trigger (its source
//   is the clock) (https://developers.google.com/apps-script/reference/script/script-app).
// - Add-on mode (an installed editor add-on, the default here): one trigger of each event type per
//   user per document, and a time-driven trigger runs at most once an hour
//   (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, "Restrictions", and
//   https://developers.google.com/apps-script/guides/triggers/installable, "Time-driven triggers").
//   everyMinutes() is refused; a one-off after(ms) shorter than an hour is delayed to an hour
//   (after() only promises a minimum: https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)).
// - A clock trigger's hours are in the zone given to inTimezone(), else the script's zone
//   (manifest timeZone) (ClockTriggerBuilder.inTimezone). The fake fires at the start of the hour
//   (Apps Script picks a minute within it) and a one-off trigger stays listed after it fired, until
//   the script deletes it.
import { checkTimeZone, instantAt, wallOf } from './zone';

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
export const WeekDay = {
  MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY',
} as const;
export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT' } as const;
export const TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' } as const;

export const MAX_TRIGGERS = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ADDON_TOO_MANY_CLOCK = 'This add-on has created too many time-based triggers in this document for this Google user account.';
// The reference gives the rules but not these two messages: the fake's own wording.
export const ADDON_TOO_MANY_OF_TYPE = 'This add-on has created too many triggers of this type in this document for this Google user account.';
export const ADDON_TOO_FREQUENT = 'Add-ons may not create time-based triggers that run more often than once an hour.';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface TriggerSpec {
  kind: 'after' | 'at' | 'minutes' | 'hours' | 'days' | 'weeks' | 'monthDay' | 'spreadsheet';
  every?: number;
  afterMs?: number;
  at?: Date;
  weekDay?: string;
  monthDay?: number;
  hour?: number;
  minute?: number;
  /** inTimezone(); unset = the script's zone. */
  timeZone?: string;
  event?: string;
}

/** Who creates a trigger, in which document. */
export interface TriggerContext {
  owner: string;
  docId: string;
}

let nextId = 1;

export class FakeTrigger {
  readonly __kind = 'Trigger';
  readonly id = String(nextId++);
  /** Last time it fired (ms), or null. */
  firedAt: number | null = null;
  constructor(
    readonly handler: string,
    readonly spec: TriggerSpec,
    readonly created: number,
    readonly owner = 'owner@example.com',
    readonly docId = 'fake-spreadsheet-id',
  ) {}
  getHandlerFunction(): string {
    return this.handler;
  }
  getUniqueId(): string {
    return this.id;
  }
  getEventType(): string {
    return this.spec.kind === 'spreadsheet' ? (this.spec.event as string) : EventType.CLOCK;
  }
  getTriggerSource(): string {
    return this.spec.kind === 'spreadsheet' ? TriggerSource.SPREADSHEETS : TriggerSource.CLOCK;
  }
  getTriggerSourceId(): string | null {
    return this.spec.kind === 'spreadsheet' ? this.docId : null;
  }
}

const WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** The first wall-clock time after `wallFrom` (ms as UTC) that matches a daily/weekly/monthly spec. */
function nextWall(spec: TriggerSpec, wallFrom: number): number {
  const from = new Date(wallFrom);
  const minutes = (spec.hour ?? 0) * 60 + (spec.minute ?? 0);
  for (let d = 0; d <= 400; d++) {
    const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + d));
    const t = day.getTime() + minutes * 60_000;
    if (t <= wallFrom) continue;
    if (spec.kind === 'weeks' && WEEK[(day.getUTCDay() + 6) % 7] !== (spec.weekDay ?? 'MONDAY')) continue;
    if (spec.kind === 'monthDay' && day.getUTCDate() !== spec.monthDay) continue;
    return t;
  }
  throw new Error('fake: no next run within 400 days');
}

export class TriggerStore {
  triggers: FakeTrigger[] = [];
  /** An installed editor add-on (false: a script bound to the spreadsheet, during development). */
  addon = true;
  constructor(
    private readonly now: () => number,
    private readonly scriptTimeZone: () => string = () => 'Etc/UTC',
    private readonly context: () => TriggerContext = () => ({ owner: 'owner@example.com', docId: 'fake-spreadsheet-id' }),
  ) {}

  /** `as`: a trigger of another user or document (tests set up what already exists). */
  add(handler: string, spec: TriggerSpec, as?: Partial<TriggerContext>): FakeTrigger {
    const { owner, docId } = { ...this.context(), ...as };
    const mine = this.triggers.filter((t) => t.owner === owner);
    if (mine.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    if (this.addon) {
      const clock = spec.kind !== 'spreadsheet';
      if (spec.kind === 'minutes') throw new Error(ADDON_TOO_FREQUENT);
      const type = clock ? EventType.CLOCK : spec.event;
      if (mine.some((t) => t.docId === docId && t.getEventType() === type)) throw new Error(clock ? ADDON_TOO_MANY_CLOCK : ADDON_TOO_MANY_OF_TYPE);
    }
    const t = new FakeTrigger(handler, spec, this.now(), owner, docId);
    this.triggers.push(t);
    return t;
  }
  remove(t: FakeTrigger): void {
    const i = this.triggers.indexOf(t);
    if (i < 0 || t.owner !== this.context().owner) throw new Error('Invalid argument: trigger');
    this.triggers.splice(i, 1);
  }
  /** The current user's triggers (getProjectTriggers). */
  visible(): FakeTrigger[] {
    const { owner } = this.context();
    return this.triggers.filter((t) => t.owner === owner);
  }
  /** The current user's triggers whose source is this document (getUserTriggers(doc)). */
  ofDocument(docId: string): FakeTrigger[] {
    return this.visible().filter((t) => t.getTriggerSourceId() === docId);
  }
  clockTriggers(docId = this.context().docId): FakeTrigger[] {
    return this.triggers.filter((t) => t.docId === docId && t.getEventType() === EventType.CLOCK);
  }

  /** When a clock trigger fires next (ms), or null when it never fires again. */
  nextFire(t: FakeTrigger): number | null {
    const s = t.spec;
    const zone = s.timeZone ?? this.scriptTimeZone();
    const last = t.firedAt ?? t.created;
    const minGap = this.addon ? HOUR : 0;
    switch (s.kind) {
      case 'spreadsheet':
        return null;
      case 'after':
        return t.firedAt !== null ? null : t.created + Math.max(s.afterMs ?? 0, minGap);
      case 'at':
        return t.firedAt !== null ? null : Math.max((s.at as Date).getTime(), t.created + minGap);
      case 'minutes':
        return last + (s.every ?? 1) * 60_000;
      case 'hours':
        return last + (s.every ?? 1) * HOUR;
      case 'days': {
        const first = instantAt(nextWall(s, wallOf(t.created, zone)), zone);
        if (t.firedAt === null) return first;
        return instantAt(nextWall(s, wallOf(t.firedAt, zone) + ((s.every ?? 1) - 1) * DAY), zone);
      }
      case 'weeks':
      case 'monthDay':
        return instantAt(nextWall(s, wallOf(last, zone) + (t.firedAt !== null && s.kind === 'weeks' ? ((s.every ?? 1) - 1) * 7 * DAY : 0)), zone);
    }
  }

  /** The clock trigger that fires first at or before `until` (ms), with when. */
  firstDue(until: number): { trigger: FakeTrigger; at: number } | null {
    let best: { trigger: FakeTrigger; at: number } | null = null;
    for (const t of this.triggers) {
      const at = this.nextFire(t);
      if (at !== null && at <= until && (!best || at < best.at)) best = { trigger: t, at };
    }
    return best;
  }
}

export class FakeClockTriggerBuilder {
  readonly __kind = 'ClockTriggerBuilder';
  private spec: TriggerSpec | null = null;
  private zone: string | undefined;
  constructor(private readonly store: TriggerStore, private readonly handler: string) {}
  private set(spec: TriggerSpec): this {
    if (this.spec && this.spec.kind !== spec.kind) throw new Error('Already chose a recurring or one-time schedule for this trigger.');
    this.spec = { ...this.spec, ...spec };
    return this;
  }
  after(ms: number): this {
    if (!(ms >= 0)) throw new Error('Invalid argument: durationMilliseconds');
    return this.set({ kind: 'after', afterMs: ms });
  }
  at(date: Date): this {
    return this.set({ kind: 'at', at: date });
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('The minute value must be one of 1, 5, 10, 15 or 30.');
    return this.set({ kind: 'minutes', every: n });
  }
  everyHours(n: number): this {
    if (!Number.isInteger(n) || n < 1) throw new Error('Invalid argument: n');
    return this.set({ kind: 'hours', every: n });
  }
  everyDays(n: number): this {
    return this.set({ kind: 'days', every: n });
  }
  everyWeeks(n: number): this {
    return this.set({ kind: 'weeks', every: n });
  }
  onWeekDay(day: string): this {
    if (!this.spec || this.spec.kind !== 'weeks') throw new Error('onWeekDay() may only be used with everyWeeks().');
    if (!Object.values(WeekDay).includes(day as never)) throw new Error('Invalid argument: day');
    this.spec.weekDay = day;
    return this;
  }
  onMonthDay(day: number): this {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error('Invalid argument: day');
    return this.set({ kind: 'monthDay', monthDay: day });
  }
  atHour(hour: number): this {
    if (!this.spec || !['days', 'weeks', 'monthDay'].includes(this.spec.kind)) throw new Error('atHour() requires a daily, weekly or monthly trigger.');
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    this.spec.hour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new Error('Invalid argument: minute');
    if (this.spec) this.spec.minute = minute;
    return this;
  }
  inTimezone(timeZone: string): this {
    this.zone = checkTimeZone(timeZone);
    return this;
  }
  create(): FakeTrigger {
    if (!this.spec) throw new Error('The trigger has no schedule.');
    return this.store.add(this.handler, this.zone ? { ...this.spec, timeZone: this.zone } : { ...this.spec });
  }
}

export class FakeSpreadsheetTriggerBuilder {
  readonly __kind = 'SpreadsheetTriggerBuilder';
  private event: string | null = null;
  constructor(private readonly store: TriggerStore, private readonly handler: string) {}
  onEdit(): this {
    this.event = EventType.ON_EDIT;
    return this;
  }
  onChange(): this {
    this.event = EventType.ON_CHANGE;
    return this;
  }
  onOpen(): this {
    this.event = EventType.ON_OPEN;
    return this;
  }
  onFormSubmit(): this {
    this.event = EventType.ON_FORM_SUBMIT;
    return this;
  }
  create(): FakeTrigger {
    if (!this.event) throw new Error('The trigger has no event type.');
    return this.store.add(this.handler, { kind: 'spreadsheet', event: this.event });
  }
}

export class FakeTriggerBuilder {
  readonly __kind = 'TriggerBuilder';
  constructor(private readonly store: TriggerStore, private readonly handler: string) {
    if (typeof handler !== 'string' || handler === '') throw new Error('Invalid argument: functionName');
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.store, this.handler);
  }
  forSpreadsheet(_spreadsheet: unknown): FakeSpreadsheetTriggerBuilder {
    return new FakeSpreadsheetTriggerBuilder(this.store, this.handler);
  }
}
