/**
 * CLI at scale: generates N messy rows (default 1,000,000) with the sample generator, then runs the
 * built CLI (build/cli.cjs) on them and prints wall time, rows/s, peak RSS and peak heap per command.
 *
 *   node scripts/build.mjs && npx tsx bench/cli-scale.ts [--rows 1000000] [--commands normalize,audit,clean]
 *
 * Floors (issue 7): under 2 GB and under 5 minutes for 1,000,000 rows on the 2-core dev machine.
 * The generated file is cached in the OS temp dir, keyed by row count and seed.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { createSampleGenerator, SAMPLE_HEADER } from '../scripts/gen-sample';

const ROOT = join(import.meta.dirname ?? '.', '..');
const CLI = join(ROOT, 'build', 'cli.cjs');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function generate(rows: number, seed: number): Promise<string> {
  const path = join(tmpdir(), `crm-hygiene-bench-${rows}-${seed}.csv`);
  if (existsSync(path)) return path;
  const t = Date.now();
  const gen = createSampleGenerator(seed);
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  const csv = stringify();
  csv.pipe(out);
  csv.write(SAMPLE_HEADER);
  for (let i = 0; i < rows; i++) {
    if (!csv.write(gen.next())) await new Promise((r) => csv.once('drain', r));
  }
  csv.end();
  await finished(out);
  renameSync(tmp, path);
  console.log(`generated ${rows.toLocaleString('en-US')} rows (${(statSync(path).size / 2 ** 20).toFixed(0)} MB) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return path;
}

interface Stats {
  ms: number;
  cpuMs: number;
  peakRssMB: number;
  peakHeapMB: number;
}

function run(command: string, file: string, outDir: string, rows: number): void {
  const args = [CLI, command, file, '-q'];
  if (command === 'clean') args.push('--out-dir', outDir);
  if (command === 'normalize') args.push('-o', join(outDir, 'normalized.csv'));
  // A 1M-row table needs more than V8's default old-space limit; 1.75 GB keeps us under the 2 GB floor.
  const res = spawnSync(process.execPath, ['--max-old-space-size=1792', ...args], {
    env: { ...process.env, CRM_HYGIENE_STATS: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const line = /CRM_HYGIENE_STATS (\{.*\})/.exec(res.stderr ?? '');
  if (res.status !== 0 || !line?.[1]) {
    console.log(`${command.padEnd(10)} FAILED (exit ${res.status}): ${(res.stderr ?? '').split('\n').filter((l) => l && !l.startsWith('CRM_HYGIENE_STATS')).slice(-3).join(' | ')}`);
    return;
  }
  const s = JSON.parse(line[1]) as Stats;
  console.log(
    `${command.padEnd(10)} ${(s.ms / 1000).toFixed(1).padStart(7)} s wall  ${(s.cpuMs / 1000).toFixed(1).padStart(7)} s CPU  ${Math.round(rows / (s.ms / 1000)).toLocaleString('en-US').padStart(9)} rows/s  peak RSS ${s.peakRssMB.toFixed(0).padStart(5)} MB  peak heap ${s.peakHeapMB.toFixed(0).padStart(5)} MB`,
  );
}

async function main(): Promise<void> {
  const rows = Number(arg('--rows', '1000000'));
  const commands = arg('--commands', 'normalize,audit,clean').split(',');
  if (!existsSync(CLI)) throw new Error('build/cli.cjs missing: run node scripts/build.mjs first');
  const file = await generate(rows, 7);
  const outDir = mkdtempSync(join(tmpdir(), 'crm-hygiene-bench-out-'));
  console.log(`CLI on ${rows.toLocaleString('en-US')} rows (${file}), node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
  try {
    for (const c of commands) run(c, file, outDir, rows);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
