// Dates in the spreadsheet's time zone, through the built bundle and the strict fake, in three
// spreadsheet zones and a process zone unlike all of them (Pacific/Honolulu, set for every test in
// test/setup/process-zone.ts). Each clock time below is chosen so that reading "today" in UTC or in
// the process's zone gives another day than the spreadsheet's.
import { describe, expect, it } from 'vitest';
import { dump, harness, type Harness } from './gas-harness';
import { forceSteps, runToEnd, undoFromMenu } from './run-helpers';
import { runClock, setClock } from './clock';
import { instantAt, wallOf } from '../fake/zone';
import type { Cell } from '../../src/core/table';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
const DAY = 86_400_000;
const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Birth date', 'Last contact'];

/** The spreadsheet zones, and a wall-clock time of 15 June 2025 that is another day in UTC. */
const ZONES: Array<{ zone: string; locale: string; hour: number; minute: number }> = [
  { zone: 'Asia/Jakarta', locale: 'id_ID', hour: 6, minute: 0 }, // 23:00 UTC on the 14th
  { zone: 'Europe/Prague', locale: 'cs_CZ', hour: 0, minute: 30 }, // 22:30 UTC on the 14th
  { zone: 'America/New_York', locale: 'en_US', hour: 21, minute: 30 }, // 01:30 UTC on the 16th
];

/** A sheet whose dates are typed in the cells as a person types them. */
function sheetIn(zone: string, locale: string): Harness {
  const rows: Cell[][] = [
    HEADER,
    ['Budi Santoso', 'budi.santoso@gmail.com', '0812-3456-7890', 'PT Maju Jaya', 'Indonesia', '', ''],
    ['BUDI SANTOSO', 'budi.santoso@gmail.com', '+62 812 3456 7890', '', '', '', ''],
    ['Siti Rahayu', 'siti.r@gmail.com', '', '', 'Indonesia', '', ''],
    // Typed as text, day first, in a plain-text cell: the same day as the date cell above it.
    ['Siti Rahayu', 'siti.rahayu@yahoo.co.id', '', '', 'Indonesia', '20/11/1985', ''],
    ['Dewi Lestari', 'dewi@firma.co.id', '', '', '', '', ''],
  ];
  const h = harness({ values: rows }, locale, zone);
  const typed: Array<[string, string]> = [['F3', '1990-05-01'], ['F4', '1985-11-20'], ['G2', '2025-05-01'], ['G3', '2025-05-02'], ['G4', '2023-12-14'], ['G5', '2023-12-15'], ['G6', '2023-12-16']];
  for (const [a1, text] of typed) h.sheet.getRange(a1).setValue(text);
  return h;
}

/** Sets the fake's clock to that wall-clock time of 15 June 2025 in the spreadsheet's zone. */
function at15June(h: Harness, zone: string, hour: number, minute: number): void {
  setClock(h, instantAt(Date.UTC(2025, 5, 15, hour, minute), zone));
  expect(new Date(wallOf(h.gas.env.now(), zone)).toISOString().slice(0, 10)).toBe('2025-06-15');
}

describe.each(ZONES)('dates in $zone', ({ zone, locale, hour, minute }) => {
  it('a date typed as 1990-05-01 keys, logs and displays as 1990-05-01', () => {
    const h = sheetIn(zone, locale);
    at15June(h, zone, hour, minute);
    // Keys: the date cell and the text "20/11/1985" are one birth date: offered for review as such.
    type Review = { rows: number[]; fields: Array<{ role: string; values: Array<{ row: number; text: string }> }>; evidence: Array<{ field: string; sense: string }> };
    const clusters = plain<Review[]>(h.bundle.sidebarGetReviewClusters());
    const siti = clusters.find((c) => c.rows.includes(4));
    expect(siti?.rows).toEqual([4, 5]);
    expect(siti?.evidence).toContainEqual(expect.objectContaining({ field: 'birthDate', sense: 'match' }));
    // Displays: the sidebar shows the cell as the calendar date typed.
    expect(siti?.fields.find((f) => f.role === 'birthDate')?.values).toEqual([{ row: 4, text: '1985-11-20' }, { row: 5, text: '1985-11-20' }]);

    h.bundle.menuCleanSheet();
    // The duplicate of Budi is merged; its birth date fills the kept row: logged and shown as typed.
    expect(h.sheet.getRange('F2').getDisplayValues()[0]?.[0]).toBe('1990-05-01');
    const kept = h.sheet.getRange('F2').getValue() as Date;
    expect(new Date(wallOf(kept.getTime(), zone)).toISOString()).toBe('1990-05-01T00:00:00.000Z');
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const entries = (log?.getRange(2, 1, log.getLastRow() - 1, 8).getDisplayValues() ?? []).map((r) => ({ time: r[1], cell: r[4], before: r[5], after: r[6], rule: r[7] }));
    expect(entries).toContainEqual(expect.objectContaining({ cell: 'F2', before: '', after: '1990-05-01', rule: 'merge.fill' }));
    // The log's time column shows the spreadsheet's clock: 15 June.
    expect(entries[0]?.time?.slice(0, 10)).toBe('2025-06-15');
    // The merge note quotes the other row's last contact as typed.
    expect(h.sheet.getRange('A2').getNote()).toMatch(/Other Last contact: 2025-05-02/);
    const archive = h.gas.spreadsheet.getSheetByName('CRM Archive');
    const archived = archive?.getRange(2, 1, 1, archive.getLastColumn()).getDisplayValues()[0] ?? [];
    expect(archived).toContain('1990-05-01');
    expect(archived[0]?.slice(0, 10)).toBe('2025-06-15');
  });

  it('undo of that clean, in one go or in background steps, puts every cell back on its day and logs the dates as typed', () => {
    for (const steps of [false, true]) {
      const h = sheetIn(zone, locale);
      at15June(h, zone, hour, minute);
      const before = dump(h.sheet);
      if (steps) forceSteps(h, 0, 1);
      h.bundle.menuCleanSheet();
      runToEnd(h);
      expect(h.sheet.getRange('F2').getDisplayValues()[0]?.[0]).toBe('1990-05-01');
      const summary = undoFromMenu(h);
      expect(summary).toMatch(/^Undid Clean this sheet/);
      expect(summary).not.toMatch(/left as they are/);
      // The journal and the archive kept the cells as the sheet holds them: no day moved.
      expect(dump(h.sheet)).toEqual(before);
      const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
      const undone = (log?.getRange(2, 1, log.getLastRow() - 1, 8).getDisplayValues() ?? []).filter((r) => r[7] === 'undo').map((r) => [r[4], r[5], r[6]]);
      expect(undone).toContainEqual(['F2', '1990-05-01', '']);
    }
  });

  it('stale cut-offs are exact to the day: on 15 June 2025, 14 Dec 2023 is more than 18 months ago, 15 Dec is not', () => {
    const h = sheetIn(zone, locale);
    at15June(h, zone, hour, minute);
    const preview = plain<{ inactive: number; sample: Array<{ row: number; why: object }> }>(h.bundle.previewArchiveInactive({ months: 18 }));
    expect(preview.sample.map((s) => s.row)).toEqual([4]);
    expect(preview.sample[0]?.why).toMatchObject({ code: 'msg.archive.why', params: { column: 'Last contact', value: '2023-12-14' } });
    const audit = plain<{ counts: Record<string, number> }>(h.bundle.runAuditNow());
    expect(audit.counts.stale).toBe(1);
    // "Flag as outdated" writes the spreadsheet's day in its note.
    h.gas.spreadsheet.setActiveRange(h.sheet.getRange('A6'));
    h.gas.ui.responses.push({ button: 'OK', text: 'left the company' });
    h.bundle.menuFlagOutdated();
    expect(h.sheet.getRange('A6').getNote()).toMatch(/on 2025-06-15: left the company/);
  });

  it('a weekly audit at hour 7 fires at 07:00 spreadsheet time, and the sidebar gets that zone', () => {
    const h = sheetIn(zone, locale);
    at15June(h, zone, hour, minute); // a Sunday
    const schedule = plain<{ nextRun: string; timeZone: string }>(h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 }));
    expect(schedule.timeZone).toBe(zone);
    expect(new Date(wallOf(Date.parse(schedule.nextRun), zone)).toISOString()).toMatch(/^2025-06-16T07:00/);
    const fired = runClock(h, h.gas.env.now() + 7 * DAY);
    expect(fired).toHaveLength(1);
    const when = new Date(wallOf(fired[0]?.at ?? 0, zone));
    expect(when.toISOString()).toBe('2025-06-16T07:00:00.000Z');
    const history = h.gas.spreadsheet.getSheetByName('CRM Audit History');
    expect(history?.getRange(2, 1).getDisplayValues()[0]?.[0]).toBe('2025-06-16 07:00:00');
    expect(plain<{ timeZone: string }>(h.bundle.sidebarGetOverview()).timeZone).toBe(zone);
  });
});
