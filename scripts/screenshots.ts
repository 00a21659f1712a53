// Regenerates the README's pictures (never run by the tests): the sidebar's overview and its
// duplicate review card at the real sidebar width, and the HTML report on a desktop and a phone.
//   npm run screenshots            docs/*.png
//   npm run screenshots -- --all   also every tab in every language, to look at, in
//                                  test-results/screenshots/ (not tracked)
// Needs Debian's chromium (/usr/bin/chromium); nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, HAS_CHROMIUM, SHOTS, openTab, settled, startHarness } from '../test/browser/harness';

const root = join(import.meta.dirname, '..');
const DOCS = join(root, 'docs');
const LANGS = ['en', 'id', 'vi', 'cs', 'sv', 'tr'];
const TABS = ['overview', 'clean', 'duplicates', 'audits', 'settings'] as const;

async function sidebarShots(all: boolean): Promise<void> {
  const h = await startHarness();
  try {
    const backend = h.fresh();
    backend.run('runAuditNow', []);
    h.server.backend = backend;
    const { page } = h;
    await page.goto(h.url);
    await settled(page);
    await page.click('.score-parts summary');
    await page.screenshot({ path: join(DOCS, 'sidebar-overview-en.png'), fullPage: true });
    // The review tab as a person sees it: the queue's head, the card, the shortcuts.
    for (const lang of ['en', 'vi']) {
      backend.setUserLocale(lang);
      await page.goto(h.url);
      await settled(page);
      await openTab(page, 'duplicates');
      await page.locator('article.cluster').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(DOCS, `review-card-${lang}.png`), fullPage: true });
    }
    if (!all) return;
    mkdirSync(SHOTS, { recursive: true });
    for (const lang of LANGS) {
      backend.setUserLocale(lang);
      await page.goto(h.url);
      await settled(page);
      for (const tab of TABS) {
        await openTab(page, tab);
        await page.screenshot({ path: join(SHOTS, `sidebar-${tab}-${lang}.png`), fullPage: true });
      }
    }
  } finally {
    await h.close();
  }
}

/** The report of `npm start`'s sample, in English on a desktop and in Czech on a phone. */
async function reportShots(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'crm-report-'));
  const profile = mkdtempSync(join(tmpdir(), 'crm-hygiene-chromium-'));
  const cli = (lang: string, dir: string) =>
    execFileSync(process.execPath, [join(root, 'bin/crm-hygiene.mjs'), 'clean', 'examples/crm-sample.csv', '--out-dir', join(out, dir), '--lang', lang, '--now', '2026-11-22', '-q'], { cwd: root });
  cli('en', 'en');
  cli('cs', 'cs');
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    await context.route(/^(?!file:).*/, (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1100, height: 1400 });
    await page.goto(`file://${join(out, 'en', 'report.html')}`);
    await page.click('label[for="f-k-stale"]');
    await page.screenshot({ path: join(DOCS, 'report.png') });
    await page.setViewportSize({ width: 390, height: 1600 });
    await page.goto(`file://${join(out, 'cs', 'report.html')}`);
    await page.screenshot({ path: join(DOCS, 'report-phone-cs.png') });
  } finally {
    await context.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (!HAS_CHROMIUM) {
  console.error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium).`);
  process.exit(1);
}
mkdirSync(DOCS, { recursive: true });
await sidebarShots(process.argv.includes('--all'));
await reportShots();
console.log(`wrote docs/sidebar-overview-en.png, docs/review-card-en.png, docs/review-card-vi.png, docs/report.png, docs/report-phone-cs.png`);
