// Issue 11, defect 9 on the built bundle: "Undo last clean" takes back the journaled runs one by
// one, newest first, each exactly, whatever they were: dropdowns, a clean, outdated flags, a merge
// from the duplicate review, archived inactive rows, clean at entry. Each summary says which run
// it undid and which one the next press undoes; the last ten runs are kept.
import { describe, expect, it } from 'vitest';
import { harness, type Harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { exact, lastAlert, plain, undoFromMenu } from './run-helpers';

function oldAndRecent(h: Harness): void {
  const recent = new Date(Date.now() - 20 * 86_400_000);
  const dates = [];
  for (let r = 2; r <= h.sheet.getLastRow(); r++) dates.push([r % 4 === 0 ? new Date(2018, r % 12, 1 + (r % 27)) : recent]);
  h.sheet.getRange(2, 7, dates.length, 1).setValues(dates);
}

function mergeFirstReviewGroup(h: Harness): void {
  const clusters = plain<Array<{ id: string; rows: number[] }>>(h.bundle.sidebarGetReviewClusters());
  expect(clusters.length).toBeGreaterThan(0);
  const c = clusters[0] as (typeof clusters)[number];
  h.bundle.sidebarMergeCluster({ id: c.id, primary: c.rows.at(-1), picks: { 2: c.rows[0] } });
}

/** A new row typed at the bottom, and the edit event Sheets sends to the clean-at-entry trigger. */
function typeRow(h: Harness): () => void {
  const row = h.sheet.getLastRow() + 1;
  h.sheet.getRange(row, 1, 1, 3).setValues([['ŞAHİN YILMAZ', 'Sahin.Yilmaz@GMAIL.CMO', '0532 765 43 21']]);
  return () => {
    h.gas.env.context = 'trigger';
    const ss = (h.gas.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(...a: number[]): unknown } } }).getActiveSpreadsheet();
    h.bundle.onCrmHygieneEdit({ authMode: 'FULL', range: ss.getSheetByName('Contacts').getRange(row, 1, 1, 3), source: ss });
    h.gas.env.context = 'ui';
  };
}

describe('several levels of undo', () => {
  it('undoes six different runs one by one, newest first, each back to exactly the sheet before it', () => {
    const h = harness(messySheet(400));
    oldAndRecent(h);
    const states: unknown[] = [exact(h)];
    h.bundle.menuSetUpDropdowns();
    states.push(exact(h));
    h.bundle.menuCleanSheet();
    states.push(exact(h));
    h.gas.spreadsheet.setActiveRange(h.sheet.getRange(5, 1, 3, 1));
    h.gas.ui.responses.push({ button: 'OK', text: 'firma zanikla' });
    h.bundle.menuFlagOutdated();
    states.push(exact(h));
    mergeFirstReviewGroup(h);
    states.push(exact(h));
    h.bundle.archiveInactiveRows({ months: 24 });
    states.push(exact(h));
    // Every run changed the sheet.
    for (let i = 1; i < states.length; i++) expect(states[i]).not.toEqual(states[i - 1]);
    h.bundle.setEntryGuard(true);
    const guard = typeRow(h);
    const typed = exact(h);
    guard();
    expect(exact(h)).not.toEqual(typed);

    const names = ['Clean at entry', 'Archive inactive rows', 'a merge from the duplicate review', 'Flag as outdated', 'Clean this sheet', 'Set up dropdowns'];
    expect(undoFromMenu(h)).toMatch(/^Undid Clean at entry on “Contacts”/);
    expect(exact(h)).toEqual(typed);
    // The person deletes the row they typed; the older runs come back around it either way.
    h.sheet.deleteRows(h.sheet.getLastRow(), 1);
    for (let k = 1; k < names.length; k++) {
      expect(lastAlert(h)).toContain(`The next “Undo last clean” undoes ${names[k]} on “Contacts”`);
      expect(undoFromMenu(h)).toMatch(new RegExp(`^Undid ${names[k]} on “Contacts” \\(run \\w+, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)`));
      expect(lastAlert(h)).not.toMatch(/left as they are/);
      expect(exact(h)).toEqual(states[names.length - 1 - k]);
    }
    expect(lastAlert(h)).toMatch(/That was the oldest run kept: there is nothing earlier to undo\.$/);
    expect(undoFromMenu(h)).toBe('There is nothing to undo.');
  }, 60_000);

  it('keeps the last ten runs: the eleventh back cannot be undone, and the tenth says so', () => {
    const h = harness(messySheet(30));
    const states: unknown[] = [];
    for (let i = 0; i < 11; i++) {
      states.push(exact(h));
      h.gas.spreadsheet.setActiveRange(h.sheet.getRange(2 + i, 1));
      h.gas.ui.responses.push({ button: 'OK', text: `krok ${i + 1}` });
      h.bundle.menuFlagOutdated();
    }
    for (let i = 10; i >= 1; i--) {
      expect(undoFromMenu(h)).toMatch(/^Undid Flag as outdated/);
      expect(exact(h)).toEqual(states[i]);
    }
    expect(lastAlert(h)).toMatch(/oldest run kept/);
    expect(undoFromMenu(h)).toBe('There is nothing to undo.');
    expect(exact(h)).toEqual(states[1]);
  });
});
