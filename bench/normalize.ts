// Issue 2 figures: normalization throughput, one 10,000-cell custom-function call, dist size and
// the time to evaluate the bundle in a fresh vm context. Run: npm run build && npx tsx bench/normalize.ts
// Before/after side by side (issue 12): npx tsx bench/normalize.ts --base /tmp/base-worktree
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { loadBundled } from './lib/bundled';
import { messyRows, MESSY_HEADER } from './lib/messy-rows';
import { createFakeGas } from '../test/fake/gas';
import { loadCold, readScripts } from './lib/cold-start';

const DIST = join(import.meta.dirname, '../dist');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

type Core = typeof import('../src/core/normalize/normalize-table') & typeof import('../src/core/settings');

/**
 * Normalization throughput of this build and, with `--base <dir>` (a worktree of another commit,
 * e.g. `git worktree add /tmp/base c7dfdd9`), of that build too, side by side in one run: the two
 * are timed in turns (base, this, this, base ...) on the same rows, so a drift of the machine's
 * speed hits both alike. Medians of the wall and the CPU time are printed.
 */
async function throughput(rows: number, baseDir: string | undefined): Promise<void> {
  const builds: Array<{ label: string; core: Core; times: number[]; cpu: number[]; changes: number }> = [];
  if (baseDir) builds.push({ label: `before (${baseDir})`, core: await loadBundled<Core>('bench/lib/core-entry.ts', baseDir), times: [], cpu: [], changes: 0 });
  builds.push({ label: 'after (this build)', core: await loadBundled<Core>('bench/lib/core-entry.ts'), times: [], cpu: [], changes: 0 });
  const table = { header: MESSY_HEADER, rows: messyRows(rows) };
  for (const b of builds) b.core.normalizeTable({ header: MESSY_HEADER, rows: messyRows(1000, 7) }, b.core.withDefaults({ defaultCountry: 'ID' })); // warm-up
  const rounds = baseDir ? 6 : 1;
  for (let round = 0; round < rounds; round++) {
    // A B, B A, A B ...: neither build always runs on the other's leftover garbage.
    for (const b of round % 2 ? [...builds].reverse() : builds) {
      const settings = b.core.withDefaults({ defaultCountry: 'ID' });
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const result = b.core.normalizeTable(table, settings);
      b.times.push(performance.now() - t0);
      // CPU time as well: on a shared machine it moves far less than the wall clock.
      const c = process.cpuUsage(c0);
      b.cpu.push((c.user + c.system) / 1000);
      b.changes = result.changes.length;
    }
  }
  for (const b of builds) {
    const ms = median(b.times);
    console.log(`normalize ${rows.toLocaleString('en')} rows x ${MESSY_HEADER.length} fields, ${b.label}: median ${ms.toFixed(0)} ms wall (${b.times.map((t) => t.toFixed(0)).join('/')}), ${median(b.cpu).toFixed(0)} ms CPU, ${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s, ${b.changes.toLocaleString('en')} changes (floor: 100,000 rows in 2,000 ms)`);
  }
  const [before, after] = builds;
  if (before && after && builds.length === 2) {
    console.log(`after / before: ${(median(after.times) / median(before.times)).toFixed(2)}x the wall time, ${(median(after.cpu) / median(before.cpu)).toFixed(2)}x the CPU time`);
  }
}

// Compiled afresh each time (lib/cold-start.ts), as a new Apps Script execution must.
function loadFresh(): { ctx: vm.Context; ms: number } {
  const { context, ms } = loadCold(readScripts(DIST), createFakeGas({ locale: 'id_ID' }).globals);
  return { ctx: context, ms };
}

function customFunction(cells: number): void {
  const range = messyRows(cells, 3).map((r) => [r[2]]);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { ctx } = loadFresh();
    const t0 = performance.now();
    (ctx.CRM_NORMALIZE_PHONE as (v: unknown) => unknown)(range);
    times.push(performance.now() - t0);
  }
  console.log(`CRM_NORMALIZE_PHONE over ${cells.toLocaleString('en')} cells, fresh context each call: median ${median(times).toFixed(0)} ms (floor: < 1,000 ms)`);
  const emails = messyRows(cells, 4).map((r) => [r[1]]);
  const { ctx } = loadFresh();
  const t0 = performance.now();
  (ctx.CRM_NORMALIZE_EMAIL as (v: unknown) => unknown)(emails);
  console.log(`CRM_NORMALIZE_EMAIL over ${cells.toLocaleString('en')} cells: ${(performance.now() - t0).toFixed(0)} ms`);
}

function bundleSize(): void {
  const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const total = files.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
  const parts = files.map((f) => `${f} ${(statSync(join(DIST, f)).size / 1024).toFixed(1)} KB`).join(', ');
  console.log(`dist/*.js total ${(total / 1024).toFixed(1)} KB (${parts}) (floor: < 400 KB)`);
}

function evalTime(): void {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) times.push(loadFresh().ms);
  console.log(`evaluate dist/*.js in a fresh vm context: median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms over 30 (floor: < 20 ms median)`);
  // First use pays for the module body (tables, phone metadata): shown separately.
  const firstUse: number[] = [];
  for (let i = 0; i < 10; i++) {
    const { ctx } = loadFresh();
    const t0 = performance.now();
    (ctx.CRM_NORMALIZE_COUNTRY as (v: unknown) => unknown)('Hoa Kỳ');
    firstUse.push(performance.now() - t0);
  }
  console.log(`first formula call in a fresh context (module init + one value): median ${median(firstUse).toFixed(1)} ms`);
}

bundleSize();
evalTime();
const baseAt = process.argv.indexOf('--base');
await throughput(100_000, baseAt > 0 ? process.argv[baseAt + 1] : process.env.BENCH_BASE);
customFunction(10_000);
