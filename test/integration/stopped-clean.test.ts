// Issue 11, defect 4 on the built bundle: a background clean stopped by an edit (or by a write
// that fails half-way) leaves nothing unlogged: no cell of the data sheet is written before its
// log line and its journal record are stored, and the stopped run is undone exactly.
import { afterEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { archiveRows, exact, forceSteps, fireContinuation, lastAlert, logRows, plain, runToEnd, undoFromMenu } from './run-helpers';
import { FakeRange } from '../fake/range';
import { unpackLines } from '../../src/gas/text-chunks';
import { touchedCells, type RowRecord } from '../../src/gas/journal-records';
import { a1 } from '../../src/core/table/a1';
import { cellText } from '../../src/core/table/cell-text';
import type { UserMessage } from '../../src/core/messages';

type Writer = 'setValues' | 'setBackgrounds' | 'setNotes' | 'setNumberFormats';
const WRITERS: Writer[] = ['setValues', 'setBackgrounds', 'setNotes', 'setNumberFormats'];
const originals = new Map(WRITERS.map((w) => [w, FakeRange.prototype[w]]));

afterEach(() => {
  for (const [w, f] of originals) (FakeRange.prototype as unknown as Record<string, unknown>)[w] = f;
});

/** Cells (A1) of the data sheet the journal holds a record for. */
function journaled(h: Harness): Set<string> {
  const undo = h.gas.spreadsheet.getSheetByName('CRM Undo');
  const out = new Set<string>();
  if (!undo || undo.getLastRow() < 1) return out;
  const rows = undo.getRange(1, 1, undo.getLastRow(), 3).getValues().filter((r) => r[1] === 'cells');
  for (const line of unpackLines(rows.map((r) => r[2]))) for (const cell of touchedCells(JSON.parse(line) as RowRecord)) out.add(a1(cell.r + 2, cell.c + 1));
  return out;
}

/**
 * Watches every write to the data sheet: each cell about to change must already be in the journal,
 * and a value about to change must already have its log line. `fail` makes one write throw, as a
 * refused service call would.
 */
function watchWrites(h: Harness, fail?: { writer: Writer; at: number }): { checked: number } {
  const seen = { checked: 0 };
  let count = 0;
  for (const w of WRITERS) {
    const original = originals.get(w) as (this: FakeRange, grid: unknown) => FakeRange;
    (FakeRange.prototype as unknown as Record<string, unknown>)[w] = function (this: FakeRange, grid: unknown[][]) {
      if (this.sheet === h.sheet) {
        if (fail && w === fail.writer && ++count === fail.at) throw new Error('Service Spreadsheets failed while accessing document.');
        const { row, column } = this.box;
        const current = w === 'setValues' ? this.getValues() : w === 'setBackgrounds' ? this.getBackgrounds() : w === 'setNotes' ? this.getNotes() : this.getNumberFormats();
        const inJournal = journaled(h);
        const logged = new Set(logRows(h).filter((r) => !String(r[7]).startsWith('undo')).map((r) => String(r[4])));
        grid.forEach((line, i) =>
          line.forEach((next, j) => {
            const cell = a1(row + i, column + j);
            const was = current[i]?.[j];
            const value = typeof next === 'string' && next.startsWith("'") ? next.slice(1) : next;
            if (cellText(value as never).toLowerCase() === cellText(was as never).toLowerCase()) return;
            seen.checked++;
            expect(inJournal.has(cell), `${w} ${cell} before its journal record`).toBe(true);
            if (w === 'setValues') expect(logged.has(cell), `${cell} written before its log line`).toBe(true);
          }),
        );
      }
      return original.call(this, grid);
    };
  }
  return seen;
}

/** Every value the sheet held before (but those people overwrote) is still in the sheet, the archive or the log. */
function nothingLost(h: Harness, before: unknown[][], overwritten: unknown[] = []): void {
  const texts = new Set<string>();
  for (const name of ['Contacts', 'CRM Archive']) {
    const s = h.gas.spreadsheet.getSheetByName(name);
    if (s && s.getLastRow() > 0) for (const r of s.getRange(1, 1, s.getLastRow(), s.getLastColumn()).getValues()) for (const v of r) texts.add(cellText(v as never));
  }
  for (const r of logRows(h)) texts.add(String(r[5]));
  for (const line of before) for (const v of line) if (!overwritten.includes(v)) expect(texts.has(cellText(v as never)), cellText(v as never)).toBe(true);
}

describe('a background clean stopped half-way', () => {
  it('stopped by an edit: everything it wrote was journaled and logged first, and undo puts it back around the edit', () => {
    const h = harness(messySheet(400));
    const original = exact(h);
    const values = h.sheet.getRange(1, 1, h.sheet.getLastRow(), 7).getValues();
    forceSteps(h, 0, 60);
    const watched = watchWrites(h);
    h.bundle.menuCleanSheet();
    fireContinuation(h);
    fireContinuation(h);
    expect(plain<{ state: string }>(h.bundle.getCleanProgress()).state).toBe('running');
    expect(watched.checked).toBeGreaterThan(100);
    // Someone types in a row the clean has not reached yet; the next step sees it and stops.
    const row = h.sheet.getLastRow() - 3;
    const overwritten = h.sheet.getRange(row, 2).getValue();
    h.sheet.getRange(row, 2).setValue('ayse.yilmaz@firma.com.tr');
    fireContinuation(h);
    const p = plain<{ state: string; message: UserMessage }>(h.bundle.getCleanProgress());
    expect(p.state).toBe('failed');
    // The stop is said by its code, in the user's language wherever it is shown.
    expect(p.message.code).toBe('msg.job.stopped');
    expect(p.message.message).toMatch(/stopped at \d+%: the sheet was edited while it was running/);
    expect(p.message.message).toMatch(/“Undo last clean” puts it back/);
    expect(h.gas.triggers.triggers).toHaveLength(0);
    nothingLost(h, values.slice(1), [overwritten]);

    expect(undoFromMenu(h)).toMatch(/^Undid Clean this sheet on “Contacts”/);
    const expected = original as { values: string[][] };
    const now = exact(h) as { values: string[][] };
    expect(now.values[row - 1]?.[1]).toBe('string:ayse.yilmaz@firma.com.tr');
    now.values[row - 1]?.splice(1, 1, expected.values[row - 1]?.[1] as string);
    expect(now).toEqual(original);
  });

  it('a write refused half-way through a step: nothing unlogged, and undo is exact', () => {
    const h = harness(messySheet(300));
    const original = exact(h);
    const values = h.sheet.getRange(1, 1, h.sheet.getLastRow(), 7).getValues();
    watchWrites(h, { writer: 'setBackgrounds', at: 1 });
    h.bundle.menuCleanSheet();
    expect(lastAlert(h)).toMatch(/Service Spreadsheets failed/);
    // The values of the step were written, its colours and notes were not.
    expect(exact(h)).not.toEqual(original);
    nothingLost(h, values.slice(1));
    expect(undoFromMenu(h)).toMatch(/^Undid Clean this sheet/);
    expect(lastAlert(h)).not.toMatch(/left as they are/);
    expect(exact(h)).toEqual(original);
  });

  it('an undo stopped by an edit half-way is finished by the next "Undo last clean", rows not put back twice', () => {
    const h = harness(messySheet(400));
    const original = exact(h) as { values: string[][] };
    h.bundle.menuCleanSheet();
    const archived = archiveRows(h).length;
    expect(archived).toBeGreaterThan(5);
    forceSteps(h, 0, 60);
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toMatch(/^Undoing Clean this sheet on “Contacts” \(run \w+\): \d+% done\. The rest continues in the background: right away while the CRM Hygiene sidebar is open, otherwise within the hour\./);
    // The rows are back; someone types before the undo's next step.
    expect(h.sheet.getLastRow() - 1).toBe(original.values.length - 1);
    h.sheet.getRange(3, 1).setValue('Hoàng Văn Nam');
    fireContinuation(h);
    const p = plain<{ state: string; message: UserMessage }>(h.bundle.getCleanProgress());
    expect(p.state).toBe('failed');
    expect(p.message.code).toBe('msg.undo.stopped');
    expect(p.message.message).toMatch(/^The undo of Clean this sheet on “Contacts” \(run \w+\) stopped at \d+%: the sheet was edited while it was running\./);
    expect(undoFromMenu(h)).toMatch(/^Undid Clean this sheet on “Contacts”/);
    expect(lastAlert(h)).toMatch(/left as they are \(1\): A3\./);
    runToEnd(h);
    // A3 is the person's, all of it (its colour and note stay as the clean left them); every other
    // cell is back as it was.
    const now = exact(h) as Record<string, string[][]>;
    expect(now.values?.[2]?.[0]).toBe('string:Hoàng Văn Nam');
    for (const layer of ['values', 'formats', 'backgrounds', 'notes']) now[layer]?.[2]?.splice(0, 1, (original as Record<string, string[][]>)[layer]?.[2]?.[0] as string);
    expect(now).toEqual(original);
    expect(archiveRows(h)).toEqual([]);
    expect(undoFromMenu(h)).toBe('There is nothing to undo.');
  });
});
