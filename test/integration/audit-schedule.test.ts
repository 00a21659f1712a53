// Scheduled audits through the built bundle and the strict fake (add-on mode): one clock trigger
// per document however often it is set up, found by its unique id, with its hours in the
// spreadsheet's zone; refused at the 20-trigger limit; removed by stop; when it fires it audits and
// appends a history row with a score chart.
import { describe, expect, it } from 'vitest';
import '../fake/charts';
import { sheetCharts } from '../fake/charts';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { clockNow, runClock, setClock } from './clock';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
const DAY = 86_400_000;

describe('Schedule audits', () => {
  it('rescheduling three times leaves one trigger, found by id; stop removes it', () => {
    const h = h0();
    const first = plain<{ scheduled: boolean; description: { code: string; params: object; message: string }; timeZone: string }>(h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'TUESDAY', hour: 8 }));
    expect(first.scheduled).toBe(true);
    expect(first.description).toEqual({
      code: 'msg.schedule.weekly',
      params: { day: 'TUESDAY', from: '08:00', to: '09:00', sheet: 'Contacts' },
      message: 'Audits run every Tuesday, 08:00–09:00, on “Contacts”.',
    });
    expect(first.timeZone).toBe('Asia/Jakarta');
    expect(h.gas.triggers.triggers).toHaveLength(1);
    const id1 = h.gas.triggers.triggers[0]?.getUniqueId();
    h.bundle.scheduleAudits({ frequency: 'monthly', monthDay: 1, hour: 6 });
    h.bundle.scheduleAudits({ frequency: 'monthly', monthDay: 1, hour: 6 });
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'FRIDAY', hour: 23 });
    expect(h.gas.triggers.triggers).toHaveLength(1);
    const t = h.gas.triggers.triggers[0];
    expect(t?.getHandlerFunction()).toBe('runBackgroundWork');
    expect(t?.getUniqueId()).not.toBe(id1);
    expect(t?.spec).toMatchObject({ kind: 'weeks', every: 1, weekDay: 'FRIDAY', hour: 23, timeZone: 'Asia/Jakarta' });
    const bg = JSON.parse(h.gas.documentProperties.getProperty('crmHygiene.background') ?? '{}') as { triggerId?: string };
    expect(bg.triggerId).toBe(t?.getUniqueId());
    h.bundle.scheduleAudits({ frequency: 'monthly', monthDay: 1, hour: 6 });
    const info = plain<{ scheduled: boolean; frequency: string; monthDay: number; nextRun: string; timeZone: string }>(h.bundle.getAuditSchedule());
    expect(info).toMatchObject({ scheduled: true, frequency: 'monthly', monthDay: 1, timeZone: 'Asia/Jakarta' });
    // 06:00 on the 1st in Jakarta is 23:00 UTC the day before.
    expect(new Date(info.nextRun).getUTCHours()).toBe(23);

    const stopped = plain<{ scheduled: boolean }>(h.bundle.stopScheduledAudits());
    expect(stopped.scheduled).toBe(false);
    expect(h.gas.triggers.triggers).toHaveLength(0);
    expect(plain<{ scheduled: boolean }>(h.bundle.getAuditSchedule()).scheduled).toBe(false);
  });

  it('a document scheduled by an earlier version: its own trigger fires once more, then the document\'s replaces it', () => {
    const h = h0();
    setClock(h, Date.UTC(2026, 10, 22, 12)); // a Sunday
    const old = h.gas.triggers.add('runScheduledAudit', { kind: 'weeks', every: 1, weekDay: 'MONDAY', hour: 7 });
    h.gas.documentProperties.setProperty('crmHygiene.auditSchedule', JSON.stringify({
      frequency: 'weekly', weekDay: 'MONDAY', hour: 7, triggerId: old.getUniqueId(), sheetId: h.sheet.getSheetId(), since: new Date(clockNow(h) - DAY).toISOString(),
    }));
    // Monday 07:00 UTC (it was built without inTimezone): it fires, audits and is replaced.
    const fired = runClock(h, clockNow(h) + 2 * DAY);
    expect(fired.map((f) => f.handler)).toEqual(['runScheduledAudit']);
    expect(h.gas.spreadsheet.getSheetByName('CRM Audit History')?.getLastRow()).toBe(2);
    expect(h.gas.triggers.triggers.map((t) => t.getHandlerFunction())).toEqual(['runBackgroundWork']);
    // The same schedule again keeps the same trigger.
    const id = h.gas.triggers.triggers[0]?.getUniqueId();
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
    expect(h.gas.triggers.triggers.map((t) => t.getUniqueId())).toEqual([id]);
  });

  it('bad input gets a clear message and leaves the schedule as it was', () => {
    const h = h0();
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'FRIDAY', hour: 23 });
    expect(() => h.bundle.scheduleAudits({ frequency: 'monthly', monthDay: 31, hour: 7 })).toThrow(/1 to 28/);
    expect(() => h.bundle.scheduleAudits({ frequency: 'daily', hour: 7 })).toThrow(/weekly or monthly/);
    expect(h.gas.triggers.triggers).toHaveLength(1);
    expect(plain<{ weekDay: string }>(h.bundle.getAuditSchedule()).weekDay).toBe('FRIDAY');
  });

  it('never touches the same handler\'s triggers of the user\'s other spreadsheets', () => {
    const h = h0();
    const elsewhere = h.gas.triggers.add('runBackgroundWork', { kind: 'weeks', every: 1, weekDay: 'MONDAY', hour: 7 }, { docId: 'another-spreadsheet' });
    h.bundle.scheduleAudits({ frequency: 'weekly', hour: 7 });
    h.bundle.scheduleAudits({ frequency: 'weekly', hour: 9 });
    h.bundle.stopScheduledAudits();
    expect(h.gas.triggers.triggers).toEqual([elsewhere]);
  });

  it('refuses with a clear message at the 20-trigger limit of the account, and keeps the others', () => {
    const h = h0();
    for (let i = 0; i < 20; i++) h.gas.triggers.add('runBackgroundWork', { kind: 'hours', every: 1 }, { docId: `sheet-${i}` });
    expect(() => h.bundle.scheduleAudits({ frequency: 'weekly', hour: 7 })).toThrow(/too many triggers for CRM Hygiene \(20 in this/);
    expect(h.gas.triggers.triggers).toHaveLength(20);
    expect(plain<{ scheduled: boolean }>(h.bundle.getAuditSchedule()).scheduled).toBe(false);
    h.gas.triggers.triggers.splice(0, 1);
    h.bundle.scheduleAudits({ frequency: 'weekly', hour: 7 });
    // Re-scheduling counts our own trigger as replaceable, so it never fails at the edge.
    h.bundle.scheduleAudits({ frequency: 'weekly', hour: 9 });
    expect(h.gas.triggers.clockTriggers()).toHaveLength(1);
    expect(h.gas.triggers.triggers).toHaveLength(20);
  });

  it('when it fires (no UI) it audits the scheduled sheet once per run time and appends history with a chart', () => {
    const h = h0();
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
    // The user moves on to another sheet; the trigger still audits the one scheduled.
    const other = h.gas.addSheet('Notes', { values: [['just', 'notes']] });
    h.gas.spreadsheet.setActiveSheet(other);
    const fired = runClock(h, clockNow(h) + 15 * DAY);
    expect(fired.length).toBeGreaterThanOrEqual(2);
    const history = h.gas.spreadsheet.getSheetByName('CRM Audit History');
    expect(history).toBeTruthy();
    if (!history) return;
    expect(history.getLastRow()).toBe(1 + fired.length);
    const rows = history.getRange(1, 1, 3, 15).getValues();
    expect(rows[0]?.slice(0, 5)).toEqual(['Time', 'Sheet', 'Rows', 'Score', 'Flagged rows']);
    expect(rows[1]?.[1]).toBe('Contacts');
    expect(rows[1]?.[2]).toBe(h.sheet.getLastRow() - 1);
    expect(typeof rows[1]?.[3]).toBe('number');
    expect(rows[2]?.[14]).toBe('scheduled');
    const charts = sheetCharts(history);
    expect(charts).toHaveLength(1);
    expect(charts[0]?.type).toBe('LINE');
    expect(charts[0]?.ranges.map((r) => r.getA1Notation())).toEqual([`A1:A${history.getMaxRows()}`, `D1:D${history.getMaxRows()}`]);
    const last = plain<{ lastRun: { ok: boolean; score: number } }>(h.bundle.getAuditSchedule());
    expect(last.lastRun.ok).toBe(true);
    expect(h.gas.ui.alerts).toHaveLength(0);
    const hist = plain<{ points: Array<{ score: number; trigger: string }>; trend: { direction: string } }>(h.bundle.getAuditHistory());
    expect(hist.points).toHaveLength(fired.length);
    expect(hist.points.every((p) => p.trigger === 'scheduled')).toBe(true);
    // The earlier versions' handler names still run the same work (their triggers may still exist).
    expect(typeof h.bundle.runScheduledAudit).toBe('function');
    expect(typeof h.bundle.continueCleanSheet).toBe('function');
  });
});

function h0(): ReturnType<typeof harness> {
  return harness(messySheet(60));
}
