// The menu's "Schedule audits" prompt, read as people type the answer.
import { describe, expect, it } from 'vitest';
import { parseSchedule, parseScheduleAnswer } from '../../src/core/audit/schedule';

describe('parseScheduleAnswer', () => {
  it('reads weekly answers with a day and an hour, an hour only, or nothing', () => {
    expect(parseScheduleAnswer('weekly monday 7')).toEqual({ frequency: 'weekly', weekDay: 'monday', hour: 7 });
    expect(parseScheduleAnswer('  Weekly, FRI, 16 ')).toEqual({ frequency: 'weekly', weekDay: 'fri', hour: 16 });
    expect(parseScheduleAnswer('week 9')).toEqual({ frequency: 'weekly', weekDay: undefined, hour: 9 });
    expect(parseScheduleAnswer('weekly')).toEqual({ frequency: 'weekly', weekDay: undefined, hour: 7 });
  });

  it('reads monthly answers with a day and an hour', () => {
    expect(parseScheduleAnswer('monthly 1 7')).toEqual({ frequency: 'monthly', monthDay: 1, hour: 7 });
    expect(parseScheduleAnswer('month 15')).toEqual({ frequency: 'monthly', monthDay: 15, hour: 7 });
  });

  it('reads stop or off, and nothing else', () => {
    expect(parseScheduleAnswer('stop')).toBe('stop');
    expect(parseScheduleAnswer('OFF')).toBe('stop');
    expect(parseScheduleAnswer('mingguan senin 7')).toBeNull();
    expect(parseScheduleAnswer('')).toBeNull();
  });

  it('leaves the range checks to parseSchedule, with a clear sentence', () => {
    const answer = parseScheduleAnswer('monthly 31 7');
    expect(() => parseSchedule(answer)).toThrow('The day of the month must be a whole number from 1 to 28.');
    expect(() => parseSchedule(parseScheduleAnswer('weekly someday 7'))).toThrow('"someday" is not a day of the week.');
  });
});
