// Apps Script service calls and Node time of each sidebar action and of the menu's start, through a
// built bundle and the strict fake, on a generated sheet. Pass another build's dist/ to compare:
//   node scripts/build.mjs && npx tsx bench/sidebar-actions.ts [--dist <dir>] [--rows 2000] [--only <action>]
import '../test/fake/charts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createFakeGas } from '../test/fake/gas';
import type { FakeSheet } from '../test/fake/sheet';
import { messySheet } from '../test/integration/messy-sheet';

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const DIST = option('--dist') ?? join(import.meta.dirname, '../dist');
const ROWS = Number(option('--rows') ?? 2000);
const ONLY = option('--only');

type Bundle = Record<string, (...args: unknown[]) => unknown>;

function setup(): { gas: ReturnType<typeof createFakeGas>; bundle: Bundle } {
  const gas = createFakeGas({ locale: 'id_ID' });
  const sheet = gas.addSheet('Contacts', messySheet(ROWS));
  gas.spreadsheet.setActiveSheet(sheet);
  gas.spreadsheet.deleteSheet(gas.spreadsheet.getSheetByName('Sheet1') as FakeSheet);
  const context = vm.createContext({ console, ...gas.globals });
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js')).sort()) vm.runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  return { gas, bundle: context as unknown as Bundle };
}

const ACTIONS: Array<[string, (b: Bundle) => unknown]> = [
  ['onOpen', (b) => b.onOpen?.({ authMode: 'LIMITED' })],
  ['sidebarGetOverview', (b) => b.sidebarGetOverview?.()],
  ['sidebarPreviewClean', (b) => b.sidebarPreviewClean?.()],
  ['sidebarGetReviewClusters', (b) => b.sidebarGetReviewClusters?.()],
  ['runAuditNow', (b) => b.runAuditNow?.()],
  ['menuCleanSheet', (b) => b.menuCleanSheet?.()],
  ['menuUndoLastClean', (b) => b.menuUndoLastClean?.()],
];

console.log(`dist: ${DIST}, ${ROWS} rows`);
const { gas, bundle } = setup();
for (const [name, run] of ACTIONS) {
  if (ONLY && ONLY !== name) continue;
  gas.calls.reset();
  const t = performance.now();
  run(bundle);
  const ms = performance.now() - t;
  console.log(`${name.padEnd(26)} ${String(gas.calls.total()).padStart(5)} calls ${ms.toFixed(0).padStart(7)} ms`);
}
