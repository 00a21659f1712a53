import { describe, expect, it } from 'vitest';
import { dueSlot, lastRunSlot, nextRun, parseSchedule, readStoredSchedule, triggerRoomError, triggerSpec } from '../../src/core/audit/schedule';

describe('audit schedules', () => {
  it('weekly: everyWeeks(1) + onWeekDay + atHour; names, short names and 1-7 accepted', () => {
    expect(triggerSpec(parseSchedule({ frequency: 'weekly', weekDay: 'friday', hour: 9 }))).toEqual({ kind: 'weekly', everyWeeks: 1, onWeekDay: 'FRIDAY', atHour: 9 });
    expect(parseSchedule({ frequency: 'weekly', weekDay: 'Tue' }).weekDay).toBe('TUESDAY');
    expect(parseSchedule({ frequency: 'weekly', weekDay: 7 }).weekDay).toBe('SUNDAY');
    expect(parseSchedule({ frequency: 'weekly' })).toEqual({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
  });

  it('monthly: onMonthDay(1-28) + atHour; 29-31 refused (missing in some months)', () => {
    expect(triggerSpec(parseSchedule({ frequency: 'monthly', monthDay: 15, hour: 0 }))).toEqual({ kind: 'monthly', onMonthDay: 15, atHour: 0 });
    expect(() => parseSchedule({ frequency: 'monthly', monthDay: 31 })).toThrow(/1 to 28/);
    expect(() => parseSchedule({ frequency: 'monthly', monthDay: 2.5 })).toThrow(/whole number/);
    expect(() => parseSchedule({ frequency: 'weekly', hour: 24 })).toThrow(/0 to 23/);
    expect(() => parseSchedule({ frequency: 'hourly' })).toThrow(/weekly or monthly/);
    expect(() => parseSchedule(null)).toThrow();
    expect(() => parseSchedule({ frequency: 'weekly', weekDay: 'someday' })).toThrow(/not a day/);
  });

  it('next run', () => {
    const from = new Date(Date.UTC(2026, 10, 22, 10)); // Sunday
    expect(nextRun({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 }, from).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(nextRun({ frequency: 'weekly', weekDay: 'SUNDAY', hour: 7 }, from).toISOString()).toBe('2026-11-29T07:00:00.000Z');
    expect(nextRun({ frequency: 'monthly', monthDay: 1, hour: 7 }, from).toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(nextRun({ frequency: 'monthly', monthDay: 28, hour: 7 }, from).toISOString()).toBe('2026-11-28T07:00:00.000Z');
  });

  it('next run at the hour of the spreadsheet\'s zone (the trigger is built with inTimezone)', () => {
    const weekly = { frequency: 'weekly' as const, weekDay: 'MONDAY' as const, hour: 7 };
    const from = new Date(Date.UTC(2026, 10, 22, 10)); // Sunday 17:00 in Jakarta
    expect(nextRun(weekly, from, 'Asia/Jakarta').toISOString()).toBe('2026-11-23T00:00:00.000Z'); // Monday 07:00 WIB
    expect(nextRun(weekly, from, 'Europe/Prague').toISOString()).toBe('2026-11-23T06:00:00.000Z'); // 07:00 CET
    expect(nextRun(weekly, from, 'America/New_York').toISOString()).toBe('2026-11-23T12:00:00.000Z'); // 07:00 EST
    // Sunday 23:30 UTC is already Monday 06:30 in Jakarta: the run is half an hour away, not a week.
    expect(nextRun(weekly, new Date(Date.UTC(2026, 10, 22, 23, 30)), 'Asia/Jakarta').toISOString()).toBe('2026-11-23T00:00:00.000Z');
    // Summer time: 07:00 in Prague is 05:00 UTC in June.
    expect(nextRun({ frequency: 'monthly', monthDay: 1, hour: 7 }, new Date(Date.UTC(2026, 4, 20)), 'Europe/Prague').toISOString()).toBe('2026-06-01T05:00:00.000Z');
    expect(triggerSpec(weekly, 'Asia/Jakarta')).toEqual({ kind: 'weekly', everyWeeks: 1, onWeekDay: 'MONDAY', atHour: 7, inTimezone: 'Asia/Jakarta' });
    expect(lastRunSlot(weekly, new Date(Date.UTC(2026, 10, 23, 0, 30)), 'Asia/Jakarta').toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('an audit is owed once per run time, after the schedule was set, early firings included', () => {
    const weekly = { frequency: 'weekly' as const, weekDay: 'MONDAY' as const, hour: 7 };
    const monday7 = '2026-11-23T00:00:00.000Z'; // 07:00 in Jakarta
    const at = (iso: string): Date => new Date(iso);
    // Set on Sunday: owed from Monday 07:00 on.
    const since = '2026-11-22T10:00:00.000Z';
    expect(dueSlot(weekly, { since }, at('2026-11-22T23:59:00Z'), 'Asia/Jakarta')).toBeNull();
    expect(dueSlot(weekly, { since }, at('2026-11-23T00:20:00Z'), 'Asia/Jakarta')?.toISOString()).toBe(monday7);
    // A trigger firing ten minutes early counts for 07:00.
    expect(dueSlot(weekly, { since }, at('2026-11-22T23:50:00Z'), 'Asia/Jakarta', 15 * 60_000)?.toISOString()).toBe(monday7);
    // Done for that run time: nothing more until next Monday; a missed week is made up once.
    expect(dueSlot(weekly, { since, lastSlot: monday7 }, at('2026-11-25T00:00:00Z'), 'Asia/Jakarta')).toBeNull();
    expect(dueSlot(weekly, { since, lastSlot: monday7 }, at('2026-12-09T03:00:00Z'), 'Asia/Jakarta')?.toISOString()).toBe('2026-12-07T00:00:00.000Z');
    // Scheduled on Monday at 07:30: this week's run time has passed, so none is owed before next week.
    expect(dueSlot(weekly, { since: '2026-11-23T00:30:00Z' }, at('2026-11-23T01:00:00Z'), 'Asia/Jakarta')).toBeNull();
  });

  it('trigger room: refused at the 20 per account, our own are replaceable', () => {
    expect(triggerRoomError(19, 0)).toBeNull();
    expect(triggerRoomError(20, 0)).toMatchObject({ code: 'msg.triggerLimit', params: { count: 20, limit: 20 }, message: expect.stringMatching(/too many triggers for CRM Hygiene \(20 in this and other spreadsheets; Apps Script allows 20 per account\)/) });
    expect(triggerRoomError(20, 1)).toBeNull();
  });

  it('stored schedules round-trip; junk is null', () => {
    expect(readStoredSchedule(JSON.stringify({ frequency: 'monthly', monthDay: 3, hour: 4, triggerId: 'x', sheetId: 7 }))).toEqual({ frequency: 'monthly', monthDay: 3, hour: 4, triggerId: 'x', sheetId: 7 });
    expect(readStoredSchedule('{nope')).toBeNull();
    expect(readStoredSchedule(null)).toBeNull();
  });
});
