// The sidebar in headless Chromium against the dev server (real built bundle on the fake):
// every panel, a clean, undo, a reviewed merge, "not a duplicate", a setting, markup as text,
// and screenshots of every panel in every language.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, CHROMIUM, SHOTS, XSS_IMG, XSS_SCRIPT, openTab, settled, startHarness, type Harness } from './harness';
import { DATA_SHEET } from '../../scripts/dev-server.mjs';

if (!HAS_CHROMIUM) {
  console.warn(`[browser tests skipped] ${CHROMIUM} is missing. Install Debian's chromium (apt-get install -y chromium) to run them.`);
}

const LANGS = ['en', 'id', 'vi', 'cs', 'sv', 'tr'] as const;
const PANELS = ['overview', 'clean', 'duplicates', 'settings'] as const;
type Backend = Harness['server']['backend'];

function sheetValues(b: Backend, name = DATA_SHEET): unknown[][] {
  const sheet = b.gas.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
}

function stored(b: Backend): Record<string, unknown> {
  return JSON.parse(b.gas.documentProperties.getProperty('crmHygiene.settings') ?? '{}');
}

async function noScriptRan(h: Harness): Promise<void> {
  expect(await h.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await h.page.locator('img').count()).toBe(0);
}

describe.skipIf(!HAS_CHROMIUM)('sidebar in headless Chromium', () => {
  let h: Harness;
  let original: unknown[][];

  beforeAll(async () => {
    h = await startHarness();
    h.page.on('pageerror', (e) => {
      throw e;
    });
    original = sheetValues(h.server.backend);
    await h.page.goto(h.url);
    await settled(h.page);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the overview: score, findings chart, links to clean and review', async () => {
    const { page } = h;
    await expect(page.locator('h1').textContent()).resolves.toBe('CRM Hygiene');
    await page.waitForSelector('svg.gauge');
    expect(await page.locator('svg.bars').count()).toBeGreaterThanOrEqual(1);
    // The count of doubtful groups the sample leaves for review (the planted pair among them).
    const review = /\((\d+)\)/.exec((await page.locator('#go-duplicates').textContent()) ?? '');
    expect(Number(review?.[1])).toBeGreaterThanOrEqual(1);
    await noScriptRan(h);
  });

  it('tabs work from the keyboard', async () => {
    const { page } = h;
    await page.focus('#tab-overview');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#tab-clean[aria-selected="true"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-clean');
    await settled(page);
    await page.keyboard.press('End');
    await page.waitForSelector('#tab-settings[aria-selected="true"]');
    await settled(page);
  });

  it('changes a setting and stores it in document properties', async () => {
    const { page } = h;
    await openTab(page, 'settings');
    // The planted header is a label's text, not markup.
    expect(await page.locator('label', { hasText: XSS_IMG }).count()).toBe(1);
    await page.fill('#stale-months', '24');
    await page.selectOption('#phone-format', 'INTERNATIONAL');
    await page.click('#save-settings');
    await page.waitForSelector('.status-success');
    const s = stored(h.server.backend);
    expect(s.staleMonths).toBe(24);
    expect(s.phoneFormat).toBe('INTERNATIONAL');
    expect(await page.inputValue('#stale-months')).toBe('24');
    // Invalid input gets a plain-words message and nothing is saved.
    await page.fill('#stale-months', '0');
    await page.click('#save-settings');
    await page.waitForSelector('.status-error');
    expect(stored(h.server.backend).staleMonths).toBe(24);
    // Back to E.164 for the rest of the run.
    await page.fill('#stale-months', '18');
    await page.selectOption('#phone-format', 'E164');
    await page.click('#save-settings');
    await page.waitForSelector('.status-success');
    expect(stored(h.server.backend).phoneFormat).toBe('E164');
    await noScriptRan(h);
  });

  it('previews the clean by rule, applies it, and the sheet changes', async () => {
    const { page } = h;
    await openTab(page, 'clean');
    const groups = page.locator('details.group');
    expect(await groups.count()).toBeGreaterThan(3);
    expect(await page.locator('details.group[data-rule="phone.e164"] .after').first().textContent()).toMatch(/^\+\d{8,}/);
    await page.click('#apply-all');
    await page.waitForSelector('#clean-summary');
    const after = sheetValues(h.server.backend);
    const archive = sheetValues(h.server.backend, 'CRM Archive');
    expect(archive.length).toBeGreaterThan(1);
    expect(after.length + archive.length - 1).toBe(original.length); // no row lost
    expect(after).not.toEqual(original);
    expect(sheetValues(h.server.backend, 'CRM Hygiene Log').length).toBeGreaterThan(10);
    await noScriptRan(h);
  });

  it('undoes the clean: the sheet is back exactly', async () => {
    const { page } = h;
    await openTab(page, 'clean');
    await page.click('#undo');
    await page.click('#undo-confirm');
    await page.waitForSelector('.status-success');
    expect(sheetValues(h.server.backend)).toEqual(original);
    await settled(page);
  });

  it('reviews a doubtful pair: markup shows as text, merge keeps the chosen row and values', async () => {
    const { page } = h;
    await openTab(page, 'duplicates');
    // The planted pair: its notes hold markup that must show as text.
    const card = page.locator('article.cluster', { has: page.locator('tr.differs td', { hasText: XSS_SCRIPT }) }).first();
    await card.waitFor();
    const clusters = await page.locator('article.cluster').count();
    // Both planted notes are visible as literal text in the differing (highlighted) row.
    await expect(card.locator('tr.differs td', { hasText: XSS_SCRIPT }).count()).resolves.toBe(1);
    await expect(card.locator('tr.differs td', { hasText: XSS_IMG }).count()).resolves.toBe(1);
    await noScriptRan(h);
    await card.locator('summary').click();
    expect(await card.locator('.field-scores li').count()).toBeGreaterThan(0);
    // Keep the second row; take the first row's note.
    const keep = card.locator('input.keep-radio').nth(1);
    const keepRow = Number(await keep.getAttribute('data-row'));
    await keep.check();
    const notesCol = (sheetValues(h.server.backend)[0] as string[]).indexOf('Notes');
    const notePick = card.locator(`input.pick-radio[data-col="${notesCol}"]`).first();
    const fromRow = Number(await notePick.getAttribute('data-row'));
    expect(fromRow).not.toBe(keepRow);
    await notePick.check();
    const before = sheetValues(h.server.backend);
    const keptName = (before[keepRow - 1] as unknown[])[0];
    await card.locator('button.merge').click();
    await page.waitForSelector('.status-success');
    await expect.poll(() => page.locator('article.cluster').count()).toBe(clusters - 1);
    const after = sheetValues(h.server.backend);
    expect(after.length).toBe(before.length - 1);
    const kept = after.find((r) => r[0] === keptName) as unknown[];
    expect(kept[notesCol]).toBe((before[fromRow - 1] as unknown[])[notesCol]);
    const archive = sheetValues(h.server.backend, 'CRM Archive');
    expect(archive.some((r) => r.includes(XSS_IMG) || r.includes(XSS_SCRIPT))).toBe(true);
    await noScriptRan(h);
  });

  it('"not a duplicate" is remembered', async () => {
    const { page } = h;
    h.server.backend = h.fresh();
    await page.reload();
    await settled(page);
    await openTab(page, 'duplicates');
    const rowsBefore = sheetValues(h.server.backend).length;
    await page.locator('article.cluster').first().waitFor();
    const clusters = await page.locator('article.cluster').count();
    await page.locator('article.cluster button.not-dup').first().click();
    await expect.poll(() => page.locator('article.cluster').count()).toBe(clusters - 1);
    // Kept in the hidden decisions sheet (header + one pair), not in the settings property.
    expect(sheetValues(h.server.backend, 'CRM Decisions')).toHaveLength(2);
    expect(stored(h.server.backend).notDuplicates).toBeUndefined();
    expect(sheetValues(h.server.backend).length).toBe(rowsBefore);
    // Remembered: switching away and back (a fresh server call) does not bring it back.
    await openTab(page, 'overview');
    await openTab(page, 'duplicates');
    await settled(page);
    expect(await page.locator('article.cluster').count()).toBe(clusters - 1);
    await noScriptRan(h);
  });

  it('a clean waiting in its queue (started from the menu) goes on while the sidebar is open', async () => {
    const { page } = h;
    const backend = h.fresh();
    // A tiny time budget: the menu's execution writes one step and leaves the rest in the queue.
    backend.gas.documentProperties.setProperty('crmHygiene.settings', JSON.stringify({ cleanBudgetMs: 0, cleanChunkRows: 60 }));
    backend.run('menuCleanSheet', []);
    const progress = (): string => (backend.run('getCleanProgress', []) as { state: string }).state;
    expect(progress()).toBe('running');
    expect(backend.gas.ui.sidebars).toHaveLength(1);
    h.server.backend = backend;
    await page.goto(h.url);
    await expect.poll(progress, { timeout: 60_000 }).toBe('done');
    await page.waitForSelector('.status-success');
    // The hourly fallback trigger went with the queue.
    expect(backend.gas.triggers.clockTriggers()).toHaveLength(0);
  });

  it('screenshots every panel in every language', { timeout: 150_000 }, async () => {
    const { page } = h;
    h.server.backend = h.fresh();
    mkdirSync(SHOTS, { recursive: true });
    for (const lang of LANGS) {
      h.server.backend.setUserLocale(lang);
      await page.goto(h.url);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (const panel of PANELS) {
        await openTab(page, panel);
        if (panel === 'duplicates') await page.locator('article.cluster').first().waitFor();
        await page.screenshot({ path: join(SHOTS, `sidebar-${panel}-${lang}.png`), fullPage: true });
      }
      await noScriptRan(h);
    }
  });
});
