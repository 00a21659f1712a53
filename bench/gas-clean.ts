// Service calls and Node wall time of "Clean this sheet" through the built bundle and the fake.
// Run: node scripts/build.mjs && npx tsx bench/gas-clean.ts [rows...]
import { harness } from '../test/integration/gas-harness';
import { messySheet } from '../test/integration/messy-sheet';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const rows of sizes.length ? sizes : [200, 5000, 50000]) {
  const h = harness(messySheet(rows));
  const t = Date.now();
  h.bundle.menuCleanSheet();
  const ms = Date.now() - t;
  const result = h.gas.ui.alerts[h.gas.ui.alerts.length - 1]?.prompt.split('\n')[0] ?? '';
  console.log(`${rows} rows: ${h.gas.calls.total()} service calls, ${(ms / 1000).toFixed(1)} s  (${result})`);
}
