// Loads a core module the way it ships: bundled by esbuild with the same plugins as dist/ and the
// CLI, so benchmarks measure the code users run (not the unbundled dev modules). `root` may be
// another checkout of the project (a base commit's worktree), bundled with its own plugins, so a
// bench can time two builds side by side in one run.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export async function loadBundled<T>(entry: string, root: string = PROJECT_ROOT): Promise<T> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'crm-bench-')), 'bundle.cjs');
  const plugins = (await import(pathToFileURL(join(root, 'scripts/esbuild-plugins.mjs')).href)) as { phoneRegexCache: import('esbuild').Plugin };
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    plugins: [plugins.phoneRegexCache],
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return createRequire(import.meta.url)(outfile) as T;
}
