// The add-on as an installed editor add-on runs it (the fake's add-on mode: one trigger of each
// type per user per document, clock triggers at most hourly), through the built bundle.
import { describe, expect, it } from 'vitest';
import { harness, dump } from './gas-harness';
import { messySheet } from './messy-sheet';
import { clockNow, runClock, setClock } from './clock';
import { instantAt, wallOf } from '../fake/zone';
import { continueFromSidebar, exact, forceSteps, runToEnd } from './run-helpers';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('add-on mode', () => {
  it('a large clean finishes while a weekly audit is scheduled, never with more than one clock trigger', () => {
    const content = messySheet(3000);
    // Thursday 10:00 in Jakarta; audits every Monday at 07:00.
    const thursday = instantAt(Date.UTC(2026, 0, 8, 10), 'Asia/Jakarta');
    const once = harness(content);
    setClock(once, thursday);
    once.bundle.menuCleanSheet();

    const h = harness(content);
    setClock(h, thursday);
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
    expect(h.gas.triggers.clockTriggers()[0]?.spec).toMatchObject({ kind: 'weeks', hour: 7, timeZone: 'Asia/Jakarta' });
    // A tiny time budget: each execution writes one step of up to 1,000 rows.
    h.gas.documentProperties.setProperty('crmHygiene.settings', JSON.stringify({ ...JSON.parse(h.gas.documentProperties.getProperty('crmHygiene.settings') ?? '{}'), cleanBudgetMs: 0, cleanChunkRows: 1000 }));
    h.bundle.menuCleanSheet();
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('running');
    // The audit's weekly trigger made way for the hourly one: still one clock trigger.
    expect(h.gas.triggers.clockTriggers()).toHaveLength(1);
    expect(h.gas.triggers.clockTriggers()[0]?.spec).toMatchObject({ kind: 'hours', every: 1 });

    // Nobody has the sidebar open: the hourly trigger carries the clean to its end (runClock checks
    // at every firing that the document holds at most one clock trigger).
    const fired = runClock(h, clockNow(h) + 3 * DAY);
    expect(fired.length).toBeGreaterThan(3);
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('done');
    expect(dump(h.sheet)).toEqual(dump(once.sheet));
    // Back to the audit's own schedule.
    expect(h.gas.triggers.clockTriggers()).toHaveLength(1);
    expect(h.gas.triggers.clockTriggers()[0]?.spec).toMatchObject({ kind: 'weeks', weekDay: 'MONDAY', hour: 7, timeZone: 'Asia/Jakarta' });
    expect(h.gas.spreadsheet.getSheetByName('CRM Audit History')).toBeNull();

    // Monday 07:00 in Jakarta: the scheduled audit runs, once.
    const monday = runClock(h, instantAt(Date.UTC(2026, 0, 12, 12), 'Asia/Jakarta'));
    expect(monday).toHaveLength(1);
    expect(new Date(wallOf(monday[0]?.at ?? 0, 'Asia/Jakarta')).toISOString()).toBe('2026-01-12T07:00:00.000Z');
    expect(h.gas.spreadsheet.getSheetByName('CRM Audit History')?.getLastRow()).toBe(2);
  });

  it('a long undo goes on from the open sidebar, or else through the one background trigger next to the weekly audit', () => {
    for (const sidebarOpen of [true, false]) {
      const h = harness(messySheet(600));
      setClock(h, instantAt(Date.UTC(2026, 0, 8, 10), 'Asia/Jakarta'));
      const before = exact(h);
      h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
      forceSteps(h, 0, 100);
      h.bundle.menuCleanSheet();
      runToEnd(h);
      expect(h.gas.triggers.clockTriggers()[0]?.spec).toMatchObject({ kind: 'weeks', weekDay: 'MONDAY' });

      const first = plain<{ done: boolean; message: { code: string; more?: Array<{ code: string }> } }>(h.bundle.sidebarUndoLastClean());
      expect(first.done).toBe(false);
      expect(first.message.code).toBe('msg.undo.continues');
      // The audit's trigger made way for the hourly one; never a second clock trigger.
      expect(h.gas.triggers.clockTriggers().map((t) => t.spec)).toEqual([expect.objectContaining({ kind: 'hours', every: 1 })]);
      let steps = 0;
      if (sidebarOpen) while (continueFromSidebar(h)) expect(++steps).toBeLessThan(100);
      else steps = runToEnd(h);
      expect(steps).toBeGreaterThan(1);
      const done = plain<{ state: string; message: { code: string } }>(h.bundle.getCleanProgress());
      expect(done).toMatchObject({ state: 'done', message: { code: 'msg.undo.done' } });
      expect(exact(h)).toEqual(before);
      // Back to the audit's own schedule.
      expect(h.gas.triggers.clockTriggers().map((t) => t.spec)).toEqual([expect.objectContaining({ kind: 'weeks', weekDay: 'MONDAY' })]);
    }
  });

  it('an audit due while a long clean holds the trigger runs within the hour after the clean', () => {
    const h = harness(messySheet(1500));
    // Sunday 20:00 in Jakarta: one step of 100 rows an hour, the clean is still going at Monday 07:00.
    setClock(h, instantAt(Date.UTC(2026, 0, 11, 20), 'Asia/Jakarta'));
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
    h.gas.documentProperties.setProperty('crmHygiene.settings', JSON.stringify({ ...JSON.parse(h.gas.documentProperties.getProperty('crmHygiene.settings') ?? '{}'), cleanBudgetMs: 0, cleanChunkRows: 100 }));
    h.bundle.menuCleanSheet();
    runClock(h, instantAt(Date.UTC(2026, 0, 13, 0), 'Asia/Jakarta'));
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('done');
    const history = h.gas.spreadsheet.getSheetByName('CRM Audit History');
    expect(history?.getLastRow()).toBe(2);
    const ran = (history?.getRange(2, 1).getValue() as Date).getTime();
    expect(ran).toBeGreaterThan(instantAt(Date.UTC(2026, 0, 12, 7), 'Asia/Jakarta'));
    expect(h.gas.triggers.clockTriggers()[0]?.spec).toMatchObject({ kind: 'weeks', weekDay: 'MONDAY' });
  });

  it('a collaborator who schedules audits takes the trigger over; the old one retires when it fires', () => {
    const h = harness(messySheet(40));
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'MONDAY', hour: 7 });
    h.gas.env.userEmail = h.gas.env.effectiveUserEmail = 'colleague@example.com';
    const theirs = plain<{ scheduled: boolean; runBy: string; description: { more?: Array<{ code: string; params: object; message: string }> } }>(h.bundle.getAuditSchedule());
    expect(theirs.runBy).toBe('owner@example.com');
    expect(theirs.description.more).toContainEqual({ code: 'msg.auditsRunBy', params: { owner: 'owner@example.com' }, message: 'Audits run from owner@example.com’s account.' });
    h.bundle.scheduleAudits({ frequency: 'weekly', weekDay: 'TUESDAY', hour: 9 });
    expect(h.gas.triggers.triggers.map((t) => t.owner).sort()).toEqual(['colleague@example.com', 'owner@example.com']);
    runClock(h, clockNow(h) + 8 * DAY, { perUser: true });
    expect(h.gas.triggers.triggers.map((t) => t.owner)).toEqual(['colleague@example.com']);
    // One audit per Tuesday, none on Monday.
    expect(h.gas.spreadsheet.getSheetByName('CRM Audit History')?.getLastRow()).toBe(2);
  });
});
