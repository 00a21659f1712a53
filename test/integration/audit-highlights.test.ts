// "Run audit now": findings highlighted, and the next audit takes its own marks off without
// touching the user's formatting (their colours, cells they recoloured, their notes).
import { describe, expect, it } from 'vitest';
import '../fake/charts';
import { harness } from './gas-harness';
import type { Cell } from '../../src/core/table';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Last activity'];
const recent = new Date(Date.now() - 30 * 86400000);

function content(): { values: Cell[][]; backgrounds: Array<{ row: number; column: number; color: string }>; notes: Array<{ row: number; column: number; note: string }> } {
  return {
    values: [
      HEADER,
      ['Siti Rahayu', 'siti@majujaya.co.id', '+6281234567890', 'PT Maju Jaya', recent], // 2: clean
      ['Jan Novák', 'jan.seznam.cz', '+420602123456', 'Novák s.r.o.', recent], // 3: invalid email
      ['Erik Berg', 'erik@bergab.se', '+46701234567', 'Berg AB', new Date(2019, 0, 5)], // 4: stale
      ['Linh Trần', 'linh@hanoi-tech.vn', '+84912345678', 'Hanoi Tech', recent], // 5: clean
    ],
    backgrounds: [
      { row: 3, column: 4, color: '#00ff00' }, // the user's own colour inside a flagged row
      { row: 5, column: 1, color: '#123456' }, // and on a clean row
    ],
    notes: [{ row: 2, column: 1, note: 'VIP customer' }],
  };
}

describe('Run audit now: highlights', () => {
  it('colours flagged rows, keeps user colours, and the next audit removes only its own marks', () => {
    const h = harness(content());
    const r1 = plain<{ score: number; flaggedRows: number; coloured: number; cleared: number; counts: Record<string, number> }>(h.bundle.runAuditNow());
    expect(r1.counts['invalid-email']).toBe(1);
    expect(r1.counts.stale).toBe(1);
    const bg = (): string[][] => h.sheet.getRange(2, 1, 4, 5).getBackgrounds();
    const first = bg();
    const invalid = first[1]?.[0];
    const stale = first[2]?.[0];
    expect(invalid).not.toBe('#ffffff');
    expect(stale).not.toBe('#ffffff');
    expect(first[1]?.[3]).toBe('#00ff00'); // user colour kept inside the flagged row
    expect(first[0]).toEqual(['#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff']);
    expect(first[3]?.[0]).toBe('#123456');
    const notes = h.sheet.getRange(2, 1, 4, 5).getNotes();
    expect(notes[0]?.[0]).toBe('VIP customer');
    expect(notes[1]?.[1]).toMatch(/^CRM Hygiene: /);

    // The user fixes the email, recolours one cell of the stale row and adds a note of their own.
    h.sheet.getRange(3, 2).setValue('jan@seznam.cz');
    h.sheet.getRange(4, 2).setBackground('#abcdef');
    h.sheet.getRange(3, 2).setNote(`${h.sheet.getRange(3, 2).getNote()}\nchecked by phone`);

    const r2 = plain<{ cleared: number; coloured: number; counts: Record<string, number> }>(h.bundle.runAuditNow());
    expect(r2.counts['invalid-email'] ?? 0).toBe(0);
    expect(r2.cleared).toBeGreaterThan(0);
    const second = bg();
    expect(second[1]).toEqual(['#ffffff', '#ffffff', '#ffffff', '#00ff00', '#ffffff']); // fixed row: our marks gone, theirs kept
    expect(second[2]?.[1]).toBe('#abcdef'); // recoloured by the user: not ours any more
    expect(second[2]?.[0]).toBe(stale); // still stale: still marked
    expect(second[3]?.[0]).toBe('#123456');
    const notes2 = h.sheet.getRange(2, 1, 4, 5).getNotes();
    expect(notes2[0]?.[0]).toBe('VIP customer');
    expect(notes2[1]?.[1]).toBe('checked by phone');

    const history = h.gas.spreadsheet.getSheetByName('CRM Audit History');
    expect(history?.getLastRow()).toBe(3);
    const scores = history?.getRange(2, 4, 2, 1).getValues().map((r) => r[0] as number) ?? [];
    expect(scores[1]).toBeGreaterThan(scores[0] ?? 100);
  });

  it('runs from the menu with an alert, and refuses on its own sheets', () => {
    const h = harness(content());
    h.bundle.menuRunAudit();
    expect(h.gas.ui.alerts.at(-1)?.prompt).toMatch(/quality score \d+/);
    const history = h.gas.spreadsheet.getSheetByName('CRM Audit History');
    if (history) h.gas.spreadsheet.setActiveSheet(history);
    expect(() => h.bundle.runAuditNow()).toThrow(/own sheets/);
  });
});
