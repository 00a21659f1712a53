// The HTML report in Chromium: the kind and column filters work without a script (both apply
// together, "All" shows every row again), and the page fits a phone's width.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAS_CHROMIUM, ensureBuilt, layoutProblems } from './harness';

const root = join(import.meta.dirname, '../..');

describe.skipIf(!HAS_CHROMIUM)('HTML report in Chromium', () => {
  let out: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await ensureBuilt();
    out = mkdtempSync(join(tmpdir(), 'crm-report-test-'));
    execFileSync(process.execPath, [join(root, 'bin/crm-hygiene.mjs'), 'clean', 'examples/crm-sample.csv', '--out-dir', out, '--lang', 'sv', '--now', '2026-11-22', '-q'], { cwd: root });
    profile = mkdtempSync(join(tmpdir(), 'crm-hygiene-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    await context.route(/^(?!file:).*/, (route) => route.abort());
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`file://${join(out, 'report.html')}`);
  });
  afterAll(async () => {
    await context?.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  const visibleRows = () => page.locator('.attention tr.r:visible');

  it('filters by kind and by column, together, with no script', async () => {
    expect(await page.locator('script').count()).toBe(0);
    const all = await visibleRows().count();
    await page.click('label[for="f-k-stale"]');
    const stale = await visibleRows().count();
    expect(stale).toBeGreaterThan(0);
    expect(stale).toBeLessThan(all);
    expect(await page.locator('.attention tr.r:visible:not(.k-stale)').count()).toBe(0);
    // A column no stale finding is in: nothing left; the activity column: the stale rows again.
    await page.click('label[for="f-c-0"]');
    expect(await page.locator('.attention tr.r:visible:not(.more)').count()).toBe(0);
    await page.click('label[for="f-k-all"]');
    expect(await page.locator('.attention tr.r:visible:not(.c-0)').count()).toBe(0);
    await page.click('label[for="f-c-all"]');
    expect(await visibleRows().count()).toBe(all);
    expect(await page.textContent('h1')).toBe('CRM Hygiene-rapport');
  });

  it('fits a phone (390px) and a print page shows every row', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    const problems = (await layoutProblems(page)).filter((p) => !p.includes('table-wrap') && !p.startsWith('overflows its box: table'));
    expect(problems).toEqual([]);
    await page.click('label[for="f-k-stale"]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.attention tr.r:visible').count()).toBe(await page.locator('.attention tr.r').count());
    await page.emulateMedia({ media: 'screen' });
  });
});
