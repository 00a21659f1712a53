// "Clean this sheet" through the built bundle and the strict fake.
// Run: node scripts/build.mjs && npx tsx bench/gas-clean.ts [rows...]
//   Service calls and Node wall time per size (default 200, 5000, 50000). Calls are printed in two
//   parts: the fixed batch calls, and deleteRows (one per run of adjacent merged-away rows: row
//   removal keeps hidden rows and other row state with their data).
// npx tsx bench/gas-clean.ts --steps [rows]  (default 50000, a 12-column sheet)
//   Each step of the clean and of its undo in Node, with an estimate for Apps Script: the Node time
//   times the JavaScript factor of src/gas/step-cost.ts, plus the service work the step did (cells
//   read and written, text, row moves) at that file's per-cell rates; and the cells of our own
//   sheets per data cell.
import { harness, type Harness } from '../test/integration/gas-harness';
import { messySheet } from '../test/integration/messy-sheet';
import { wideSheet } from '../test/integration/wide-sheet';
import { fireContinuation, forceSteps, runWaiting } from '../test/integration/run-helpers';
import { APPS_SCRIPT_RATES, EXECUTION_LIMIT_MS, predictMs, type StepWork } from '../src/gas/step-cost';
import { meterServiceWork } from './lib/service-work';
import { ADDON_SHEETS } from '../src/gas/sheet-names';

const args = process.argv.slice(2);

function sizes(): void {
  const list = args.map(Number).filter((n) => n > 0);
  for (const rows of list.length ? list : [200, 5000, 50000]) {
    const h = harness(messySheet(rows));
    const t = Date.now();
    h.bundle.menuCleanSheet();
    const ms = Date.now() - t;
    const result = h.gas.ui.alerts[h.gas.ui.alerts.length - 1]?.prompt.split('\n').slice(0, 2).join(' ') ?? '';
    const total = h.gas.calls.total();
    const deletes = h.gas.calls.counts.get('Sheet.deleteRows') ?? 0;
    console.log(`${rows} rows: ${total} service calls (${total - deletes} batch calls + ${deletes} deleteRows), ${(ms / 1000).toFixed(1)} s  (${result})`);
  }
}

interface Step {
  name: string;
  nodeMs: number;
  work: Required<StepWork>;
}

const estimateMs = (s: Step): number => s.nodeMs * APPS_SCRIPT_RATES.jsFactor + predictMs(s.work);

function helperCells(h: Harness): { total: number; parts: string } {
  const parts: string[] = [];
  let total = 0;
  for (const name of ADDON_SHEETS) {
    const s = h.gas.spreadsheet.getSheetByName(name);
    if (!s) continue;
    const cells = s.getMaxRows() * s.getMaxColumns();
    total += cells;
    parts.push(`${name} ${s.getMaxRows()} x ${s.getMaxColumns()}`);
  }
  return { total, parts: parts.join(', ') };
}

function steps(rows: number): void {
  const h = harness(wideSheet(rows));
  const dataCells = (h.sheet.getLastRow() - 1) * h.sheet.getLastColumn();
  const meter = meterServiceWork();
  const measured: Step[] = [];
  const measure = (name: string, run: () => unknown): void => {
    const calls = h.gas.calls.total();
    meter.reset();
    const t = performance.now();
    run();
    const nodeMs = performance.now() - t;
    const work = meter.reset();
    work.calls = h.gas.calls.total() - calls;
    measured.push({ name, nodeMs, work });
  };
  // One step per execution, so that each execution measures one step (Apps Script runs as many as
  // fit in its budget; none may pass the 6-minute limit).
  forceSteps(h, 1);
  measure('execution 1: read, plan, journal, queue, step 1', () => h.bundle.menuCleanSheet());
  // Each further execution: the document's background trigger, an hour later (fireContinuation).
  for (let k = 2; runWaiting(h); k++) measure(`execution ${k}: step ${k}`, () => fireContinuation(h));
  const helpers = helperCells(h);
  const workbook = h.gas.spreadsheet.totalCells();
  measure('undo, execution 1: read, decide, step 1', () => h.bundle.menuUndoLastClean());
  for (let k = 2; runWaiting(h); k++) measure(`undo, execution ${k}: step ${k}`, () => fireContinuation(h));
  const afterUndo = helperCells(h);

  console.log(`${rows} rows x ${h.sheet.getLastColumn()} columns (${dataCells} data cells): each step in Node, and its Apps Script estimate`);
  console.log(`(Node ms x ${APPS_SCRIPT_RATES.jsFactor} for our JavaScript, plus the service work at ${APPS_SCRIPT_RATES.readCellMs} ms per cell read, ${APPS_SCRIPT_RATES.writeCellMs} per cell written, ${APPS_SCRIPT_RATES.textCharMs} per character, ${APPS_SCRIPT_RATES.callMs} per call, ${APPS_SCRIPT_RATES.structureMs} per row move)`);
  for (const s of measured) {
    const w = s.work;
    console.log(`  ${s.name.padEnd(50)} ${s.nodeMs.toFixed(0).padStart(7)} ms  ${String(w.calls).padStart(4)} calls  ${String(w.readCells).padStart(8)} read  ${String(w.writeCells).padStart(8)} written  ${String(w.textChars).padStart(9)} chars  ${String(w.structural).padStart(3)} moves  -> ${(estimateMs(s) / 1000).toFixed(0).padStart(4)} s`);
  }
  const clean = measured.filter((s) => !s.name.startsWith('undo'));
  const longest = clean.reduce((a, b) => (b.nodeMs > a.nodeMs ? b : a));
  const worst = measured.reduce((a, b) => (estimateMs(b) > estimateMs(a) ? b : a));
  console.log(`longest step in Node: ${longest.nodeMs.toFixed(0)} ms (${longest.name}); Apps Script estimate ${(estimateMs(longest) / 1000).toFixed(0)} s`);
  console.log(`largest estimate: ${(estimateMs(worst) / 1000).toFixed(0)} s (${worst.name}); limit ${EXECUTION_LIMIT_MS / 1000} s: ${measured.every((s) => estimateMs(s) <= EXECUTION_LIMIT_MS) ? 'every step fits' : 'NOT every step fits'}`);
  console.log(`helper cells per data cell after the clean: ${(helpers.total / dataCells).toFixed(2)} (${helpers.total} cells: ${helpers.parts}); workbook ${workbook} cells`);
  console.log(`after its undo as well: ${(afterUndo.total / dataCells).toFixed(2)} (${afterUndo.total} cells); workbook ${h.gas.spreadsheet.totalCells()} cells`);
}

if (args[0] === '--steps') steps(Number(args[1] ?? 50_000));
else sizes();
