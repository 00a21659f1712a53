/**
 * The command line at scale: clean, audit and normalize on generated 12-column CRM files
 * (bench/lib/gen-crm-wide.ts: six locales, ~7% duplicates with known truth, hard negatives) of
 * 10,000, 100,000 and 1,000,000 rows. Each run is its own process with Node's default heap (no
 * flags); the CLI reports its CPU time, wall time and peak RSS (the kernel's high-water mark).
 * For clean it also prints the precision of the sure merges against the generator's truth,
 * read from the archive the run wrote (pairs within each merged cluster).
 *
 *   node scripts/build.mjs && npx tsx bench/cli-scale.ts [--rows 10000,100000,1000000]
 *        [--commands normalize,audit,clean,clean-whole] [--base path/to/other/build/cli.cjs]
 *
 * --base runs a second build (e.g. the base commit's) on the same files, alternating with this
 * one, so the two columns are measured side by side under the same machine load, and compares
 * what the two wrote (clean: cleaned, archive and changes files; normalize: the file and its
 * changes), byte for byte: "same" or "DIFFERENT" after the row.
 * `clean-whole` plans the file in one piece (--max-exact-rows 0), for the match quality of
 * batches against the whole-file plan. Generated files are cached in the OS temp folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { generateWideCrm } from './lib/gen-crm-wide';

const ROOT = join(import.meta.dirname ?? '.', '..');
const SEED = 7;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function generate(rows: number): { file: string; entity: number[] } {
  const file = join(tmpdir(), `crm-hygiene-wide-${rows}-${SEED}.csv`);
  const truth = `${file}.entity.json`;
  if (!existsSync(file) || !existsSync(truth)) {
    const g = generateWideCrm(rows, SEED);
    const parts = [stringify([g.table.header])];
    for (let i = 0; i < g.table.rows.length; i += 50000) parts.push(stringify(g.table.rows.slice(i, i + 50000).map((r) => r.map(String))));
    writeFileSync(`${file}.tmp`, parts.join(''));
    renameSync(`${file}.tmp`, file);
    writeFileSync(truth, JSON.stringify(g.entity));
  }
  return { file, entity: JSON.parse(readFileSync(truth, 'utf8')) as number[] };
}

interface Run {
  ms: number;
  cpuMs: number;
  peakRssMB: number;
  precision?: { value: number; pairs: number; clusters: number };
}

/** Pairwise precision of the merged clusters in an archive (Merged into row, Original row). */
function precision(archive: string, entity: readonly number[]): Run['precision'] {
  const rows = parse(readFileSync(archive, 'utf8'), { bom: true }) as string[][];
  const clusters = new Map<number, number[]>();
  for (const r of rows.slice(1)) {
    const primary = Number(r.at(-2)) - 2;
    const loser = Number(r.at(-1)) - 2;
    const c = clusters.get(primary) ?? [primary];
    c.push(loser);
    clusters.set(primary, c);
  }
  let pairs = 0;
  let right = 0;
  for (const c of clusters.values()) {
    for (let i = 0; i < c.length; i++) {
      for (let j = i + 1; j < c.length; j++) {
        pairs++;
        if (entity[c[i] as number] === entity[c[j] as number]) right++;
      }
    }
  }
  return { value: pairs ? right / pairs : 1, pairs, clusters: clusters.size };
}

/** Runs one command of one build, writing into `out`. */
function run(cli: string, command: string, file: string, entity: readonly number[], out: string): Run | string {
  const [name, ...extra] = command === 'clean-whole' ? ['clean', '--max-exact-rows', '0'] : [command];
  const args = [cli, name as string, file, '-q', '--now', '2026-11-22', ...extra];
  if (name === 'clean') args.push('--out-dir', out);
  if (name === 'normalize') args.push('-o', join(out, 'normalized.csv'));
  try {
    const res = spawnSync(process.execPath, args, { env: { ...process.env, CRM_HYGIENE_STATS: '1' }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const line = /CRM_HYGIENE_STATS (\{.*\})/.exec(res.stderr ?? '');
    if (res.status !== 0 || !line?.[1]) return `FAILED (exit ${res.status}): ${(res.stderr ?? '').split('\n').filter((l) => l && !l.startsWith('CRM_HYGIENE_STATS')).slice(-2).join(' | ')}`;
    const stats = JSON.parse(line[1]) as Run;
    if (name === 'clean') stats.precision = precision(join(out, 'archive.csv'), entity);
    return stats;
  } catch (e) {
    return `FAILED: ${(e as Error).message}`;
  }
}

const OUTPUT_FILES = ['cleaned.csv', 'archive.csv', 'changes.csv', 'normalized.csv', 'normalized.changes.csv'];

/** Whether two runs wrote the same bytes in every output file either of them wrote. */
function sameOutputs(a: string, b: string): string {
  const files = OUTPUT_FILES.filter((f) => existsSync(join(a, f)) || existsSync(join(b, f)));
  if (files.length === 0) return '';
  const differ = files.filter((f) => !existsSync(join(a, f)) || !existsSync(join(b, f)) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  return differ.length ? `DIFFERENT: ${differ.join(', ')}` : `same ${files.join(', ')}`;
}

const cell = (r: Run | string | undefined): string => {
  if (r === undefined) return ''.padEnd(44);
  if (typeof r === 'string') return r.slice(0, 44).padEnd(44);
  const p = r.precision ? `  P ${r.precision.value.toFixed(4)}` : '';
  return `${(r.cpuMs / 1000).toFixed(1).padStart(6)} s ${(r.ms / 1000).toFixed(1).padStart(6)} s ${r.peakRssMB.toFixed(0).padStart(5)} MB${p}`.padEnd(44);
};

function main(): void {
  const sizes = arg('--rows', '10000,100000,1000000').split(',').map(Number);
  const commands = arg('--commands', 'normalize,audit,clean,clean-whole').split(',');
  const base = process.argv.includes('--base') ? arg('--base', '') : '';
  const cli = join(ROOT, 'build', 'cli.cjs');
  if (!existsSync(cli)) throw new Error('build/cli.cjs missing: run node scripts/build.mjs first');
  console.log(`node ${process.version}, no Node flags (default heap limit ${(getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MB), ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`);
  console.log('columns: CPU time, wall time, peak RSS; for clean, P = precision of sure merges (pairs) against the truth');
  console.log(`${'command'.padEnd(12)}${'rows'.padStart(10)}  ${'this build'.padEnd(44)}${base ? 'base build' : ''}`);
  for (const rows of sizes) {
    const { file, entity } = generate(rows);
    for (const command of commands) {
      // Up to 50,000 rows clean plans whole anyway; one piece of 1M rows is what batching avoids.
      if (command === 'clean-whole' && (rows <= 50000 || rows > 100000)) continue;
      const outs = [mkdtempSync(join(tmpdir(), 'crm-hygiene-bench-out-')), mkdtempSync(join(tmpdir(), 'crm-hygiene-bench-out-'))] as const;
      try {
        const mine = run(cli, command, file, entity, outs[0]);
        const theirs = base ? run(base, command, file, entity, outs[1]) : undefined;
        const same = base ? sameOutputs(outs[0], outs[1]) : '';
        console.log(`${command.padEnd(12)}${rows.toLocaleString('en-US').padStart(10)}  ${cell(mine)}${cell(theirs)}${same}`);
      } finally {
        for (const out of outs) rmSync(out, { recursive: true, force: true });
      }
    }
    console.log(`  (${(statSync(file).size / 2 ** 20).toFixed(0)} MB CSV)`);
  }
}

main();
