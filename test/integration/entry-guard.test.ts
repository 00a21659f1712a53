// Clean at entry through the built bundle: the installable edit trigger normalizes what is typed
// or pasted (a 1,000-row paste included) and marks a new row that duplicates an existing one.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import type { Cell } from '../../src/core/table';
import type { FakeSheet } from '../fake/sheet';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
type H = ReturnType<typeof harness>;

/** The event Sheets passes to an installable edit trigger, with counted (wrapped) objects. */
function editEvent(h: H, row: number, column: number, numRows: number, numColumns: number, oldValue?: Cell): Record<string, unknown> {
  const ss = (h.gas.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(...a: number[]): unknown } } }).getActiveSpreadsheet();
  const range = ss.getSheetByName(h.sheet.getName()).getRange(row, column, numRows, numColumns);
  const e: Record<string, unknown> = { authMode: 'FULL', range, source: ss, triggerUid: h.gas.triggers.triggers[0]?.getUniqueId(), user: { getEmail: () => 'owner@example.com' } };
  if (numRows === 1 && numColumns === 1) {
    e.value = h.sheet.getRange(row, column).getValue();
    if (oldValue !== undefined) e.oldValue = oldValue;
  }
  return e;
}

/** Type or paste as a person would: strings are parsed as Sheets parses typed input. */
function type(sheet: FakeSheet, row: number, column: number, rows: Cell[][]): void {
  const needed = row + rows.length - 1;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  sheet.getRange(row, column, rows.length, rows[0]?.length ?? 1).setValues(rows);
}

function guarded(rows = 200): H {
  const h = harness(messySheet(rows));
  const info = plain<{ enabled: boolean; sheet: string }>(h.bundle.setEntryGuard(true));
  expect(info).toMatchObject({ enabled: true, sheet: 'Contacts' });
  h.gas.env.context = 'trigger';
  return h;
}

describe('Clean at entry', () => {
  it('is an opt-in installable edit trigger; once per document; off removes it', () => {
    const h = harness(messySheet(20));
    expect(h.gas.triggers.triggers).toHaveLength(0);
    h.bundle.setEntryGuard(true);
    h.bundle.setEntryGuard(true);
    expect(h.gas.triggers.triggers).toHaveLength(1);
    expect(h.gas.triggers.triggers[0]?.getHandlerFunction()).toBe('onCrmHygieneEdit');
    expect(h.gas.triggers.triggers[0]?.getEventType()).toBe('ON_EDIT');
    expect(plain<{ enabled: boolean }>(h.bundle.getEntryGuard()).enabled).toBe(true);
    h.bundle.setEntryGuard(false);
    expect(h.gas.triggers.triggers).toHaveLength(0);
    // Off: an edit is left alone.
    type(h.sheet, 5, 1, [['JOHN SMITH']]);
    expect(plain<{ handled: boolean }>(h.bundle.onCrmHygieneEdit(editEvent(h, 5, 1, 1, 1))).handled).toBe(false);
    expect(h.sheet.getRange(5, 1).getValue()).toBe('JOHN SMITH');
  });

  it('normalizes a typed cell and a typed row; phones stay text in E.164', () => {
    const h = guarded();
    const row = h.sheet.getLastRow() + 1;
    type(h.sheet, row, 1, [['ŞAHİN YILMAZ', '  Sahin.Y@GMAIL.CMO ', '0812-9999-0001', 'pt maju jaya tbk', 'INDONESIA', 'baru']]);
    h.bundle.onCrmHygieneEdit(editEvent(h, row, 1, 1, 6));
    const values = h.sheet.getRange(row, 1, 1, 6).getValues()[0] ?? [];
    expect(values[0]).toBe('Şahin Yılmaz');
    expect(values[1]).toBe('sahin.y@gmail.com');
    expect(values[2]).toBe('+6281299990001');
    expect(values[4]).toBe('Indonesia');
    // A single typed cell.
    type(h.sheet, row, 1, [['NGUYỄN THỊ LỢI']]);
    h.bundle.onCrmHygieneEdit(editEvent(h, row, 1, 1, 1, 'Şahin Yılmaz'));
    expect(h.sheet.getRange(row, 1).getValue()).toBe('Nguyễn Thị Lợi');
    // Header and other sheets are never touched.
    type(h.sheet, 1, 1, [['NAME']]);
    expect(plain<{ handled: boolean }>(h.bundle.onCrmHygieneEdit(editEvent(h, 1, 1, 1, 1))).handled).toBe(false);
    expect(h.sheet.getRange(1, 1).getValue()).toBe('NAME');
  });

  it('turns a date typed as text into a date cell at midnight in the spreadsheet zone (issue 12)', () => {
    const h = guarded();
    h.gas.spreadsheet.timeZone = 'Asia/Jakarta';
    const row = h.sheet.getLastRow() + 1;
    type(h.sheet, row, 7, [['21. 8. 2023']]);
    expect(h.sheet.getRange(row, 7).getValue()).toBe('21. 8. 2023');
    h.bundle.onCrmHygieneEdit(editEvent(h, row, 7, 1, 1));
    const cell = h.sheet.getRange(row, 7).getValue();
    expect(Object.prototype.toString.call(cell)).toBe('[object Date]');
    const utilities = h.gas.globals.Utilities as { formatDate(d: Date, tz: string, f: string): string };
    expect(utilities.formatDate(cell as Date, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm')).toBe('2023-08-21 00:00');
    // A placeholder typed there stays as typed.
    type(h.sheet, row, 7, [['belum ada']]);
    h.bundle.onCrmHygieneEdit(editEvent(h, row, 7, 1, 1));
    expect(h.sheet.getRange(row, 7).getValue()).toBe('belum ada');
  });

  it('marks a new row that duplicates an existing one with a note saying which row', () => {
    const h = guarded();
    const existing = h.sheet.getRange(2, 1, 1, 3).getValues()[0] ?? [];
    const email = String(existing[1]).replace('gmail.cmo', 'gmail.com');
    const row = h.sheet.getLastRow() + 1;
    type(h.sheet, row, 1, [['Someone Else', email.toUpperCase(), '']]);
    const out = plain<{ duplicates: Array<{ row: number; of: number; why: string }> }>(h.bundle.onCrmHygieneEdit(editEvent(h, row, 1, 1, 3)));
    expect(out.duplicates).toEqual([{ row, of: 2, why: `same email ${email.toLowerCase()}` }]);
    expect(h.sheet.getRange(row, 1).getNote()).toBe(`CRM Hygiene: possible duplicate of row 2 (same email ${email.toLowerCase()}).`);
    // Fixing the row takes the note away again; a note of the user's own is kept.
    h.sheet.getRange(row, 1).setNote(`my note\n${h.sheet.getRange(row, 1).getNote()}`);
    type(h.sheet, row, 2, [['someone.else@firma.cz']]);
    h.bundle.onCrmHygieneEdit(editEvent(h, row, 2, 1, 1));
    // The note sits on the first edited cell; re-editing column A clears it there.
    type(h.sheet, row, 1, [['Someone Else']]);
    h.bundle.onCrmHygieneEdit(editEvent(h, row, 1, 1, 1));
    expect(h.sheet.getRange(row, 1).getNote()).toBe('my note');
  });

  it('normalizes a 1,000-row paste and marks duplicates inside it, in a constant number of calls', () => {
    const h = guarded();
    const start = h.sheet.getLastRow() + 1;
    const rows: Cell[][] = [];
    for (let i = 0; i < 1000; i++) {
      rows.push([i % 2 === 0 ? 'BUDI SANTOSO' : 'siti rahayu', ` Paste.${i % 990}@GMAIL.CMO`, `0813 ${String(5000000 + i).padStart(8, '0')}`, `PT Paste ${i} Tbk`, 'republik indonesia', 'New']);
    }
    type(h.sheet, start, 1, rows);
    h.gas.calls.reset();
    const out = plain<{ rows: number; changed: number; duplicates: Array<{ row: number; of: number }> }>(h.bundle.onCrmHygieneEdit(editEvent(h, start, 1, 1000, 6)));
    const calls = h.gas.calls.total();
    expect(out.rows).toBe(1000);
    expect(out.changed).toBeGreaterThan(3000);
    const after = h.sheet.getRange(start, 1, 1000, 5).getValues();
    expect(after[0]).toEqual(['Budi Santoso', 'paste.0@gmail.com', '+6281305000000', expect.any(String), 'Indonesia']);
    expect(after[1]?.[0]).toBe('Siti Rahayu');
    expect(after.every((r) => typeof r[2] === 'string' && /^\+62813\d+$/.test(r[2] as string))).toBe(true);
    // paste.0 .. paste.9 appear twice (i and i + 990): the later ones are marked.
    expect(out.duplicates).toHaveLength(10);
    expect(out.duplicates[0]).toEqual({ row: start + 990, of: start, why: 'same email paste.0@gmail.com' });
    expect(h.sheet.getRange(start + 990, 1).getNote()).toMatch(new RegExp(`duplicate of row ${start} `));
    // A constant handful, whatever the paste's size: the document lock, the zone, the re-read
    // before writing, and, this first edit, creating the hidden undo journal (clean at entry is
    // journaled like every run) and opening its run.
    // 76 when both came together (runtime 49 without the journal, storage under 75 without the re-read).
    expect(calls).toBeLessThan(80);
  });

  it('uses the same number of service calls for one edit on a small and a large sheet', () => {
    const counts: number[] = [];
    for (const size of [200, 3000]) {
      const h = guarded(size);
      const warm = h.sheet.getLastRow() + 1;
      type(h.sheet, warm, 1, [['Warm Up', 'warm.up@firma.cz', '0812 1111 2222']]);
      h.bundle.onCrmHygieneEdit(editEvent(h, warm, 1, 1, 3)); // builds the key index once
      const row = warm + 1;
      type(h.sheet, row, 1, [['JANA NOVÁKOVÁ', 'Jana.N@SEZNAM.CZ', '0812 3333 4444']]);
      h.gas.calls.reset();
      h.bundle.onCrmHygieneEdit(editEvent(h, row, 1, 1, 3));
      counts.push(h.gas.calls.total());
      expect(h.sheet.getRange(row, 1).getValue()).toBe('Jana Nováková');
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
