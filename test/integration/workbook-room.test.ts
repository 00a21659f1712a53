// Issue 16 on the built bundle: our own sheets count against the workbook's 10,000,000 cells,
// so they are cut to their content; and a run that would not fit refuses before it writes
// anything, with the figures, instead of failing half-way.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { exact, forceSteps, lastAlert, runToEnd } from './run-helpers';

describe('room in the workbook', () => {
  it('our sheets are as wide as their content, with no empty rows; the queue shrinks back when a run ends', () => {
    const h = harness(messySheet(300));
    forceSteps(h, 0, 50);
    h.bundle.menuCleanSheet();
    runToEnd(h);
    const size = (name: string): [number, number, number] => {
      const s = h.gas.spreadsheet.getSheetByName(name);
      if (!s) throw new Error(`no ${name}`);
      return [s.getMaxRows(), s.getMaxColumns(), s.getLastRow()];
    };
    const [logRows, logColumns, logLast] = size('CRM Hygiene Log');
    expect([logColumns, logRows]).toEqual([8, logLast]);
    const [undoRows, undoColumns, undoLast] = size('CRM Undo');
    expect([undoColumns, undoRows]).toEqual([3, undoLast]);
    const [archiveRows, archiveColumns, archiveLast] = size('CRM Archive');
    expect([archiveColumns, archiveRows]).toEqual([8 + 8, archiveLast]);
    expect(size('CRM Clean Queue').slice(0, 2)).toEqual([1, 2]);
  });

  it('refuses up front, with the figures, when the workbook cannot hold the run and its undo; nothing changes', () => {
    const h = harness(messySheet(200));
    // Another big sheet fills the workbook, with room for the lists sheet but not for the rest.
    const other = h.gas.spreadsheet.insertSheet('Prodeje 2019-2023');
    h.gas.spreadsheet.setActiveSheet(h.sheet);
    const room = 10_000_000 - h.gas.spreadsheet.totalCells() - 26_000 - 5_000;
    other.insertRowsAfter(1000, Math.floor(room / 26));
    const before = exact(h);
    const sheets = h.gas.spreadsheet.getSheets().map((s) => s.getName());
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/^This needs room for about [\d,]+ more cells \(log, archive, undo journal, and the undo later\) but the spreadsheet has only [\d,]+ left of the 10,000,000 cells Google Sheets allows\. Nothing was changed\./);
    expect(exact(h)).toEqual(before);
    expect(h.gas.spreadsheet.getSheets().map((s) => s.getName()).filter((n) => !sheets.includes(n))).toEqual(['CRM Lists']);
    // With room made, the same clean runs.
    other.deleteRows(2, 100_000);
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/^“Contacts” is clean\./);
  });
});
