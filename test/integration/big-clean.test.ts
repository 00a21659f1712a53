// Issue 16 on the built bundle: "Clean this sheet" up to Sheets' own limits. A 100,000-row x
// 12-column sheet is cleaned in background steps, keeps every row (in the sheet or the archive),
// leaves the workbook under 10,000,000 cells with no cell over 50,000 characters, and is undone
// exactly. About a minute and a half on a 2-core machine: most of it is the plan of 100,000 rows
// and comparing 1.2 million cells before and after.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { wideSheet } from './wide-sheet';
import { archiveRows, exact, forceSteps, lastAlert, plain, runToEnd, undoFromMenu } from './run-helpers';

const LIMIT = 10_000_000;

describe('Clean this sheet at Sheets limits', () => {
  it('cleans 100,000 rows x 12 columns in background steps, within the workbook limits, and undoes it exactly', () => {
    const h = harness(wideSheet(100_000));
    const rows = h.sheet.getLastRow() - 1;
    expect(h.sheet.getLastColumn()).toBe(12);
    const original = exact(h);
    // Each execution may take one step only, as if every step used up its execution.
    forceSteps(h, 1);
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/continues in the background/);
    const executions = 1 + runToEnd(h);
    expect(executions).toBeGreaterThan(5);
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('done');

    const archived = archiveRows(h).length;
    expect(archived).toBeGreaterThan(1000);
    expect(h.sheet.getLastRow() - 1 + archived).toBe(rows);
    expect(h.gas.spreadsheet.totalCells()).toBeLessThan(LIMIT);
    expect(h.gas.spreadsheet.longestWrite).toBeLessThanOrEqual(50_000);
    // Our own sheets are as wide as their content: the log's eight columns, the journal's three.
    expect(h.gas.spreadsheet.getSheetByName('CRM Hygiene Log')?.getMaxColumns()).toBe(8);
    expect(h.gas.spreadsheet.getSheetByName('CRM Undo')?.getMaxColumns()).toBe(3);

    expect(undoFromMenu(h)).toMatch(/^Undid Clean this sheet on “Contacts”/);
    expect(lastAlert(h)).not.toMatch(/left as they are/);
    expect(exact(h)).toEqual(original);
    expect(archiveRows(h)).toEqual([]);
    expect(h.gas.spreadsheet.totalCells()).toBeLessThan(LIMIT);
    expect(h.gas.spreadsheet.longestWrite).toBeLessThanOrEqual(50_000);
  }, 900_000);
});
