// ScriptApp: installable triggers with the 20-triggers-per-user-per-script limit, builders that
// reject invalid combinations, and the enums the add-on reads.
export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
export const WeekDay = {
  MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY',
} as const;
export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT' } as const;
export const TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' } as const;

export const MAX_TRIGGERS = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface TriggerSpec {
  kind: 'after' | 'at' | 'minutes' | 'hours' | 'days' | 'weeks' | 'monthDay' | 'spreadsheet';
  every?: number;
  afterMs?: number;
  at?: Date;
  weekDay?: string;
  monthDay?: number;
  hour?: number;
  event?: string;
}

let nextId = 1;

export class FakeTrigger {
  readonly __kind = 'Trigger';
  readonly id = String(nextId++);
  constructor(readonly handler: string, readonly spec: TriggerSpec, readonly created: number) {}
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
}

export class TriggerStore {
  triggers: FakeTrigger[] = [];
  constructor(private readonly now: () => number) {}
  add(handler: string, spec: TriggerSpec): FakeTrigger {
    if (this.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    const t = new FakeTrigger(handler, spec, this.now());
    this.triggers.push(t);
    return t;
  }
  remove(t: FakeTrigger): void {
    const i = this.triggers.indexOf(t);
    if (i < 0) throw new Error('Invalid argument: trigger');
    this.triggers.splice(i, 1);
  }
}

export class FakeClockTriggerBuilder {
  readonly __kind = 'ClockTriggerBuilder';
  private spec: TriggerSpec | null = null;
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
  nearMinute(_minute: number): this {
    return this;
  }
  inTimezone(_tz: string): this {
    return this;
  }
  create(): FakeTrigger {
    if (!this.spec) throw new Error('The trigger has no schedule.');
    return this.store.add(this.handler, this.spec);
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
