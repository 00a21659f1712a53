// Service calls and Node time, through the built bundle and the strict fake:
//  - one edit with clean at entry on a 200-row and a 20,000-row sheet (same call count expected),
//    both with a warm key index (cache) and a cold one (index rebuilt from one read);
//  - "Run audit now" on a 50,000-row sheet.
// Run: node scripts/build.mjs && npx tsx bench/gas-audit.ts
import '../test/fake/charts';
import { createFakeGas } from '../test/fake/gas';
import { loadBundle } from '../test/integration/load-bundle';
import { messySheet } from '../test/integration/messy-sheet';
import type { FakeSheet } from '../test/fake/sheet';

interface Setup {
  gas: ReturnType<typeof createFakeGas>;
  bundle: ReturnType<typeof loadBundle>;
  sheet: FakeSheet;
}

function setup(rows: number): Setup {
  const gas = createFakeGas({ locale: 'id_ID' });
  const sheet = gas.addSheet('Contacts', messySheet(rows));
  gas.spreadsheet.setActiveSheet(sheet);
  gas.spreadsheet.deleteSheet(gas.spreadsheet.getSheetByName('Sheet1') as FakeSheet);
  return { gas, bundle: loadBundle(gas.globals), sheet };
}

function edit(s: Setup, row: number, values: unknown[][]): { calls: number; ms: number; byMethod: string } {
  const needed = row + values.length - 1;
  if (needed > s.sheet.getMaxRows()) s.sheet.insertRowsAfter(s.sheet.getMaxRows(), needed - s.sheet.getMaxRows() + 10);
  s.sheet.getRange(row, 1, values.length, values[0]?.length ?? 1).setValues(values);
  const ss = (s.gas.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(...a: number[]): unknown } } }).getActiveSpreadsheet();
  const range = ss.getSheetByName('Contacts').getRange(row, 1, values.length, values[0]?.length ?? 1);
  s.gas.calls.reset();
  const t = performance.now();
  s.bundle.onCrmHygieneEdit({ authMode: 'FULL', range, source: ss });
  const ms = performance.now() - t;
  const byMethod = [...s.gas.calls.counts.entries()].map(([k, v]) => `${k}${v > 1 ? `x${v}` : ''}`).join(' ');
  return { calls: s.gas.calls.total(), ms, byMethod };
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);

console.log('Clean at entry: one typed row (3 cells) on the data sheet');
console.log(`${'rows'.padStart(8)} ${'index'.padStart(6)} ${'calls'.padStart(6)} ${'Node ms'.padStart(9)}`);
const perSize: Record<number, string> = {};
for (const rows of [200, 20000]) {
  const s = setup(rows);
  s.bundle.setEntryGuard(true);
  s.gas.env.context = 'trigger';
  const last = s.sheet.getLastRow();
  const cold = edit(s, last + 1, [['SITI RAHAYU', 'Siti.R@GMAIL.CMO', '0812-3456-7890']]);
  const warm = edit(s, last + 2, [['BUDI SANTOSO', 'budi.s@firma.co.id', '0813 1111 2222']]);
  const dup = edit(s, last + 3, [['Siti R.', 'siti.r@gmail.com', '']]);
  console.log(`${pad(rows, 8)} ${'cold'.padStart(6)} ${pad(cold.calls, 6)} ${pad(cold.ms.toFixed(1), 9)}`);
  console.log(`${pad(rows, 8)} ${'warm'.padStart(6)} ${pad(warm.calls, 6)} ${pad(warm.ms.toFixed(1), 9)}`);
  console.log(`${pad(rows, 8)} ${'dup'.padStart(6)} ${pad(dup.calls, 6)} ${pad(dup.ms.toFixed(1), 9)}   (duplicate marked, candidate row checked)`);
  perSize[rows] = warm.byMethod;
  if (rows === 20000) {
    const paste = Array.from({ length: 1000 }, (_, i) => [i % 2 ? 'BUDI SANTOSO' : 'siti rahayu', ` P.${i}@GMAIL.CMO`, `0813 ${String(6000000 + i)}`]);
    const p = edit(s, last + 10, paste);
    console.log(`${pad(rows, 8)} ${'paste'.padStart(6)} ${pad(p.calls, 6)} ${pad(p.ms.toFixed(1), 9)}   (1,000 pasted rows)`);
  }
}
console.log(`calls of one warm edit, 200 rows:    ${perSize[200]}`);
console.log(`calls of one warm edit, 20,000 rows: ${perSize[20000]}`);

console.log('\nRun audit now');
for (const rows of [5000, 50000]) {
  const s = setup(rows);
  s.gas.calls.reset();
  const t = performance.now();
  const r = JSON.parse(JSON.stringify(s.bundle.runAuditNow())) as { score: number; flaggedRows: number; coloured: number; duplicatesChecked: boolean };
  const ms = performance.now() - t;
  const calls = s.gas.calls.total();
  s.gas.calls.reset();
  const t2 = performance.now();
  s.bundle.runAuditNow();
  const ms2 = performance.now() - t2;
  console.log(`${pad(rows, 6)} rows: ${calls} calls, ${ms.toFixed(0)} ms (second audit, refreshing marks: ${s.gas.calls.total()} calls, ${ms2.toFixed(0)} ms); score ${r.score}, ${r.flaggedRows} flagged rows, ${r.coloured} cells coloured, duplicates checked: ${r.duplicatesChecked}`);
}
