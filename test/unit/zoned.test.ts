// Calendar dates in the spreadsheet's zone (core/table/zoned.ts): what getValues gives for a date
// cell becomes that calendar date, and back, in zones east and west of UTC and across daylight
// saving changes. The process runs in Honolulu (test/setup/process-zone.ts), unlike every zone here.
import { describe, expect, it } from 'vitest';
import { instantAt, wallClock, wallClockGrid, zoneOffset } from '../../src/core/table/zoned';
import { cellText } from '../../src/core/table/cell-text';
import { dateKeyOf } from '../../src/core/dedupe/keys';

const utc = (iso: string): Date => new Date(iso);

describe('wall clock in the spreadsheet\'s zone', () => {
  it('a date cell read by Sheets (midnight in the zone) is that calendar date', () => {
    const cases: Array<[string, string]> = [
      ['Asia/Jakarta', '1990-04-30T17:00:00.000Z'],
      ['Asia/Ho_Chi_Minh', '1990-04-30T17:00:00.000Z'],
      ['Europe/Prague', '1990-04-30T22:00:00.000Z'], // summer time, UTC+2
      ['Europe/Stockholm', '1990-04-30T22:00:00.000Z'],
      ['Europe/Istanbul', '1990-04-30T21:00:00.000Z'],
      ['America/New_York', '1990-05-01T04:00:00.000Z'],
    ];
    for (const [zone, midnight] of cases) {
      const wall = wallClock(utc(midnight), zone);
      expect(cellText(wall), zone).toBe('1990-05-01');
      expect(dateKeyOf(wall), zone).toBe('19900501');
      expect(instantAt(wall, zone).toISOString(), zone).toBe(midnight);
    }
  });

  it('offsets follow daylight saving: Prague is +1 in winter, +2 in summer', () => {
    expect(zoneOffset(Date.UTC(2024, 0, 15), 'Europe/Prague')).toBe(3_600_000);
    expect(zoneOffset(Date.UTC(2024, 6, 15), 'Europe/Prague')).toBe(7_200_000);
    expect(zoneOffset(Date.UTC(2024, 6, 15), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffset(Date.UTC(2024, 6, 15), 'Etc/UTC')).toBe(0);
    expect(zoneOffset(Date.UTC(2024, 6, 15), undefined)).toBe(0);
  });

  it('clocks turned back: the first of the two instants; turned forward: read with the offset before', () => {
    // 27 Oct 2024, 02:30 happens twice in Prague (CEST then CET).
    expect(instantAt(utc('2024-10-27T02:30:00Z'), 'Europe/Prague').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    // 31 Mar 2024, 02:30 does not exist in Prague; it is read as 03:30 summer time.
    const gap = instantAt(utc('2024-03-31T02:30:00Z'), 'Europe/Prague');
    expect(cellText(wallClock(gap, 'Europe/Prague'))).toBe('2024-03-31 03:30:00');
  });

  it('keeps the time of a date-time cell and round-trips every hour of a year', () => {
    for (const zone of ['Asia/Jakarta', 'Europe/Prague', 'America/New_York']) {
      for (let h = 0; h < 24 * 366; h += 7) {
        const instant = new Date(Date.UTC(2024, 0, 1) + h * 3_600_000);
        expect(instantAt(wallClock(instant, zone), zone).getTime(), `${zone} +${h}h`).toBe(instant.getTime());
      }
    }
    expect(cellText(wallClock(utc('2024-03-01T02:15:30Z'), 'Asia/Jakarta'))).toBe('2024-03-01 09:15:30');
  });

  it('an unknown zone reads as UTC instead of failing the run; invalid dates stay invalid', () => {
    expect(wallClock(utc('2024-03-01T00:00:00Z'), 'Not/AZone').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(Number.isNaN(wallClock(new Date(NaN), 'Asia/Jakarta').getTime())).toBe(true);
  });

  it('a grid: only Dates change, the grid read is not modified', () => {
    const grid = [['Budi', utc('1990-04-30T17:00:00Z'), 42, '']];
    const out = wallClockGrid(grid, 'Asia/Jakarta');
    expect(out[0]?.map(cellText)).toEqual(['Budi', '1990-05-01', '42', '']);
    expect((grid[0]?.[1] as Date).toISOString()).toBe('1990-04-30T17:00:00.000Z');
  });
});
