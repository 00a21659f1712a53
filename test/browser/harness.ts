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

/**
 * What is wrong with the page's layout at the sidebar's width, as a list of sentences:
 * - an element wider than its box (scrollWidth > clientWidth), the page scrolling sideways;
 * - a cut label: an ellipsis, or a box that hides part of its text (overflow hidden and too small);
 * - a catalogue key shown raw (tab.clean, msg.sheet.empty).
 * Intentional clips are skipped: screen-reader-only text and the bars' tracks.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('.sr-only, svg, noscript, script, style')) continue;
      const box = el as HTMLElement;
      if (box.offsetParent === null && getComputedStyle(box).position !== 'fixed') continue; // not shown
      const style = getComputedStyle(box);
      if (box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1) problems.push(`overflows its box: ${describe(el)} (${box.scrollWidth} > ${box.clientWidth})`);
      if (style.textOverflow === 'ellipsis') problems.push(`ellipsis: ${describe(el)}`);
      const clips = /(hidden|clip)/.test(style.overflowY) && !el.matches('.meter, .progress-bar, .inactive-list');
      if (clips && box.clientHeight > 0 && box.scrollHeight > box.clientHeight + 1) problems.push(`clipped text: ${describe(el)}`);
    }
    // A label shortened in code ("Không có trong da…") is cut as well.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const text = (n.textContent ?? '').trim();
      if (/[^\s.…]…$/.test(text) && !n.parentElement?.closest('script, style, .loading, .data, .value, .before, .after, option')) problems.push(`shortened label: "${text}"`);
    }
    const raw = /\b(app|tab|action|overview|kind|field|rule|clean|dup|review|score|settings|trend|audits|entry|archive|error|msg|menu)\.[a-z][A-Za-z.]*\b/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const hit = raw.exec(text);
      if (hit && !n.parentElement?.closest('script, style, noscript, code, .data, .value, .before, .after, option, label[for^="role-"]')) problems.push(`raw key shown: ${hit[0]}`);
    }
    return problems;
  });
}

/**
 * Visible texts of the page that are an English catalogue string where `lang` has its own: the
 * sign of a word left untranslated. Values from the sheet (inside .value, .before, .after, …)
 * are data, not words of the add-on.
 */
export async function untranslated(page: Page, english: Record<string, string>, local: Record<string, string>): Promise<string[]> {
  const words = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    if (local[key] !== undefined && local[key] !== text && !/\{/.test(text)) words.add(text.trim());
  }
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const data = '.data, .value, .before, .after, .cell-ref, option, .inactive-list, label[for^="role-"]';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(`script, style, noscript, ${data}`) || (el.closest('.sr-only') === null && el.offsetParent === null)) continue;
      const text = (n.textContent ?? '').trim();
      if (text) out.push(text);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title]'))) {
      for (const attr of ['aria-label', 'title']) {
        const v = el.getAttribute(attr);
        if (v) out.push(v.trim());
      }
    }
    return out;
  });
  return [...new Set(texts.filter((t) => words.has(t)))];
}
