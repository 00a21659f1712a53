import { loadBundled } from './bundled';
import { messyRows, MESSY_HEADER } from './messy-rows';
type Core = typeof import('../../src/core/normalize-table') & typeof import('../../src/core/settings');
const { normalizeTable, withDefaults } = await loadBundled<Core>('bench/lib/core-entry.ts');
const rows = messyRows(50000);
const t = performance.now();
normalizeTable({ header: MESSY_HEADER, rows }, withDefaults({ defaultCountry: 'ID' }));
console.log(((performance.now() - t) / rows.length * 1000).toFixed(1), 'µs/row');
