// Loads a core module the way it ships: bundled by esbuild with the same plugins as dist/ and the
// CLI, so benchmarks measure the code users run (not the unbundled dev modules).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { phoneRegexCache } from '../../scripts/esbuild-plugins.mjs';

export async function loadBundled<T>(entry: string): Promise<T> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'crm-bench-')), 'bundle.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../..', entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    plugins: [phoneRegexCache],
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile) as T;
}
