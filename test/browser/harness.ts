// Starts Debian's chromium (no browser download) against the dev server, which answers
// google.script.run with the real built bundle on the in-memory Apps Script fake.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createBackend, readCsvSheet, startDevServer } from '../../scripts/dev-server.mjs';
import type { Cell } from '../../src/core/table';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const DIST_HTML = join(import.meta.dirname, '../../dist/Sidebar.html');

export const XSS_SCRIPT = '<script>window.__xss=(window.__xss||0)+1</script>';
export const XSS_IMG = '<img src=x onerror="window.__xss=(window.__xss||0)+1">';

let planted: Cell[][] | null = null;

/**
 * The messy sample's first 120 rows with markup planted where the sidebar shows it: an extra
 * column header, and the Notes of the rows of the first doubtful duplicate group.
 */
export function messySheet(): Cell[][] {
  if (!planted) {
    const rows: Cell[][] = readCsvSheet(undefined, 120);
    const header = rows[0] as string[];
    header.push(XSS_IMG);
    for (const r of rows.slice(1)) r.push('');
    const notes = header.indexOf('Notes');
    const clusters = createBackend({ values: rows }).run('sidebarGetReviewClusters', []) as Array<{ rows: number[] }>;
    const group = clusters[0]?.rows ?? [];
    if (group.length < 2 || notes < 0) throw new Error('the sample changed: expected a doubtful duplicate group and a Notes column');
    (rows[(group[0] as number) - 1] as Cell[])[notes] = XSS_SCRIPT;
    (rows[(group[1] as number) - 1] as Cell[])[notes] = XSS_IMG;
    planted = rows;
  }
  return planted.map((r) => r.slice());
}

export async function ensureBuilt(): Promise<void> {
  if (!existsSync(DIST_HTML) || !readFileSync(DIST_HTML, 'utf8').includes('id="app"')) {
    execFileSync(process.execPath, [join(import.meta.dirname, '../../scripts/build.mjs')], { stdio: 'inherit' });
  }
}

export interface Harness {
  url: string;
  page: Page;
  context: BrowserContext;
  server: Awaited<ReturnType<typeof startDevServer>>;
  fresh(): ReturnType<typeof createBackend>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureBuilt();
  const fresh = () => createBackend({ values: messySheet() });
  const server = await startDevServer({ backend: fresh() });
  const profile = mkdtempSync(join(tmpdir(), 'crm-hygiene-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 300, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  // The page may only talk to the dev server: no fonts, CDNs or anything else.
  await context.route(/.*/, (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  return {
    url: server.url,
    page,
    context,
    server,
    fresh,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the active panel finished loading (no aria-busy) and shows something. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#panel:not([aria-busy]) > *');
}

export async function openTab(page: Page, id: 'overview' | 'clean' | 'duplicates' | 'audits' | 'settings'): Promise<void> {
  await page.click(`#tab-${id}`);
  await page.waitForSelector(`#tab-${id}[aria-selected="true"]`);
  await settled(page);
}
