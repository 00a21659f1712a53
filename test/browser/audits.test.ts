// The Audits tab in headless Chromium against the dev server (real built bundle on the fake):
// scheduled audits (one trigger however often they are set up; stop removes it), run audit now
// (a row in "CRM Audit History", the trend in the overview), clean at entry (the installable edit
// trigger comes and goes), archive inactive rows (preview, move to "CRM Archive", undo).
// Triggers are checked through GET /_fake/state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, openTab, settled, startHarness, type Harness } from './harness';
import { DATA_SHEET, type FakeState } from '../../scripts/dev-server.mjs';

type Backend = Harness['server']['backend'];

function sheetValues(b: Backend, name = DATA_SHEET): unknown[][] {
  const sheet = b.gas.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
}

async function state(h: Harness): Promise<FakeState> {
  const res = await fetch(`${h.url}_fake/state`);
  expect(res.ok).toBe(true);
  return (await res.json()) as FakeState;
}

async function triggers(h: Harness, handler: string): Promise<FakeState['triggers']> {
  return (await state(h)).triggers.filter((t) => t.handler === handler);
}

async function noScriptRan(h: Harness): Promise<void> {
  expect(await h.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await h.page.locator('img').count()).toBe(0);
}

describe.skipIf(!HAS_CHROMIUM)('Audits tab in headless Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    h.page.on('pageerror', (e) => {
      throw e;
    });
    await h.page.goto(h.url);
    await settled(h.page);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('schedules audits weekly, then monthly: always exactly one trigger; stop removes it', async () => {
    const { page } = h;
    await openTab(page, 'audits');
    await page.waitForSelector('#schedule-status[data-scheduled="false"]');
    expect(await page.isHidden('#stop-audits')).toBe(true);
    expect(await page.isHidden('#audit-monthday')).toBe(true);

    await page.selectOption('#audit-frequency', 'weekly');
    await page.selectOption('#audit-weekday', 'WEDNESDAY');
    await page.selectOption('#audit-hour', '9');
    await page.click('#schedule-audits');
    await page.waitForSelector('#schedule-status[data-scheduled="true"]');
    expect(await page.textContent('#schedule-status')).toContain('Every Wednesday, 09:00–10:00');
    expect(await page.textContent('#next-run')).toMatch(/Next audit: Wed.*09:00–10:00/);
    let ours = await triggers(h, 'runBackgroundWork');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.spec).toMatchObject({ kind: 'weeks', weekDay: 'WEDNESDAY', hour: 9 });

    // Schedule again (same settings): still one trigger.
    await page.click('#schedule-audits');
    await page.waitForSelector('.status-success');
    expect(await triggers(h, 'runBackgroundWork')).toHaveLength(1);

    // Monthly, from the keyboard: day 15 at 06:00.
    await page.focus('#audit-frequency');
    await page.selectOption('#audit-frequency', 'monthly');
    expect(await page.isHidden('#audit-weekday')).toBe(true);
    await page.selectOption('#audit-monthday', '15');
    await page.selectOption('#audit-hour', '6');
    await page.focus('#schedule-audits');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#schedule-status:has-text("Day 15 of every month, 06:00–07:00")');
    ours = await triggers(h, 'runBackgroundWork');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.spec).toMatchObject({ kind: 'monthDay', monthDay: 15, hour: 6 });

    await page.click('#stop-audits');
    await page.waitForSelector('#schedule-status[data-scheduled="false"]');
    expect(await page.textContent('#schedule-status')).toContain('Audits are not scheduled.');
    expect(await triggers(h, 'runBackgroundWork')).toHaveLength(0);
    expect(await page.isHidden('#stop-audits')).toBe(true);
    expect(h.server.backend.gas.triggers.triggers).toHaveLength(0);
  });

  it('runs an audit now: a row in "CRM Audit History", the result and the trend', async () => {
    const { page } = h;
    await openTab(page, 'audits');
    expect(sheetValues(h.server.backend, 'CRM Audit History')).toEqual([]);
    await page.click('#run-audit');
    await page.waitForSelector('#audit-done');
    const history = sheetValues(h.server.backend, 'CRM Audit History');
    expect(history).toHaveLength(2); // header + this audit
    const score = Number(await page.textContent('#audit-done dd'));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(await page.textContent('#audit-trend')).toContain('First audit');
    expect(await page.locator('#audit-done .rule-list li').count()).toBeGreaterThan(1);
    // A second audit: unchanged data, unchanged score.
    await page.click('#run-audit');
    await page.waitForFunction(() => /Unchanged/.test(document.querySelector('#audit-trend')?.textContent ?? ''));
    expect(sheetValues(h.server.backend, 'CRM Audit History')).toHaveLength(3);
    // The overview draws the trend from getAuditHistory.
    await openTab(page, 'overview');
    await page.waitForSelector('svg.trend polyline', { state: 'attached' });
    expect(await page.textContent('#overview-trend')).toContain('Unchanged since the previous audit');
    await page.click('#go-audits');
    await page.waitForSelector('#tab-audits[aria-selected="true"]');
    await settled(page);
    await noScriptRan(h);
  });

  it('clean at entry: the switch adds and removes the installable edit trigger', async () => {
    const { page } = h;
    await openTab(page, 'audits');
    await page.waitForSelector('#entry-status[data-enabled="false"]');
    expect(await page.getAttribute('#entry-guard', 'role')).toBe('switch');
    await page.click('#entry-guard');
    await page.waitForSelector('#entry-status[data-enabled="true"]');
    expect(await page.textContent('#entry-status')).toContain(DATA_SHEET);
    expect(await page.getAttribute('#entry-guard', 'aria-checked')).toBe('true');
    const edit = await triggers(h, 'onCrmHygieneEdit');
    expect(edit).toHaveLength(1);
    expect(edit[0]).toMatchObject({ eventType: 'ON_EDIT', source: 'SPREADSHEETS' });
    // Reloading shows the state the server has.
    await page.reload();
    await settled(page);
    await openTab(page, 'audits');
    await page.waitForSelector('#entry-status[data-enabled="true"]');
    // Off again, from the keyboard.
    await page.focus('#entry-guard');
    await page.keyboard.press('Space');
    await page.waitForSelector('#entry-status[data-enabled="false"]');
    expect(await triggers(h, 'onCrmHygieneEdit')).toHaveLength(0);
  });

  it('archives inactive rows after a preview, and undo puts them back', async () => {
    const { page } = h;
    const backend = h.server.backend;
    await openTab(page, 'audits');
    const before = sheetValues(backend);
    // The months default to the stale setting.
    expect(await page.inputValue('#archive-months')).toBe('18');
    // Bad input: a plain-words message, nothing asked of the server.
    await page.fill('#archive-months', '0');
    await page.click('#archive-preview');
    await page.waitForSelector('.status-error');
    expect(await page.getAttribute('#archive-months', 'aria-invalid')).toBe('true');

    await page.fill('#archive-months', '18');
    await page.click('#archive-preview');
    await page.waitForSelector('#archive-found');
    const expected = backend.run('previewArchiveInactive', [{ months: 18 }]) as { inactive: number; sample: Array<{ row: number }> };
    expect(expected.inactive).toBeGreaterThan(0);
    expect(await page.textContent('#archive-found')).toContain(`${expected.inactive} rows of`);
    const listed = await page.locator('.inactive-list li[data-row]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row'))));
    expect(listed).toEqual(expected.sample.map((s) => s.row));
    expect(await page.locator('.inactive-list .why').first().textContent()).toMatch(/^No activity since \S+ \(Last Activity\)$/);
    expect(sheetValues(backend)).toEqual(before); // a preview changes nothing

    // Cancel, then preview again and move them.
    await page.click('#archive-cancel');
    expect(await page.locator('#archive-found').count()).toBe(0);
    await page.click('#archive-preview');
    await page.click('#archive-confirm');
    await page.waitForSelector('#archive-done');
    expect(await page.textContent('#archive-done')).toBe(`Moved ${expected.inactive} rows to CRM Archive.`);
    const after = sheetValues(backend);
    const archive = sheetValues(backend, 'CRM Archive');
    expect(after).toHaveLength(before.length - expected.inactive);
    expect(archive).toHaveLength(expected.inactive + 1);
    // The first previewed row is in the archive (its text cells), and no row was lost.
    const firstRow = before[(expected.sample[0] as { row: number }).row - 1] as unknown[];
    const texts = firstRow.filter((v): v is string => typeof v === 'string' && v !== '');
    expect(texts.length).toBeGreaterThan(0);
    expect(archive.some((r) => texts.every((v) => r.includes(v)))).toBe(true);
    expect(await page.textContent('#archive-result')).toContain('Undo last clean puts them back');

    await page.click('#archive-undo');
    await page.waitForSelector(`.status-success:has-text("Rows put back from “CRM Archive”: ${expected.inactive}.")`);
    expect(sheetValues(backend)).toEqual(before);
    expect(sheetValues(backend, 'CRM Archive').length).toBeLessThanOrEqual(1);
    await noScriptRan(h);
  });

  it('"Schedule audits" in the menu opens the sidebar on the Audits tab with its day and hour picker', async () => {
    // The menu item appends this global to the sidebar's HTML (test/integration/menu-language.test.ts).
    const html = (h.server.backend.run('menuScheduleAudits', []), h.server.backend.gas.ui.sidebars.at(-1)?.getContent() ?? '');
    const opened = /<script>window\.crmHygieneOpen="(\w+)";<\/script>/.exec(html)?.[1];
    expect(opened).toBe('audits');
    const page = await h.context.newPage();
    try {
      await page.addInitScript((panel) => Object.assign(window, { crmHygieneOpen: panel }), opened);
      await page.goto(h.url);
      await settled(page);
      expect(await page.getAttribute('#tab-audits', 'aria-selected')).toBe('true');
      expect(await page.isVisible('#audit-weekday')).toBe(true);
      expect(await page.isVisible('#audit-hour')).toBe(true);
    } finally {
      await page.close();
    }
  });
});
