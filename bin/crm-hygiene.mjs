#!/usr/bin/env node
// The package's `crm-hygiene` command. Runs the bundled CLI (build/cli.cjs); on a fresh clone
// where it has not been built yet (npm ci runs `prepare`, but a plain `git clone` + `node bin/...`
// does not), it builds it first with the project's own build script.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'build', 'cli.cjs');

if (!existsSync(cli)) {
  const { buildAll } = await import('../scripts/build.mjs');
  await buildAll();
}
createRequire(import.meta.url)(cli);
