/**
 * Scale benchmark: time, candidate pairs and quality of findDuplicates on 10k, 50k and 100k
 * generated CRM rows (bench/lib/gen-crm.ts: seeded, six locales, Zipf name frequencies, ~7%
 * duplicates, hard negatives). Floors: 100k rows < 10 s and time(100k) / time(10k) <= 12, and
 * precision of sure merges >= 0.995 at every size with no hard negative merged.
 *
 *   npx tsx bench/dedupe-scale.ts [--base DIR] [sizes...]
 *
 * With --base, the build in DIR (another worktree, e.g. the commit before a change) runs on the
 * same generated sheets in the same process, alternating with this one, so both see the same
 * machine load. The machine may be shared: CPU time is printed next to wall time.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findDuplicates } from '../src/core/dedupe/index';
import type { DuplicateCluster } from '../src/core/dedupe/index';
import { generateCrm } from './lib/gen-crm';

type Find = typeof findDuplicates;

interface Quality {
  precision: number;
  recall: number;
  pairs: number;
}

interface Result {
  rows: number;
  ms: number;
  cpuMs: number;
  pairs: number;
  clusters: number;
  sure: number;
  all: Quality;
  sureQ: Quality;
  hardSure: number;
  hard: number;
}

/** Pairwise precision / recall of the pairs inside the given clusters against the generator's truth. */
function quality(clusters: readonly DuplicateCluster[], entity: readonly number[], truePairs: number): Quality {
  let tp = 0;
  let pred = 0;
  for (const c of clusters) {
    for (let i = 0; i < c.rows.length; i++) for (let j = i + 1; j < c.rows.length; j++) {
      pred++;
      if (entity[c.rows[i]!] === entity[c.rows[j]!]) tp++;
    }
  }
  return { precision: pred ? tp / pred : 1, recall: truePairs ? tp / truePairs : 1, pairs: pred };
}

function run(find: Find, n: number): Result {
  const g = generateCrm(n, 20261122);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = find(g.table, g.roles, { defaultCountry: 'US' });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const counts = new Map<number, number>();
  for (const e of g.entity) counts.set(e, (counts.get(e) ?? 0) + 1);
  let truePairs = 0;
  for (const k of counts.values()) truePairs += (k * (k - 1)) / 2;
  const sureClusters = r.clusters.filter((c) => c.confidence === 'sure');
  const inSure = new Map<number, number>();
  sureClusters.forEach((c, i) => c.rows.forEach((row) => inSure.set(row, i)));
  const hardSure = g.hardNegatives.filter(([a, b]) => inSure.get(a) !== undefined && inSure.get(a) === inSure.get(b)).length;
  return {
    rows: n, ms, cpuMs: (cpu.user + cpu.system) / 1000, pairs: r.candidatePairs, clusters: r.clusters.length, sure: sureClusters.length,
    all: quality(r.clusters, g.entity, truePairs), sureQ: quality(sureClusters, g.entity, truePairs), hardSure, hard: g.hardNegatives.length,
  };
}

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const baseDir = baseAt >= 0 ? resolve(args[baseAt + 1] ?? '.') : undefined;
const argSizes = args.filter((_, i) => i !== baseAt && i !== baseAt + 1).map(Number).filter((x) => x > 0);
const sizes = argSizes.length > 0 ? argSizes : [10_000, 50_000, 100_000];
const builds: Array<[string, Find]> = [['ours', findDuplicates]];
if (baseDir) {
  const mod = (await import(pathToFileURL(join(baseDir, 'src/core/dedupe/index.ts')).href)) as { findDuplicates: Find };
  builds.push(['base', mod.findDuplicates]);
}
// Warm-up so the first size does not pay for JIT compilation alone.
for (const [, find] of builds) {
  const w = generateCrm(2_000, 7);
  find(w.table, w.roles);
}
const results = new Map<string, Result[]>(builds.map(([name]) => [name, []]));
for (const n of sizes) for (const [name, find] of builds) results.get(name)!.push(run(find, n));

const p4 = (x: number) => x.toFixed(4);
console.log('build  rows     wall (s)  cpu (s)  candidate pairs  pairs/row  clusters   sure | sure merges: P   R      | all (sure+doubtful): P  R | hard negatives merged sure');
for (const [name, list] of results) {
  for (const r of list) {
    console.log(`${name.padEnd(6)} ${String(r.rows).padEnd(8)} ${(r.ms / 1000).toFixed(2).padStart(8)}  ${(r.cpuMs / 1000).toFixed(2).padStart(7)}  ${String(r.pairs).padStart(15)}  ${(r.pairs / r.rows).toFixed(1).padStart(9)}  ${String(r.clusters).padStart(8)}  ${String(r.sure).padStart(5)} | ${p4(r.sureQ.precision)} ${p4(r.sureQ.recall)}   | ${p4(r.all.precision)} ${p4(r.all.recall)}         | ${r.hardSure} of ${r.hard}`);
  }
}
console.log('\nFloors:');
for (const [name, list] of results) {
  for (const r of list) console.log(`${name} ${r.rows} rows: sure-merge pair precision ${p4(r.sureQ.precision)} (${r.sureQ.pairs} pairs): floor 0.995 ${r.sureQ.precision >= 0.995 ? 'PASS' : 'FAIL'}; hard negatives merged ${r.hardSure}: floor 0 ${r.hardSure === 0 ? 'PASS' : 'FAIL'}`);
  const big = list.find((r) => r.rows === 100_000);
  const small = list.find((r) => r.rows === 10_000);
  if (!big || !small) continue;
  for (const key of ['ms', 'cpuMs'] as const) {
    const label = key === 'ms' ? 'wall' : 'cpu ';
    console.log(`${name} ${label}: time(100k) = ${(big[key] / 1000).toFixed(2)} s (floor < 10 s: ${big[key] < 10_000 ? 'PASS' : 'FAIL'}); time(100k)/time(10k) = ${(big[key] / small[key]).toFixed(2)} (floor <= 12: ${big[key] / small[key] <= 12 ? 'PASS' : 'FAIL'})`);
  }
}
