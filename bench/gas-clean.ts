// Service calls and Node wall time of "Clean this sheet" through the built bundle and the fake.
// Run: node scripts/build.mjs && npx tsx bench/gas-clean.ts [rows...]
// Calls are printed in two parts: the fixed batch calls, and deleteRows (one per run of adjacent
// merged-away rows: row removal keeps hidden rows and other row state with their data).
import { harness } from '../test/integration/gas-harness';
import { messySheet } from '../test/integration/messy-sheet';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const rows of sizes.length ? sizes : [200, 5000, 50000]) {
  const h = harness(messySheet(rows));
  const t = Date.now();
  h.bundle.menuCleanSheet();
  const ms = Date.now() - t;
  const result = h.gas.ui.alerts[h.gas.ui.alerts.length - 1]?.prompt.split('\n').slice(0, 2).join(' ') ?? '';
  const total = h.gas.calls.total();
  const deletes = h.gas.calls.counts.get('Sheet.deleteRows') ?? 0;
  console.log(`${rows} rows: ${total} service calls (${total - deletes} batch calls + ${deletes} deleteRows), ${(ms / 1000).toFixed(1)} s  (${result})`);
}
