// Clean at entry while people go on working: the handler runs a moment after the edit, so it holds
// the document lock, leaves an edit alone when its cell already holds something else, never
// overwrites a cell typed while it worked, and with several collaborators stays one trigger.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { FakeRange } from '../fake/range';
import type { Cell } from '../../src/core/table';

type H = ReturnType<typeof harness>;
const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;

function guarded(): H {
  const h = harness(messySheet(60));
  h.bundle.setEntryGuard(true);
  h.gas.env.context = 'trigger';
  return h;
}

/** The edit event, as Sheets passes it: the range (a counted object), and the typed value for one cell. */
function edited(h: H, row: number, column: number, numRows: number, numColumns: number, typed?: Cell): Record<string, unknown> {
  const ss = (h.gas.globals.SpreadsheetApp as { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(...a: number[]): unknown } } }).getActiveSpreadsheet();
  const e: Record<string, unknown> = { authMode: 'FULL', range: ss.getSheetByName('Contacts').getRange(row, column, numRows, numColumns), source: ss, triggerUid: h.gas.triggers.triggers[0]?.getUniqueId() };
  if (typed !== undefined) e.value = typed;
  return e;
}

function type(h: H, row: number, rows: Cell[][]): void {
  h.sheet.getRange(row, 1, rows.length, rows[0]?.length ?? 1).setValues(rows);
}

describe('clean at entry, while people work', () => {
  it('waits for the document lock and leaves the edit as typed when another action holds it', () => {
    const h = guarded();
    const row = h.sheet.getLastRow() + 1;
    type(h, row, [['BUDI SANTOSO', 'Budi@GMAIL.CMO']]);
    h.gas.lock.holdByOther();
    const out = plain<{ handled: boolean; reason: string }>(h.bundle.onCrmHygieneEdit(edited(h, row, 1, 1, 2)));
    expect(out).toMatchObject({ handled: false, reason: 'another CRM Hygiene action is running' });
    expect(h.sheet.getRange(row, 1, 1, 2).getValues()[0]).toEqual(['BUDI SANTOSO', 'Budi@GMAIL.CMO']);
    h.gas.lock.releaseOther();
    expect(plain<{ handled: boolean }>(h.bundle.onCrmHygieneEdit(edited(h, row, 1, 1, 2))).handled).toBe(true);
    expect(h.sheet.getRange(row, 1, 1, 2).getValues()[0]).toEqual(['Budi Santoso', 'budi@gmail.com']);
  });

  it('skips a one-cell edit whose cell changed since (a later edit handles it)', () => {
    const h = guarded();
    const row = h.sheet.getLastRow() + 1;
    type(h, row, [['JANA NOVÁKOVÁ']]);
    const first = edited(h, row, 1, 1, 1, 'JANA NOVÁKOVÁ');
    type(h, row, [['jana nováková-svobodová']]);
    expect(plain<{ handled: boolean; reason: string }>(h.bundle.onCrmHygieneEdit(first))).toMatchObject({ handled: false, reason: 'the cell changed since the edit' });
    expect(h.sheet.getRange(row, 1).getValue()).toBe('jana nováková-svobodová');
    h.bundle.onCrmHygieneEdit(edited(h, row, 1, 1, 1, 'jana nováková-svobodová'));
    expect(h.sheet.getRange(row, 1).getValue()).toBe('Jana Nováková-Svobodová');
  });

  it('re-reads the cells before writing: a value typed meanwhile is kept, the rest is written', () => {
    const h = guarded();
    const row = h.sheet.getLastRow() + 1;
    type(h, row, [['AYŞE KAYA', 'ayse@GMAIL.CMO'], ['MEHMET DEMIR', 'mehmet@yahoo.com']]);
    // A colleague retypes A(row + 1) after the handler read the block, before it writes.
    const getValues = FakeRange.prototype.getValues;
    let reads = 0;
    FakeRange.prototype.getValues = function (this: FakeRange) {
      if (this.sheet === h.sheet && this.box.row === row && this.box.numRows === 2 && ++reads === 2) h.sheet.getRange(row + 1, 1).setValue('Mehmet Demir Öztürk');
      return getValues.call(this);
    };
    let out: { handled: boolean; changed: number; skipped: number };
    try {
      out = plain(h.bundle.onCrmHygieneEdit(edited(h, row, 1, 2, 2)));
    } finally {
      FakeRange.prototype.getValues = getValues;
    }
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(h.sheet.getRange(row, 1, 2, 2).getValues()).toEqual([['Ayşe Kaya', 'ayse@gmail.com'], ['Mehmet Demir Öztürk', 'mehmet@yahoo.com']]);
    expect(out).toMatchObject({ handled: true, changed: 2, skipped: 1 });
    // Only what was written is logged.
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const cells = (log?.getRange(2, 5, log.getLastRow() - 1, 1).getValues() ?? []).map((r) => String(r[0]));
    expect(cells).toEqual([`A${row}`, `B${row}`]);
  });

  it('with several collaborators: one trigger, whose owner is shown; switched off by another, it retires', () => {
    const h = harness(messySheet(20));
    h.bundle.setEntryGuard(true);
    h.gas.env.userEmail = h.gas.env.effectiveUserEmail = 'colleague@example.com';
    const info = plain<{ enabled: boolean; owner: string; message: { code: string; message: string } }>(h.bundle.setEntryGuard(true));
    expect(info).toMatchObject({ enabled: true, owner: 'owner@example.com', message: { code: 'msg.entryGuardOwnedBy', params: { sheet: 'Contacts', owner: 'owner@example.com' } } });
    expect(info.message.message).toMatch(/from owner@example\.com’s account\. To run it from yours, switch it off and on again\./);
    expect(h.gas.triggers.triggers).toHaveLength(1);
    expect(h.gas.triggers.triggers[0]?.owner).toBe('owner@example.com');
    // Off from the colleague's account: marked off; the owner's trigger removes itself when it fires.
    expect(plain<{ enabled: boolean }>(h.bundle.setEntryGuard(false)).enabled).toBe(false);
    h.gas.env.userEmail = h.gas.env.effectiveUserEmail = 'owner@example.com';
    h.gas.env.context = 'trigger';
    const row = h.sheet.getLastRow() + 1;
    type(h, row, [['ERIK ANDERSSON']]);
    expect(plain<{ handled: boolean }>(h.bundle.onCrmHygieneEdit(edited(h, row, 1, 1, 1))).handled).toBe(false);
    expect(h.sheet.getRange(row, 1).getValue()).toBe('ERIK ANDERSSON');
    expect(h.gas.triggers.triggers).toHaveLength(0);
  });
});
