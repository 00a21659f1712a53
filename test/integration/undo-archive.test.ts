// Issue 11, defects 1 and 2 on the built bundle: the archive keeps each archived cell's note,
// formula and number format with a row id; undo finds its own rows by run id and row id after
// the archive was sorted, takes only those out, and puts them back exactly.
import { describe, expect, it } from 'vitest';
import { harness, type Harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { archiveRows, exact, lastAlert, plain, sheetNamed, undoFromMenu } from './run-helpers';
import { ARCHIVE_FIXED } from '../../src/gas/archive-sheet';

const FIXED = ARCHIVE_FIXED.length;
const col = (name: string): number => ARCHIVE_FIXED.indexOf(name);

/** Every third row last contacted in 2019 (archivable as inactive), the others last month. */
function withActivity(h: Harness): void {
  const recent = new Date(Date.now() - 30 * 86_400_000);
  const dates = [];
  for (let r = 2; r <= h.sheet.getLastRow(); r++) dates.push([r % 3 === 0 ? new Date(2019, r % 12, 1 + (r % 27)) : recent]);
  h.sheet.getRange(2, 7, dates.length, 1).setValues(dates);
}

/** Sheet rows the clean will merge away, from the sidebar's preview. */
function loserRows(h: Harness): number[] {
  const preview = plain<{ groups: Array<{ rule: string; items: Array<{ cell: string }> }> }>(h.bundle.sidebarPreviewClean());
  return (preview.groups.find((g) => g.rule === 'merge')?.items ?? []).map((i) => Number(i.cell.split(':')[0]));
}

describe('the archive and undo', () => {
  it('keeps the note, formula and number format of each archived cell, with run id and row id', () => {
    const h = harness(messySheet(300));
    const loser = loserRows(h)[0] as number;
    h.sheet.getRange(loser, 2).setNote('volal v březnu, chce nabídku');
    h.sheet.getRange(loser, 7).setNumberFormat('dd.mm.yyyy');
    h.sheet.getRange(loser, 3).setBackground('#00ff00');
    const before = h.sheet.getRange(loser, 1, 1, 8).getValues()[0] ?? [];
    h.bundle.menuCleanSheet();
    const archive = sheetNamed(h, 'CRM Archive');
    if (!archive) throw new Error('no archive');
    const at = archiveRows(h).findIndex((r) => r[col('Original row')] === loser) + 2;
    expect(at).toBeGreaterThan(1);
    const line = archive.getRange(at, 1, 1, FIXED + 8);
    const runId = String(line.getValues()[0]?.[col('Run id')]);
    expect(line.getValues()[0]?.[col('Row id')]).toBe(`${runId}-${loser}`);
    expect(line.getValues()[0]?.[col('Formula cells')]).toBe('H');
    // The formula is kept as its text (it would compute against the archive otherwise) ...
    expect(line.getValues()[0]?.[FIXED + 7]).toBe(`=LEN(A${loser})`);
    expect(line.getFormulas()[0]?.[FIXED + 7]).toBe('');
    // ... values keep their types, and the note, colour and number format are the cell's own.
    expect(line.getValues()[0]?.slice(FIXED, FIXED + 7)).toEqual(before.slice(0, 7));
    expect(line.getNotes()[0]?.[FIXED + 1]).toBe('volal v březnu, chce nabídku');
    expect(line.getNumberFormats()[0]?.[FIXED + 6]).toBe('dd.mm.yyyy');
    expect(line.getBackgrounds()[0]?.[FIXED + 2]).toBe('#00ff00');
    // Undo writes the formula back as a formula, with the note, colour and format.
    expect(undoFromMenu(h)).toMatch(/^Undid Clean this sheet/);
    const back = h.sheet.getRange(loser, 1, 1, 8);
    expect(back.getFormulas()[0]?.[7]).toBe(`=LEN(A${loser})`);
    expect(back.getNotes()[0]?.[1]).toBe('volal v březnu, chce nabídku');
    expect(back.getNumberFormats()[0]?.[6]).toBe('dd.mm.yyyy');
    expect(back.getBackgrounds()[0]?.[2]).toBe('#00ff00');
  });

  it('after the archive is sorted, undo takes out only its own rows, wherever they are, and puts them back', () => {
    const h = harness(messySheet(300));
    withActivity(h);
    const original = exact(h);
    h.bundle.menuCleanSheet();
    const afterClean = exact(h);
    const cleanRows = archiveRows(h);
    expect(cleanRows.length).toBeGreaterThan(3);
    h.bundle.archiveInactiveRows({ months: 24 });
    const both = archiveRows(h);
    const runIds = [...new Set(both.map((r) => String(r[col('Run id')])))];
    expect(runIds).toHaveLength(2);
    const [first, second] = runIds as [string, string];
    // A person sorts the archive by name, Z to A: the two runs' rows interleave.
    const archive = sheetNamed(h, 'CRM Archive');
    if (!archive) throw new Error('no archive');
    archive.getRange(2, 1, both.length, archive.getLastColumn()).sort({ column: FIXED + 1, ascending: false });
    const order = archiveRows(h).map((r) => String(r[col('Run id')]));
    const firstAt = order.indexOf(second);
    expect(order.slice(firstAt).some((id) => id === first)).toBe(true);

    expect(undoFromMenu(h)).toMatch(/^Undid Archive inactive rows on “Contacts”/);
    expect(lastAlert(h)).toMatch(new RegExp(`The next “Undo last clean” undoes Clean this sheet on “Contacts” \\(run ${first}, `));
    const left = archiveRows(h);
    expect(left.map((r) => r[col('Row id')]).sort()).toEqual(cleanRows.map((r) => r[col('Row id')]).sort());
    expect(left.every((r) => r[col('Run id')] === first)).toBe(true);
    expect(exact(h)).toEqual(afterClean);

    expect(undoFromMenu(h)).toMatch(/^Undid Clean this sheet/);
    expect(exact(h)).toEqual(original);
    expect(archiveRows(h)).toEqual([]);
    expect(lastAlert(h)).toMatch(/nothing earlier to undo/);
  });

  it('a row deleted from the archive by hand is named, and the rest comes back', () => {
    const h = harness(messySheet(200));
    h.bundle.menuCleanSheet();
    const rows = archiveRows(h);
    const archive = sheetNamed(h, 'CRM Archive');
    if (!archive) throw new Error('no archive');
    const lost = rows[1]?.[col('Original row')];
    archive.deleteRows(3, 1);
    undoFromMenu(h);
    expect(lastAlert(h)).toMatch(new RegExp(`Rows no longer in “CRM Archive” could not be put back \\(1\\): ${String(lost)}`));
    expect(archiveRows(h)).toEqual([]);
    expect(h.sheet.getLastRow() - 1).toBe(messySheet(200).values.length - 2);
  });
});
