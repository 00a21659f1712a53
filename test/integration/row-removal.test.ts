// How merged-away rows leave the sheet: one sort + one delete when they are scattered and the
// sheet has no filter (a constant number of calls), deleteRows per run otherwise; undo is exact
// either way.
import { describe, expect, it } from 'vitest';
import { harness, dump } from './gas-harness';
import { messySheet } from './messy-sheet';

function exact(h: ReturnType<typeof harness>): unknown {
  const d = dump(h.sheet) as { values: string[][]; formulas: string[][] };
  return { ...d, values: d.values.map((row, r) => row.map((v, c) => (d.formulas[r]?.[c] ? 'formula' : v))) };
}

const callsNamed = (h: ReturnType<typeof harness>, suffix: string): number =>
  [...h.gas.calls.counts].filter(([k]) => k.endsWith(suffix)).reduce((n, [, v]) => n + v, 0);

describe('row removal', () => {
  it('removes scattered duplicates with one sort and one deleteRows, and undo puts every row back', () => {
    const h = harness(messySheet(600, 3));
    const rowsBefore = h.sheet.getLastRow();
    const original = exact(h);
    const sheetsBefore = h.gas.spreadsheet.getSheets().map((s) => s.getName());
    h.bundle.menuCleanSheet();
    // Each bookkeeping sheet the clean creates is cut to size once (one deleteRows of its own);
    // "CRM Lists" keeps its empty rows for people to type in.
    const created = h.gas.spreadsheet.getSheets().filter((s) => !sheetsBefore.includes(s.getName()) && s.getName() !== 'CRM Lists').length;
    const archived = (h.gas.spreadsheet.getSheetByName('CRM Archive')?.getLastRow() ?? 1) - 1;
    expect(archived).toBeGreaterThan(8);
    expect(h.sheet.getLastRow() + archived).toBe(rowsBefore);
    expect(callsNamed(h, '.sort')).toBe(1);
    expect(callsNamed(h, '.deleteRows')).toBe(1 + created);
    // The helper column is gone again.
    expect(h.sheet.getLastColumn()).toBe((original as { values: unknown[][] }).values[0]?.length);
    h.bundle.menuUndoLastClean();
    expect(exact(h)).toEqual(original);
  });

  it('keeps deleteRows per run on a sheet with a filter, so filtered rows stay with their data', () => {
    const h = harness(messySheet(600, 3));
    h.sheet.getRange(1, 1, h.sheet.getLastRow(), h.sheet.getLastColumn()).createFilter();
    h.bundle.menuCleanSheet();
    expect(callsNamed(h, '.sort')).toBe(0);
    expect(callsNamed(h, '.deleteRows')).toBeGreaterThan(8);
  });
});
