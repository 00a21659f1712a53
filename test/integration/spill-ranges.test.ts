// A clean next to an ARRAYFORMULA: the cells its result fills have no formula of their own, and a
// value written into one would break it (#REF!). They are found (core/table/spill.ts), never written
// by the clean, its merges or its undo, and the summary says so.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import type { Cell } from '../../src/core/table';

const lastAlert = (h: ReturnType<typeof harness>): string => h.gas.ui.alerts.at(-1)?.prompt ?? '';
const FORMULA = '={"Email (clean)"; ARRAYFORMULA(IF(B2:B="",,LOWER(TRIM(B2:B))))}';

function withArrayColumn(rows: number): ReturnType<typeof harness> {
  const content = messySheet(rows);
  // I1: a header and each row's email, lowercased: typos such as gmail.cmo included, which the
  // email rule would fix if it wrote there.
  const output: Cell[][] = content.values.map((row, i) => [i === 0 ? 'Email (clean)' : String(row[1] ?? '').trim().toLowerCase()]);
  content.formulas?.push({ row: 1, column: 9, formula: FORMULA, spill: output });
  return harness(content);
}

describe('spill ranges', () => {
  it('a clean next to an ARRAYFORMULA leaves its output untouched and says so; undo too', () => {
    const h = withArrayColumn(150);
    const last = h.sheet.getLastRow();
    const rowsOf = new Map(h.sheet.rows.map((d) => [d, d.v[8]]));
    expect([...rowsOf.values()].some((v) => String(v).endsWith('@gmail.cmo'))).toBe(true);
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(new RegExp(`Cells filled by array formulas \\(I2:I${last}\\) were left as they are: writing into them would break the formula\\.`));
    const spill = h.sheet.spills[0];
    expect(spill?.broken).toBe(false);
    expect(h.sheet.getRange('I1').getValue()).toBe('Email (clean)');
    // Every cell it fills still holds the array's value: none was written (rows merged away are gone).
    for (const d of h.sheet.rows.slice(1, h.sheet.getLastRow())) expect(d.v[8]).toBe(rowsOf.get(d));
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const cells = (log?.getRange(2, 5, log.getLastRow() - 1, 1).getValues() ?? []).map((r) => String(r[0]));
    expect(cells.some((c) => c.startsWith('B'))).toBe(true);
    expect(cells.filter((c) => /^I\d+$/.test(c))).toEqual([]);

    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undid Clean this sheet on “Contacts”/);
    // The highlights and notes the clean put on the array's column came off it too: nothing was left.
    expect(lastAlert(h)).not.toMatch(/left as they are/);
    expect(spill?.broken).toBe(false);
    expect(h.sheet.getRange('I1').getValue()).toBe('Email (clean)');
  });

  it('an array formula put over cells after the clean changed them: undo leaves them to it and lists them', () => {
    const h = harness(messySheet(60));
    h.bundle.menuCleanSheet();
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const changed = (log?.getRange(2, 5, log.getLastRow() - 1, 1).getValues() ?? []).map((r) => String(r[0])).filter((c) => /^B\d+$/.test(c));
    expect(changed.length).toBeGreaterThan(2);
    // Someone then fills column B from an array formula in B2 that gives what B holds now (as
    // load-sheet.ts loads an array: the cells below keep their values, with no formula of their own).
    const last = h.sheet.getLastRow();
    const rows = Array.from({ length: last - 1 }, (_, i) => h.sheet.rowAt(2 + i));
    const anchor = rows[0] as (typeof rows)[number];
    anchor.f[1] = '=ARRAYFORMULA(LOWER(TRIM(K2:K)))';
    h.sheet.spills.push({ anchor, column: 2, rows, output: rows.map((d) => [d.v[1]]), broken: false });
    const filled = rows.slice(1).map((d) => d.v[1]);

    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undid Clean this sheet on “Contacts”/);
    const left = /left as they are \((\d+)\): ([^\n]*)/.exec(lastAlert(h));
    // Every B cell the clean changed below B2 is the array's now: left, and named.
    expect(Number(left?.[1])).toBeGreaterThanOrEqual(changed.filter((c) => c !== 'B2').length);
    expect(left?.[2]).toContain(changed.find((c) => c !== 'B2'));
    expect(h.sheet.spills[0]?.broken).toBe(false);
    expect(rows.slice(1).map((d) => d.v[1])).toEqual(filled);
  });

  it('the sidebar summary lists the ranges too', () => {
    const h = withArrayColumn(40);
    const last = h.sheet.getLastRow();
    const step = JSON.parse(JSON.stringify(h.bundle.sidebarApplyClean({ rules: null }))) as { summary: { spillRanges: string[] } };
    expect(step.summary.spillRanges).toEqual([`I2:I${last}`]);
    expect(h.sheet.spills[0]?.broken).toBe(false);
  });
});
