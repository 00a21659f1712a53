// "Archive inactive rows" through the built bundle: preview changes nothing; archiving moves the
// rows to "CRM Archive" with reason and original row, logs them; "Undo last clean" restores all.
import { describe, expect, it } from 'vitest';
import { harness, dump } from './gas-harness';
import { messySheet, HEADER } from './messy-sheet';
import { instantAt } from '../fake/zone';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * The sheet's used block as plain data. The fake does not evaluate formulas, so a formula cell
 * written back by the undo shows no value: compare formula cells by their formula only.
 */
function snapshot(h: ReturnType<typeof harness>): unknown {
  const d = dump(h.sheet) as { values: string[][]; formulas: string[][] };
  return { ...d, values: d.values.map((row, r) => row.map((v, c) => (d.formulas[r]?.[c] ? 'formula' : v))) };
}

/** Every third data row (and a run of five) last contacted in 2019, the rest last month. */
function withActivity(h: ReturnType<typeof harness>): void {
  const recent = new Date(Date.now() - 30 * 86400000);
  const zone = h.gas.spreadsheet.getSpreadsheetTimeZone();
  for (let r = 2; r <= h.sheet.getLastRow(); r++) {
    const old = r % 3 === 0 || (r >= 40 && r < 45);
    // A date cell is midnight in the spreadsheet's zone, as Sheets holds a typed date.
    h.sheet.rowAt(r).v[6] = old ? new Date(instantAt(Date.UTC(2019, r % 12, 1 + (r % 27)), zone)) : recent;
  }
}

describe('Archive inactive rows', () => {
  it('previews, archives in one step with reason and original row, logs, and undoes exactly', () => {
    const h = harness(messySheet(120));
    withActivity(h);
    // A user's highlight and note survive the round trip too.
    h.sheet.getRange(3, 1).setBackground('#00ff00');
    h.sheet.getRange(4, 2).setNote('called in March');
    const before = snapshot(h);
    const total = h.sheet.getLastRow() - 1;

    const preview = plain<{ inactive: number; months: number; sample: Array<{ row: number; why: { code: string; message: string } }> }>(h.bundle.previewArchiveInactive({ months: 24 }));
    expect(preview.months).toBe(24);
    expect(preview.inactive).toBeGreaterThan(0);
    expect(preview.inactive).toBeLessThan(total);
    expect(preview.sample[0]?.why).toMatchObject({ code: 'msg.archive.why', message: expect.stringMatching(/^No activity since \S+ \(Last contact\)$/) });
    expect(snapshot(h)).toEqual(before); // a preview changes nothing
    expect(h.gas.spreadsheet.getSheetByName('CRM Archive')).toBeNull();

    const result = plain<{ archived: number; runId: string; message: string }>(h.bundle.archiveInactiveRows({ months: 24 }));
    expect(result.archived).toBe(preview.inactive);
    const archive = h.gas.spreadsheet.getSheetByName('CRM Archive');
    expect(archive).toBeTruthy();
    if (!archive) return;
    expect(archive.getLastRow() - 1).toBe(preview.inactive);
    expect(h.sheet.getLastRow() - 1 + preview.inactive).toBe(total);
    const arch = archive.getRange(1, 1, archive.getLastRow(), 6 + HEADER.length).getValues();
    expect(arch[0]?.slice(0, 6)).toEqual(['Archived at', 'Run id', 'Sheet', 'Reason', 'Primary row', 'Original row']);
    expect(arch[1]?.[3]).toMatch(/^Inactive for more than 24 months\. No activity since \S+ \(Last contact\)$/);
    expect(arch[1]?.[5]).toBe(preview.sample[0]?.row);
    // Every remaining row is recent enough; every archived one is old.
    const cutoff = new Date();
    cutoff.setMonth(cutoff.getMonth() - 24);
    const kept = h.sheet.getRange(2, 7, h.sheet.getLastRow() - 1, 1).getValues().map((r) => r[0] as Date);
    expect(kept.every((d) => d.getTime() >= cutoff.getTime() - 86400000)).toBe(true);
    // Rows moved whole (deleteRows): every kept row still has its formula.
    const formulas = h.sheet.getRange(2, 8, h.sheet.getLastRow() - 1, 1).getFormulas();
    expect(formulas.every((f) => /^=LEN\(A\d+\)$/.test(f[0] ?? ''))).toBe(true);
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const logRows = log?.getRange(2, 1, log.getLastRow() - 1, 8).getValues() ?? [];
    expect(logRows.filter((r) => r[7] === 'archive.inactive')).toHaveLength(preview.inactive);

    h.bundle.sidebarUndoLastClean();
    expect(snapshot(h)).toEqual(before);
    expect(archive.getLastRow()).toBe(1);
  });

  it('menu: asks first; "No" moves nothing', () => {
    const h = harness(messySheet(40));
    withActivity(h);
    const before = snapshot(h);
    h.gas.ui.responses.push({ button: 'NO' });
    h.bundle.menuArchiveInactiveRows();
    expect(h.gas.ui.alerts[0]?.prompt).toMatch(/have had no activity for more than 18 months[\s\S]*\nRow \d+: [\s\S]*\nMove them to CRM Archive now\?$/);
    expect(snapshot(h)).toEqual(before);
    h.gas.ui.responses.push({ button: 'YES' });
    h.bundle.menuArchiveInactiveRows();
    expect(h.gas.ui.alerts.at(-1)?.prompt).toMatch(/^Moved \d+ rows? inactive for more than 18 months/);
  });
});
