// Runs every benchmark in turn and prints its figures (npm run bench). Each bench is its own
// process so one's memory and JIT state do not colour the next one's numbers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES = [
  ['normalize.ts', 'Normalization, formulas, bundle (issue 2)'],
  ['phone-metadata.ts', 'Phone metadata choice and form (issues 2, 16)'],
  ['formula-cold-start.ts', 'Formula cold start next to bare libphonenumber-js (issue 16)'],
  ['dedupe-quality.ts', 'Duplicate detection quality (issue 3)'],
  ['dedupe-scale.ts', 'Duplicate detection scale (issue 3)'],
  ['gas-clean.ts', 'Clean this sheet through the fake (issue 4)'],
  ['gas-audit.ts', 'Edits and audits through the fake (issue 6)'],
  ['cli-scale.ts', 'Command line on large files (issue 7)'],
];

const only = process.argv.slice(2);
let failed = 0;
for (const [file, title] of BENCHES) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const path = join(here, file);
  if (!existsSync(path)) continue;
  console.log(`\n## ${title} — bench/${file}`);
  const run = spawnSync('npx', ['tsx', path], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`(bench/${file} exited with ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);
