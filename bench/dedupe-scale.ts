/**
 * Scale benchmark: time, candidate pairs and quality of findDuplicates on 10k, 50k and 100k
 * generated CRM rows (bench/lib/gen-crm.ts: seeded, six locales, Zipf name frequencies, ~7%
 * duplicates, hard negatives). Floors: 100k rows < 20 s and time(100k) / time(10k) <= 15, and
 * precision of sure merges >= 0.99 at every size. Run: npx tsx bench/dedupe-scale.ts [sizes...]
 */
import { findDuplicates } from '../src/core/dedupe/index';
import type { DuplicateCluster } from '../src/core/dedupe/index';
import { generateCrm } from './lib/gen-crm';

interface Quality {
  precision: number;
  recall: number;
  pairs: number;
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

const argSizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const sizes = argSizes.length > 0 ? argSizes : [10_000, 50_000, 100_000];
const results: Array<{ rows: number; ms: number; cpuMs: number; pairs: number; clusters: number; sure: number; all: Quality; sureQ: Quality; hardSure: number; hard: number }> = [];
// Warm-up so the first size does not pay for JIT compilation alone.
{
  const w = generateCrm(2_000, 7);
  findDuplicates(w.table, w.roles);
}
for (const n of sizes) {
  const g = generateCrm(n, 20261122);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = findDuplicates(g.table, g.roles, { defaultCountry: 'US' });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const counts = new Map<number, number>();
  for (const e of g.entity) counts.set(e, (counts.get(e) ?? 0) + 1);
  let truePairs = 0;
  for (const k of counts.values()) truePairs += (k * (k - 1)) / 2;
  const sureClusters = r.clusters.filter((c) => c.confidence === 'sure');
  const inSure = new Map<number, number>();
  sureClusters.forEach((c, i) => c.rows.forEach((row) => inSure.set(row, i)));
  const hardSure = g.hardNegatives.filter(([a, b]) => inSure.get(a) !== undefined && inSure.get(a) === inSure.get(b)).length;
  results.push({
    rows: n, ms, cpuMs, pairs: r.candidatePairs, clusters: r.clusters.length, sure: sureClusters.length,
    all: quality(r.clusters, g.entity, truePairs), sureQ: quality(sureClusters, g.entity, truePairs), hardSure, hard: g.hardNegatives.length,
  });
}
// Wall time is what a user waits; CPU time (this process) is also printed because the benchmark
// machine may be shared, which inflates wall time but not CPU time.
const p4 = (x: number) => x.toFixed(4);
console.log('rows     wall (s)  cpu (s)  candidate pairs  pairs/row  clusters   sure | sure merges: P   R      | all (sure+doubtful): P  R | hard negatives merged sure');
for (const r of results) {
  console.log(`${String(r.rows).padEnd(8)} ${(r.ms / 1000).toFixed(2).padStart(8)}  ${(r.cpuMs / 1000).toFixed(2).padStart(7)}  ${String(r.pairs).padStart(15)}  ${(r.pairs / r.rows).toFixed(1).padStart(9)}  ${String(r.clusters).padStart(8)}  ${String(r.sure).padStart(5)} | ${p4(r.sureQ.precision)} ${p4(r.sureQ.recall)}   | ${p4(r.all.precision)} ${p4(r.all.recall)}         | ${r.hardSure} of ${r.hard}`);
}
console.log('\nFloors:');
for (const r of results) console.log(`${r.rows} rows: sure-merge pair precision ${p4(r.sureQ.precision)} (${r.sureQ.pairs} pairs): floor 0.99 ${r.sureQ.precision >= 0.99 ? 'PASS' : 'FAIL'}`);
const big = results.find((r) => r.rows === 100_000);
const small = results.find((r) => r.rows === 10_000);
if (big && small) {
  for (const key of ['ms', 'cpuMs'] as const) {
    const t10 = small[key];
    const t100 = big[key];
    const label = key === 'ms' ? 'wall' : 'cpu ';
    console.log(`${label}: time(100k) = ${(t100 / 1000).toFixed(2)} s (floor < 20 s: ${t100 < 20000 ? 'PASS' : 'FAIL'}); time(100k)/time(10k) = ${(t100 / t10).toFixed(2)} (floor <= 15: ${t100 / t10 <= 15 ? 'PASS' : 'FAIL'})`);
  }
}
