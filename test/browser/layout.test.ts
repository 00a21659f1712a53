// Every tab and the review flow in all six languages at the real sidebar width (300px), with a
// sheet that has history (audits, a schedule, a scheduled audit's result): nothing overflows its
// box, no label is cut (no ellipsis, no clipped text, no raw catalogue key), and no English word
// is left where the language has its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, layoutProblems, openTab, settled, startHarness, untranslated, type Harness } from './harness';

const LANGS = ['en', 'id', 'vi', 'cs', 'sv', 'tr'] as const;
const catalogue = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(import.meta.dirname, `../../sidebar/i18n/${lang}.json`), 'utf8'));
const ENGLISH = catalogue('en');

describe.skipIf(!HAS_CHROMIUM)('layout in six languages at 300px', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    h.page.on('pageerror', (e) => {
      throw e;
    });
    const backend = h.fresh();
    backend.run('runAuditNow', []);
    backend.run('scheduleAudits', [{ frequency: 'weekly', weekDay: 'WEDNESDAY', hour: 9 }]);
    // A week later the document's one background trigger fires and runs the audit that is due.
    backend.gas.env.advance(8 * 86_400_000);
    backend.run('runBackgroundWork', [{ triggerUid: backend.gas.triggers.triggers[0]?.getUniqueId() }]);
    h.server.backend = backend;
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const lang of LANGS) {
    it(`${lang}: every tab and the review flow fit, and speak ${lang}`, { timeout: 90_000 }, async () => {
      const { page } = h;
      const local = catalogue(lang);
      h.server.backend.setUserLocale(lang);
      await page.goto(h.url);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const check = async (where: string): Promise<void> => {
        expect(await layoutProblems(page), `${lang} ${where}`).toEqual([]);
        if (lang !== 'en') expect(await untranslated(page, ENGLISH, local), `${lang} ${where}`).toEqual([]);
      };
      await page.click('.score-parts summary');
      await check('overview');
      await openTab(page, 'clean');
      await page.locator('details.group summary').first().click();
      await check('clean');
      await openTab(page, 'duplicates');
      await page.waitForSelector('article.cluster');
      await page.click('.why-match summary');
      await check('duplicates');
      await page.keyboard.press('j');
      await page.waitForSelector('#review-position:has-text("2")');
      await check('duplicates, second group');
      await page.click('#review-next');
      await page.waitForSelector('#no-duplicates');
      await check('duplicates, end of the queue');
      await openTab(page, 'audits');
      await page.waitForSelector('#last-run');
      await page.click('#archive-preview');
      await page.waitForSelector('#archive-found');
      await check('audits');
      await openTab(page, 'settings');
      await check('settings');
    });
  }
});
