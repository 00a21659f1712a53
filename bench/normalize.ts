// Issue 2 figures: normalization throughput, one 10,000-cell custom-function call, dist size and
// the time to evaluate the bundle in a fresh vm context. Run: npm run build && npx tsx bench/normalize.ts
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

async function throughput(rows: number): Promise<void> {
  const { normalizeTable, withDefaults } = await loadBundled<Core>('bench/lib/core-entry.ts');
  const table = { header: MESSY_HEADER, rows: messyRows(rows) };
  const settings = withDefaults({ defaultCountry: 'ID' });
  normalizeTable({ header: MESSY_HEADER, rows: messyRows(1000, 7) }, settings); // warm-up
  const t0 = performance.now();
  const result = normalizeTable(table, settings);
  const ms = performance.now() - t0;
  console.log(`normalize ${rows.toLocaleString('en')} rows x ${MESSY_HEADER.length} fields: ${ms.toFixed(0)} ms, ${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s, ${result.changes.length.toLocaleString('en')} changes (floor: 100,000 rows < 5,000 ms)`);
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
await throughput(100_000);
customFunction(10_000);
