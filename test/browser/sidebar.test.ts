// The sidebar in headless Chromium against the dev server (real built bundle on the fake):
// every panel, a clean, undo, a reviewed merge, a review from the keyboard alone, a setting,
// markup as text. (Layout in six languages: layout.test.ts; screenshots: npm run screenshots.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, CHROMIUM, XSS_IMG, XSS_SCRIPT, openTab, settled, startHarness, type Harness } from './harness';
import { DATA_SHEET } from '../../scripts/dev-server.mjs';

if (!HAS_CHROMIUM) {
  console.warn(`[browser tests skipped] ${CHROMIUM} is missing. Install Debian's chromium (apt-get install -y chromium) to run them.`);
}

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

  it('shows the overview: score with what it means and what raises it most, findings, columns, links to clean and review', async () => {
    const { page } = h;
    await expect(page.locator('h1').textContent()).resolves.toBe('CRM Hygiene');
    await page.waitForSelector('svg.gauge');
    expect(await page.textContent('#score-explain')).toMatch(/^100 minus the points lost/);
    expect(await page.textContent('#score-gain')).toMatch(/^Biggest gain, \+[\d.]+:/);
    expect(await page.locator('.score-parts li').count()).toBe(5);
    expect(await page.locator('ul.bars').count()).toBeGreaterThanOrEqual(1);
    // Which column was read as what, and the way to change it.
    expect(await page.textContent('#roles-card li[data-column="1"]')).toBe('EmailEmail');
    await page.click('#go-roles');
    await page.waitForSelector('#tab-settings[aria-selected="true"]');
    await settled(page);
    await openTab(page, 'overview');
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
    // The team's own placeholder words, one per line (or comma-separated), saved trimmed and once.
    await page.fill('#placeholders', 'lihat catatan\n  menunggu data , lihat catatan\n');
    await page.click('#save-settings');
    await page.waitForSelector('.status-success');
    const s = stored(h.server.backend);
    expect(s.staleMonths).toBe(24);
    expect(s.phoneFormat).toBe('INTERNATIONAL');
    expect(s.placeholders).toEqual(['lihat catatan', 'menunggu data']);
    expect(await page.inputValue('#placeholders')).toBe('lihat catatan\nmenunggu data');
    // A placeholder longer than 40 characters gets a plain-words message and nothing is saved.
    await page.fill('#placeholders', 'x'.repeat(41));
    await page.click('#save-settings');
    await page.waitForSelector('.status-error');
    expect(stored(h.server.backend).placeholders).toEqual(['lihat catatan', 'menunggu data']);
    await page.fill('#placeholders', 'lihat catatan\nmenunggu data');
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
    await page.waitForSelector('.status-success:has-text("Undid")');
    // The server's summary, said by its code: which run was undone and that none is left.
    expect(await page.textContent('#status span')).toMatch(/^Undid Clean this sheet on “[^”]+” \(run \w+, [^)]+\)\. Cells restored: [\d,]+\. Rows put back from “CRM Archive”: [\d,]+\.\nThat was the oldest run kept/);
    expect(sheetValues(h.server.backend)).toEqual(original);
    await settled(page);
  });

  it('reviews a doubtful pair: markup shows as text, merge keeps the chosen row and values', async () => {
    const { page } = h;
    await openTab(page, 'duplicates');
    await page.waitForSelector('article.cluster');
    expect(await page.textContent('#review-position')).toMatch(/^Group 1 of \d+$/);
    const total = Number(/of (\d+)/.exec((await page.textContent('#review-position')) ?? '')?.[1]);
    // Find the planted pair: its notes hold markup that must show as text.
    for (let i = 0; i < total && (await page.locator('article.cluster .value', { hasText: XSS_SCRIPT }).count()) === 0; i++) await page.click('#review-next');
    const card = page.locator('article.cluster');
    await expect(card.locator('.differs .value', { hasText: XSS_SCRIPT }).count()).resolves.toBe(1);
    await expect(card.locator('.differs .value', { hasText: XSS_IMG }).count()).resolves.toBe(1);
    await noScriptRan(h);
    // The reason is a sentence; the evidence is behind "Why they match"; no internal match key.
    expect(await card.locator('.reason').textContent()).toMatch(/match/);
    expect(await card.textContent()).not.toMatch(/phone:\+|email:|name:/);
    await card.locator('.why-match summary').click();
    expect(await card.locator('.evidence li').count()).toBeGreaterThan(0);
    // Keep the second row; take the first row's note.
    const keep = card.locator('input.keep-radio').nth(1);
    const keepRow = Number(await keep.getAttribute('data-row'));
    await keep.check();
    const notesCol = (sheetValues(h.server.backend)[0] as string[]).indexOf('Notes');
    const notePick = card.locator(`input.pick-radio[data-col="${notesCol}"]:not([data-row="${keepRow}"])`).first();
    const fromRow = Number(await notePick.getAttribute('data-row'));
    await notePick.check();
    const before = sheetValues(h.server.backend);
    const keptName = (before[keepRow - 1] as unknown[])[0];
    await card.locator('button.merge').click();
    await page.waitForSelector('.status-success');
    const after = sheetValues(h.server.backend);
    expect(after.length).toBe(before.length - 1);
    const kept = after.find((r) => String(r[0]).toLowerCase() === String(keptName).toLowerCase()) as unknown[];
    expect(kept[notesCol]).toBe((before[fromRow - 1] as unknown[])[notesCol]);
    const archive = sheetValues(h.server.backend, 'CRM Archive');
    expect(archive.some((r) => r.includes(XSS_IMG) || r.includes(XSS_SCRIPT))).toBe(true);
    expect(total === 1 || (await page.textContent('#review-position')) === `Group 1 of ${total - 1}` || (await page.locator('#no-duplicates').count()) === 1).toBe(true);
    await noScriptRan(h);
  });

  it('reviews from the keyboard alone: J next, N not a duplicate, M merge', async () => {
    const { page } = h;
    h.server.backend = h.fresh();
    await page.reload();
    await settled(page);
    await openTab(page, 'duplicates');
    await page.waitForSelector('article.cluster h2:focus');
    const total = Number(/of (\d+)/.exec((await page.textContent('#review-position')) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(2);
    const rowsBefore = sheetValues(h.server.backend).length;
    await page.keyboard.press('j');
    await page.waitForSelector('#review-position:has-text("Group 2 of")');
    await page.keyboard.press('k');
    await page.waitForSelector('#review-position:has-text("Group 1 of")');
    // Tab into the merged row and pick another value with the arrow keys: the card keeps working.
    await page.keyboard.press('n');
    // Kept in the hidden decisions sheet (header + one pair), not in the settings property.
    await expect.poll(() => sheetValues(h.server.backend, 'CRM Decisions').length).toBe(2);
    expect(stored(h.server.backend).notDuplicates).toBeUndefined();
    await page.waitForSelector(`#review-position:has-text("of ${total - 1}")`);
    expect(sheetValues(h.server.backend).length).toBe(rowsBefore);
    await page.waitForSelector('article.cluster h2:focus');
    await page.keyboard.press('m');
    await expect.poll(() => sheetValues(h.server.backend).length).toBeLessThan(rowsBefore);
    await expect.poll(() => sheetValues(h.server.backend, 'CRM Archive').length).toBeGreaterThan(1);
    // Remembered: a fresh look at the tab does not bring the dismissed group back.
    await openTab(page, 'overview');
    await openTab(page, 'duplicates');
    const left = total - 2;
    if (left > 0) expect(await page.textContent('#review-position')).toBe(`Group 1 of ${left}`);
    else await page.waitForSelector('#no-duplicates');
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
});
