// Builds the sidebar into ONE self-contained file, build/sidebar/Sidebar.html: the TypeScript
// bundle and the CSS inlined into sidebar/index.html. No external scripts, fonts or CDNs.
// Run: node scripts/build-sidebar.mjs (scripts/build.mjs calls buildSidebar() before writing dist/).
import { build, transform } from 'esbuild';
import { sidebarCatalogues } from './esbuild-plugins.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SIDEBAR_OUT = join(root, 'build/sidebar/Sidebar.html');
// The sidebar is loaded once each time it opens (never by formulas or triggers) and carries all six
// catalogues so that a language switch in Settings needs no round trip; most of its bytes are
// those texts. The budget keeps an eye on growth, not on a limit of Apps Script.
export const MAX_SIDEBAR_BYTES = 256 * 1024;

/** Text that must not end the inline <script>/<style> early or look like an HtmlService scriptlet. */
function inlineSafe(code) {
  return code.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export async function buildSidebar({ out = SIDEBAR_OUT } = {}) {
  const js = await build({
    entryPoints: [join(root, 'sidebar/src/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    plugins: [sidebarCatalogues],
    logLevel: 'warning',
  });
  const css = await transform(readFileSync(join(root, 'sidebar/styles.css'), 'utf8'), { loader: 'css', minify: true, charset: 'utf8' });
  const template = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  const script = inlineSafe(js.outputFiles[0].text.trim());
  const style = css.code.trim().replace(/<\/style/gi, '<\\/style');
  if (script.includes('<?') || style.includes('<?')) throw new Error('sidebar bundle contains "<?" (HtmlService scriptlet syntax)');
  const html = template.replace('/*INLINE_CSS*/', () => style).replace('/*INLINE_JS*/', () => script);
  if (/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i.test(html)) {
    throw new Error('sidebar must not load external resources');
  }
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_SIDEBAR_BYTES) throw new Error(`Sidebar.html is ${bytes} bytes, over the ${MAX_SIDEBAR_BYTES}-byte budget`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  return { out, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { out, bytes } = await buildSidebar();
  console.log(`built ${out.slice(root.length + 1)} (${(bytes / 1024).toFixed(1)} KB)`);
}
