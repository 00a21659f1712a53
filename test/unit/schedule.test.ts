import { describe, expect, it } from 'vitest';
import { nextRun, parseSchedule, readStoredSchedule, triggerRoomError, triggerSpec } from '../../src/core/audit/schedule';

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

  it('trigger headroom: refuse at 15 others, our own are replaceable', () => {
    expect(triggerRoomError(14, 0)).toBeNull();
    expect(triggerRoomError(15, 0)).toMatchObject({ code: 'msg.triggers.full', params: { n: 15 }, message: expect.stringMatching(/already has 15 triggers/) });
    expect(triggerRoomError(15, 1)).toBeNull();
  });

  it('stored schedules round-trip; junk is null', () => {
    expect(readStoredSchedule(JSON.stringify({ frequency: 'monthly', monthDay: 3, hour: 4, triggerId: 'x', sheetId: 7 }))).toEqual({ frequency: 'monthly', monthDay: 3, hour: 4, triggerId: 'x', sheetId: 7 });
    expect(readStoredSchedule('{nope')).toBeNull();
    expect(readStoredSchedule(null)).toBeNull();
  });
});
