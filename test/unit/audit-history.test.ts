import { describe, expect, it } from 'vitest';
import { HISTORY_HEADER, historyRow, parseHistory, trendOf } from '../../src/core/audit/history';

describe('audit history rows and trend', () => {
  it('writes one row per audit and reads it back; broken rows are skipped', () => {
    const t = new Date(Date.UTC(2026, 0, 5, 7));
    const row = historyRow({ time: t, sheet: 'Contacts', rows: 500, score: 81.5, flaggedRows: 60, counts: { stale: 40, 'invalid-email': 3 }, trigger: 'scheduled' });
    expect(row).toHaveLength(HISTORY_HEADER.length);
    const points = parseHistory([row, ['junk', 'x'], ['', '', '', '']]);
    expect(points).toEqual([{ time: t.toISOString(), sheet: 'Contacts', rows: 500, score: 81.5, flaggedRows: 60, counts: { stale: 40, 'invalid-email': 3 }, trigger: 'scheduled' }]);
  });

  it('trend compares with the previous audit of the same sheet', () => {
    const p = (sheet: string, score: number) => ({ time: '2026-01-01T00:00:00.000Z', sheet, rows: 1, score, flaggedRows: 0, counts: {}, trigger: 'manual' });
    expect(trendOf([]).direction).toBe('none');
    expect(trendOf([p('A', 70)]).text).toMatch(/first audit/);
    expect(trendOf([p('A', 70), p('B', 10), p('A', 75.5)])).toMatchObject({ direction: 'up', change: 5.5, latest: 75.5 });
    expect(trendOf([p('A', 70), p('A', 60)])).toMatchObject({ direction: 'down', change: -10 });
    expect(trendOf([p('A', 70), p('A', 70)]).direction).toBe('flat');
  });
});
