// A clean too big for one execution, forced with a tiny time budget and small write steps: it
// queues its steps, checkpoints, reports progress, goes on from the document's one background
// trigger (hourly in an add-on) or faster from the open sidebar, ends with the same result as a
// one-shot clean, and undoes exactly. Also: the sidebar's manual merge goes through the same
// journal and archive.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { exact, fireContinuation, forceSteps as forceChunks, lastAlert, plain, undoFromMenu } from './run-helpers';

type H = ReturnType<typeof harness>;
const rowsOf = (h: H, name: string): number => (h.gas.spreadsheet.getSheetByName(name)?.getLastRow() ?? 1) - 1;

describe('Clean this sheet in time-boxed chunks', () => {
  it('checkpoints, continues by trigger, reports progress, ends like a one-shot clean, undoes exactly', () => {
    const content = messySheet(400);
    const once = harness(content);
    once.bundle.menuCleanSheet();
    expect(lastAlert(once)).toMatch(/is clean\./);
    expect(once.gas.triggers.triggers).toHaveLength(0);

    const h = harness(content);
    forceChunks(h, 0, 40);
    const original = exact(h);
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/continues in the background: right away while the CRM Hygiene sidebar is open, otherwise within the hour/);
    const first = plain<{ state: string; progress: number; done: number; total: number }>(h.bundle.getCleanProgress());
    expect(first.state).toBe('running');
    expect(first.progress).toBeGreaterThan(0);
    expect(first.progress).toBeLessThan(1);
    expect(h.gas.triggers.triggers).toHaveLength(1);

    // While it runs: a second clean and an undo are refused, and change nothing.
    const mid = exact(h);
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/still running in the background/);
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/still running in the background/);
    expect(exact(h)).toEqual(mid);

    let executions = 1;
    let last = first.progress;
    while (fireContinuation(h)) {
      executions++;
      const p = plain<{ progress: number }>(h.bundle.getCleanProgress());
      expect(p.progress).toBeGreaterThanOrEqual(last);
      last = p.progress;
      expect(executions).toBeLessThan(first.total + 2);
    }
    expect(executions).toBeGreaterThan(3);
    const done = plain<{ state: string; progress: number }>(h.bundle.getCleanProgress());
    expect(done).toMatchObject({ state: 'done', progress: 1 });
    // The last chunk's execution removes the hourly trigger: nothing else is scheduled.
    expect(h.gas.triggers.triggers).toHaveLength(0);

    // Same sheet, same archive and log sizes as the one-shot clean.
    expect(exact(h)).toEqual(exact(once));
    expect(rowsOf(h, 'CRM Archive')).toBe(rowsOf(once, 'CRM Archive'));
    expect(rowsOf(h, 'CRM Hygiene Log')).toBe(rowsOf(once, 'CRM Hygiene Log'));
    expect(h.sheet.getLastRow() - 1 + rowsOf(h, 'CRM Archive')).toBe(content.values.length - 1);

    // The undo of a run in steps goes in steps too (the same budget), to the same exact end.
    expect(undoFromMenu(h)).toMatch(/^Undid/);
    expect(exact(h)).toEqual(original);
    expect(rowsOf(h, 'CRM Archive')).toBe(0);
  });

  it('stops (and says why) when the sheet is edited between two chunks', () => {
    const h = harness(messySheet(200));
    forceChunks(h, 0, 30);
    h.bundle.menuCleanSheet();
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('running');
    h.sheet.getRange('A2').setValue('Edited meanwhile');
    fireContinuation(h);
    const p = plain<{ state: string; message: string }>(h.bundle.getCleanProgress());
    expect(p.state).toBe('failed');
    expect(p.message).toMatchObject({ code: 'msg.job.stopped', message: expect.stringMatching(/edited while it was running/) });
    expect(h.gas.triggers.triggers).toHaveLength(0);
    // A new clean may run again.
    h.gas.documentProperties.setProperty('crmHygiene.settings', JSON.stringify({ ...JSON.parse(h.gas.documentProperties.getProperty('crmHygiene.settings') ?? '{}'), cleanBudgetMs: 600000 }));
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/is clean\./);
  });

  it('a normal clean fits one execution: no queue, no trigger, progress "done"', () => {
    const h = harness(messySheet(300));
    h.bundle.menuCleanSheet();
    expect(h.gas.triggers.triggers).toHaveLength(0);
    expect(h.gas.spreadsheet.getSheetByName('CRM Clean Queue')).toBeNull();
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('done');
  });

  it('the open sidebar drives the chunks; the hourly trigger is only the fallback and goes when done', () => {
    const content = messySheet(300);
    const once = harness(content);
    once.bundle.menuCleanSheet();
    const h = harness(content);
    forceChunks(h, 0, 40);
    const step = plain<{ done: boolean; progress: number }>(h.bundle.sidebarApplyClean({ rules: null }));
    expect(step.done).toBe(false);
    expect(h.gas.triggers.clockTriggers()).toHaveLength(1);
    let calls = 0;
    for (let p = step; !p.done; calls++) {
      p = plain<{ done: boolean; progress: number }>(h.bundle.sidebarContinueClean());
      expect(calls).toBeLessThan(100);
    }
    expect(calls).toBeGreaterThan(2);
    expect(h.gas.triggers.triggers).toHaveLength(0);
    expect(exact(h)).toEqual(exact(once));
  });

  it('with no background trigger to be had, the queue written first lets the open sidebar finish the clean', () => {
    const h = harness(messySheet(200));
    forceChunks(h, 0, 30);
    // The hourly trigger cannot be created (say the account is at its limit): the queue is still there.
    for (let i = 0; i < 20; i++) h.gas.triggers.add('runBackgroundWork', { kind: 'hours', every: 1 }, { docId: `sheet-${i}` });
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/Keep the CRM Hygiene sidebar open until the clean finishes: no background trigger could be set up \(Your account has too many triggers/);
    expect(h.gas.triggers.clockTriggers()).toHaveLength(0);
    const queue = h.gas.spreadsheet.getSheetByName('CRM Clean Queue');
    expect(String(queue?.getRange(1, 1).getValue())).toContain('"next"');
    for (let i = 0; !plain<{ done: boolean }>(h.bundle.sidebarContinueClean()).done; i++) expect(i).toBeLessThan(100);
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('done');
    expect(queue?.getLastRow()).toBe(0);
  });
});

describe('Manual merge from the duplicate review', () => {
  it('merges with the chosen primary and values through the journal and the archive; undo restores it', () => {
    const h = harness(messySheet(400));
    const original = exact(h);
    const before = h.sheet.getLastRow() - 1;
    const clusters = plain<Array<{ id: string; rows: number[]; primary: number }>>(h.bundle.sidebarGetReviewClusters());
    expect(clusters.length).toBeGreaterThan(0);
    const c = clusters[0];
    if (!c) return;
    const keep = c.rows[c.rows.length - 1] as number;
    const other = c.rows[0] as number;
    const result = plain<{ archived: number }>(h.bundle.sidebarMergeCluster({ id: c.id, primary: keep, picks: { 3: other } }));
    expect(result.archived).toBe(c.rows.length - 1);
    expect(rowsOf(h, 'CRM Archive')).toBe(c.rows.length - 1);
    expect(h.sheet.getLastRow() - 1 + rowsOf(h, 'CRM Archive')).toBe(before);
    const archive = h.gas.spreadsheet.getSheetByName('CRM Archive');
    expect(String(archive?.getRange(2, 4).getValue())).toMatch(/duplicate review/);
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const rules = log?.getRange(2, 8, log.getLastRow() - 1, 1).getValues().map((r) => r[0]) ?? [];
    expect(rules).toContain('merge.archive');
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undid/);
    expect(exact(h)).toEqual(original);
    expect(rowsOf(h, 'CRM Archive')).toBe(0);
  });
});
