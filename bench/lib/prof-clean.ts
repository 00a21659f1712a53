// Profiling aid: clean() on generated messy rows, timed by phase.
import { clean } from '../../src/core/plan';
import { withDefaults } from '../../src/core/settings';
import { messyRows, MESSY_HEADER } from './messy-rows';
const n = Number(process.argv[2] ?? 2000);
const rows = messyRows(n);
const t = performance.now();
const plan = clean({ header: MESSY_HEADER, rows }, withDefaults({ defaultCountry: 'ID' }));
console.log(`${n} rows: ${(performance.now() - t).toFixed(0)} ms, ${plan.edits.length} edits, ${plan.merges.length} merges, ${plan.review.length} review`);
