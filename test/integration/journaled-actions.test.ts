// Every action that changes a data sheet goes through the one journaled run: "Set up dropdowns"
// (canonical spellings) and "Flag as outdated" (notes, grey rows) are logged in "CRM Hygiene Log"
// and undone exactly by "Undo last clean"; the undo logs what it changes back; clean at entry logs
// what it normalizes; nothing journaled starts while a clean goes on in the background.
import { describe, expect, it } from 'vitest';
import { harness, dump } from './gas-harness';
import { messySheet } from './messy-sheet';

type H = ReturnType<typeof harness>;

/** The used block; formula cells compared by formula (the fake does not evaluate formulas). */
function snapshot(h: H): unknown {
  const d = dump(h.sheet) as { values: string[][]; formulas: string[][] };
  return { ...d, values: d.values.map((row, r) => row.map((v, c) => (d.formulas[r]?.[c] ? 'formula' : v))) };
}

function logRows(h: H): unknown[][] {
  const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
  if (!log || log.getLastRow() < 2) return [];
  return log.getRange(2, 1, log.getLastRow() - 1, 8).getValues();
}

const lastAlert = (h: H): string => h.gas.ui.alerts[h.gas.ui.alerts.length - 1]?.prompt ?? '';

describe('journaled actions', () => {
  it('Set up dropdowns logs every canonical spelling it writes and "Undo last clean" reverts them exactly', () => {
    const h = harness(messySheet(40));
    for (let r = 2; r <= 6; r++) h.sheet.getRange(r, 6).setValue('Baru');
    h.sheet.getRange(3, 2).setBackground('#00ff00');
    const before = snapshot(h);

    h.bundle.menuSetUpDropdowns();
    expect(lastAlert(h)).toMatch(/^Dropdowns are set on Status\. [^\n]+\n\d+ values were changed to the spelling in CRM Lists/);
    expect(h.sheet.getRange(2, 6, 5, 1).getValues().map((r) => r[0])).toEqual(['New', 'New', 'New', 'New', 'New']);
    const logged = logRows(h).filter((r) => r[7] === 'dropdown.canonical');
    for (let r = 2; r <= 6; r++) expect(logged).toContainEqual([expect.any(String), expect.anything(), expect.any(String), 'Contacts', `F${r}`, 'Baru', 'New', 'dropdown.canonical']);
    expect(logged.length).toBe(Number(/\n(\d+) values were changed/.exec(lastAlert(h))?.[1]));

    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undid (Set up dropdowns|Flag as outdated) on/);
    expect(snapshot(h)).toEqual(before);
    // The undo logs what it changed back, and the run as a whole.
    const undone = logRows(h).filter((r) => r[7] === 'undo');
    for (let r = 2; r <= 6; r++) expect(undone).toContainEqual([expect.any(String), expect.anything(), expect.any(String), 'Contacts', `F${r}`, 'New', 'Baru', 'undo']);
    expect(undone.length).toBe(logged.length);
    expect(logRows(h).filter((r) => r[7] === 'undo.run')).toHaveLength(1);
  });

  it('Flag as outdated is logged per row and undone exactly (the user\'s own colours and notes come back)', () => {
    const h = harness(messySheet(30));
    h.sheet.getRange(4, 3).setBackground('#00ff00');
    h.sheet.getRange(4, 1).setNote('met at the fair');
    const before = snapshot(h);
    h.gas.spreadsheet.setActiveRange(h.sheet.getRange(4, 2, 2, 1));
    h.gas.ui.responses.push({ button: 'OK', text: 'changed jobs' });

    h.bundle.menuFlagOutdated();
    expect(lastAlert(h)).toMatch(/^2 rows flagged as outdated/);
    expect(h.sheet.getRange(4, 1).getNote()).toMatch(/^met at the fair\n.*changed jobs$/s);
    expect(h.sheet.getRange(5, 1).getNote()).toMatch(/changed jobs$/);
    expect(h.sheet.getRange(4, 3).getBackground()).toBe('#d9d9d9');
    const flagged = logRows(h).filter((r) => r[7] === 'outdated.flag');
    expect(flagged.map((r) => r[4])).toEqual(['A4:H4', 'A5:H5']);

    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undid (Set up dropdowns|Flag as outdated) on/);
    expect(snapshot(h)).toEqual(before);
    expect(logRows(h).filter((r) => r[7] === 'undo.run')).toHaveLength(1);
  });

  it('clean at entry logs each cell it normalizes, with what was typed', () => {
    const h = harness(messySheet(20));
    h.bundle.setEntryGuard(true);
    h.gas.env.context = 'trigger';
    const row = h.sheet.getLastRow() + 1;
    h.sheet.getRange(row, 1, 1, 2).setValues([['JANA NOVÁKOVÁ', 'Jana.N@SEZNAM.CZ']]);
    const ss = (h.gas.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(...a: number[]): unknown } } }).getActiveSpreadsheet();
    h.bundle.onCrmHygieneEdit({ authMode: 'FULL', range: ss.getSheetByName('Contacts').getRange(row, 1, 1, 2), source: ss });
    expect(h.sheet.getRange(row, 1, 1, 2).getValues()[0]).toEqual(['Jana Nováková', 'jana.n@seznam.cz']);
    const logged = logRows(h).filter((r) => String(r[7]).startsWith('entry.'));
    expect(logged.map((r) => [r[4], r[5], r[6]])).toEqual([
      [`A${row}`, 'JANA NOVÁKOVÁ', 'Jana Nováková'],
      [`B${row}`, 'Jana.N@SEZNAM.CZ', 'jana.n@seznam.cz'],
    ]);
  });

  it('refuses to start a journaled action while a clean continues in the background (its undo would be lost)', () => {
    const h = harness(messySheet(60));
    // A clean with a tiny time budget: its first execution stops after one step, the rest waits in the queue.
    h.gas.documentProperties.setProperty('crmHygiene.settings', JSON.stringify({ cleanBudgetMs: 0, cleanChunkRows: 10 }));
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/continues in the background/);
    const before = snapshot(h);
    const undoBefore = snapshot({ ...h, sheet: h.gas.spreadsheet.getSheetByName('CRM Undo') as typeof h.sheet });
    h.gas.spreadsheet.setActiveRange(h.sheet.getRange(3, 1, 1, 1));
    h.gas.ui.responses.push({ button: 'OK', text: '' });
    h.bundle.menuFlagOutdated();
    expect(lastAlert(h)).toMatch(/still running in the background.*Nothing was changed/);
    expect(snapshot(h)).toEqual(before);
    expect(snapshot({ ...h, sheet: h.gas.spreadsheet.getSheetByName('CRM Undo') as typeof h.sheet })).toEqual(undoBefore);
  });
});
