// Profiling aid: time per column role of normalizeTable on the bundled core.
import { loadBundled } from './bundled';
import { messyRows, MESSY_HEADER } from './messy-rows';

type Core = typeof import('../../src/core/normalize/normalize-table') & typeof import('../../src/core/settings');
const { normalizeTable, withDefaults } = await loadBundled<Core>('bench/lib/core-entry.ts');
const rows = messyRows(30000);
normalizeTable({ header: MESSY_HEADER, rows: messyRows(2000, 9) }, withDefaults({ defaultCountry: 'ID' }));
for (let c = 0; c < MESSY_HEADER.length; c++) {
  const header = MESSY_HEADER.map((h, i) => (i === c || (c === 2 && i === 4) ? h : `x${i}`));
  const t = performance.now();
  normalizeTable({ header, rows }, withDefaults({ defaultCountry: 'ID' }));
  console.log(MESSY_HEADER[c], (((performance.now() - t) / rows.length) * 1000).toFixed(1), 'µs/row');
}
