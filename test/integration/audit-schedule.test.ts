// Scheduled audits through the built bundle and the strict fake: one trigger per document however
// often it is set up, refused near the 20-trigger limit, removed by stop; the scheduled handler
// audits and appends a history row with a score chart.
import { describe, expect, it } from 'vitest';
import '../fake/charts';
import { sheetCharts } from '../fake/charts';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;

describe('Schedule audits', () => {
  it('schedule twice -> one trigger (ours, by handler and saved id); stop -> none', () => {
    const h = h0();
    const first = plain<{ scheduled: boolean; description: { code: string; params: object; message: string } }>(h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'TUESDAY', hour: 8 }));
    expect(first.scheduled).toBe(true);
    expect(first.description).toEqual({
      code: 'msg.schedule.weekly',
      params: { day: 'TUESDAY', from: '08:00', to: '09:00', sheet: 'Contacts' },
      message: 'Audits run every Tuesday, 08:00–09:00, on “Contacts”.',
    });
    expect(h.gas.triggers.triggers).toHaveLength(1);
    const id1 = h.gas.triggers.triggers[0]?.getUniqueId();
    h.bundle.scheduleAudits({ frequency: 'monthly', monthDay: 1, hour: 6 });
    h.bundle.scheduleAudits({ frequency: 'monthly', monthDay: 1, hour: 6 });
    expect(h.gas.triggers.triggers).toHaveLength(1);
    const t = h.gas.triggers.triggers[0];
    expect(t?.getHandlerFunction()).toBe('runScheduledAudit');
    expect(t?.getUniqueId()).not.toBe(id1);
    expect(t?.spec).toMatchObject({ kind: 'monthDay', monthDay: 1, hour: 6 });
    const saved = JSON.parse(h.gas.documentProperties.getProperty('crmHygiene.auditSchedule') ?? '{}') as { triggerId?: string };
    expect(saved.triggerId).toBe(t?.getUniqueId());
    const info = plain<{ scheduled: boolean; frequency: string; monthDay: number; nextRun: string }>(h.bundle.getAuditSchedule());
    expect(info).toMatchObject({ scheduled: true, frequency: 'monthly', monthDay: 1 });
    expect(new Date(info.nextRun).getUTCDate()).toBe(1);

    const stopped = plain<{ scheduled: boolean }>(h.bundle.stopScheduledAudits());
    expect(stopped.scheduled).toBe(false);
    expect(h.gas.triggers.triggers).toHaveLength(0);
    expect(plain<{ scheduled: boolean }>(h.bundle.getAuditSchedule()).scheduled).toBe(false);
  });

  it('weekly uses everyWeeks(1).onWeekDay().atHour(); bad input gets a clear message', () => {
    const h = h0();
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'FRIDAY', hour: 23 });
    expect(h.gas.triggers.triggers[0]?.spec).toMatchObject({ kind: 'weeks', every: 1, weekDay: 'FRIDAY', hour: 23 });
    expect(() => h.bundle.scheduleAudits({ frequency: 'monthly', monthDay: 31, hour: 7 })).toThrow(/1 to 28/);
    expect(() => h.bundle.scheduleAudits({ frequency: 'daily', hour: 7 })).toThrow(/weekly or monthly/);
    expect(h.gas.triggers.triggers).toHaveLength(1);
  });

  it('refuses with a clear message when the project already has many triggers, and keeps the others', () => {
    const h = h0();
    for (let i = 0; i < 15; i++) h.gas.triggers.add(`userJob${i}`, { kind: 'hours', every: 1 });
    expect(() => h.bundle.scheduleAudits({ frequency: 'weekly', hour: 7 })).toThrow(/already has 15 triggers/);
    expect(h.gas.triggers.triggers).toHaveLength(15);
    h.gas.triggers.triggers.splice(0, 1);
    h.bundle.scheduleAudits({ frequency: 'weekly', hour: 7 });
    // Re-scheduling counts our own trigger as replaceable, so it never fails at the edge.
    h.bundle.scheduleAudits({ frequency: 'weekly', hour: 9 });
    expect(h.gas.triggers.triggers.filter((t) => t.getHandlerFunction() === 'runScheduledAudit')).toHaveLength(1);
  });

  it('the scheduled handler (no UI) audits the scheduled sheet and appends history with a chart', () => {
    const h = h0();
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
    // The user moves on to another sheet; the trigger still audits the one scheduled.
    const other = h.gas.addSheet('Notes', { values: [['just', 'notes']] });
    h.gas.spreadsheet.setActiveSheet(other);
    h.gas.env.context = 'trigger';
    h.bundle.runScheduledAudit({ authMode: 'FULL', triggerUid: h.gas.triggers.triggers[0]?.getUniqueId() });
    h.bundle.runScheduledAudit({ authMode: 'FULL' });
    const history = h.gas.spreadsheet.getSheetByName('CRM Audit History');
    expect(history).toBeTruthy();
    if (!history) return;
    expect(history.getLastRow()).toBe(3);
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
    const last = plain<{ lastRun: { ok: boolean; score: number } }>((h.gas.env.context = 'ui', h.bundle.getAuditSchedule()));
    expect(last.lastRun.ok).toBe(true);
    expect(h.gas.ui.alerts).toHaveLength(0);
    const hist = plain<{ points: Array<{ score: number; trigger: string }>; trend: { direction: string } }>(h.bundle.getAuditHistory());
    expect(hist.points).toHaveLength(2);
    expect(hist.trend.direction).toBe('flat');
  });
});

function h0(): ReturnType<typeof harness> {
  return harness(messySheet(60));
}
