/**
 * Scale benchmark: time and candidate pairs of findDuplicates on 10k, 50k and 100k generated CRM
 * rows (seeded, six locales, duplicates and hard negatives). Floors: 100k rows < 20 s and
 * time(100k) / time(10k) <= 15. Run: npx tsx bench/dedupe-scale.ts
 */
import { findDuplicates } from '../src/core/dedupe/index';
import { generateCrm } from './lib/gen-crm';

const sizes = [10_000, 50_000, 100_000];
const results: Array<{ rows: number; ms: number; cpuMs: number; pairs: number; clusters: number; sure: number; precision: number; recall: number }> = [];
// Warm-up so the first size does not pay for JIT compilation alone.
findDuplicates(generateCrm(2_000, 7).table, generateCrm(2_000, 7).roles);
for (const n of sizes) {
  const g = generateCrm(n, 20261122);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = findDuplicates(g.table, g.roles, { defaultCountry: 'US' });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  let tp = 0;
  let pred = 0;
  for (const c of r.clusters) {
    for (let i = 0; i < c.rows.length; i++) for (let j = i + 1; j < c.rows.length; j++) {
      pred++;
      if (g.entity[c.rows[i]!] === g.entity[c.rows[j]!]) tp++;
    }
  }
  const counts = new Map<number, number>();
  for (const e of g.entity) counts.set(e, (counts.get(e) ?? 0) + 1);
  let truePairs = 0;
  for (const k of counts.values()) truePairs += (k * (k - 1)) / 2;
  results.push({ rows: n, ms, cpuMs, pairs: r.candidatePairs, clusters: r.clusters.length, sure: r.clusters.filter((c) => c.confidence === 'sure').length, precision: pred ? tp / pred : 1, recall: truePairs ? tp / truePairs : 1 });
}
// Wall time is what a user waits; CPU time (this process) is also printed because the benchmark
// machine may be shared, which inflates wall time but not CPU time.
console.log('rows     time (s)  cpu (s)  candidate pairs  pairs/row  clusters  sure   pair precision  pair recall');
for (const r of results) {
  console.log(`${String(r.rows).padEnd(8)} ${(r.ms / 1000).toFixed(2).padStart(8)}  ${(r.cpuMs / 1000).toFixed(2).padStart(7)}  ${String(r.pairs).padStart(15)}  ${(r.pairs / r.rows).toFixed(1).padStart(9)}  ${String(r.clusters).padStart(8)}  ${String(r.sure).padStart(5)}  ${r.precision.toFixed(4).padStart(14)}  ${r.recall.toFixed(4).padStart(11)}`);
}
for (const key of ['ms', 'cpuMs'] as const) {
  const t10 = results[0]![key];
  const t100 = results[2]![key];
  const label = key === 'ms' ? 'wall' : 'cpu';
  console.log(`${label}: time(100k) = ${(t100 / 1000).toFixed(2)} s (floor < 20 s: ${t100 < 20000 ? 'PASS' : 'FAIL'}); time(100k)/time(10k) = ${(t100 / t10).toFixed(2)} (floor <= 15: ${t100 / t10 <= 15 ? 'PASS' : 'FAIL'})`);
}
