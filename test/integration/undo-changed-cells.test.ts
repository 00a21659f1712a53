// Issue 11, defect 3 on the built bundle: undo restores only cells still as the run left them
// (value, formula, number format, background, note; a formula edit that only moves a reference
// is a change) and names the cells it left because someone changed them since.
import { describe, expect, it } from 'vitest';
import { harness, type Harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { lastAlert, logRows, undoFromMenu } from './run-helpers';
import { a1 } from '../../src/core/table/a1';

interface CellState {
  value: unknown;
  formula: string;
  format: string;
  background: string;
  note: string;
}

function cellAt(h: Harness, row: number, column: number): CellState {
  const r = h.sheet.getRange(row, column);
  const v = r.getValue();
  return { value: v instanceof Date ? v.getTime() : v, formula: r.getFormula(), format: r.getNumberFormat(), background: r.getBackground(), note: r.getNote() };
}

function allCells(h: Harness): Map<string, CellState> {
  const out = new Map<string, CellState>();
  for (let r = 1; r <= h.sheet.getLastRow(); r++) for (let c = 1; c <= h.sheet.getLastColumn(); c++) out.set(a1(r, c), cellAt(h, r, c));
  return out;
}

/** A cell of a data row where `differs` says the clean changed it; rows without merges only. */
function changedCell(before: Map<string, CellState>, after: Map<string, CellState>, column: number, differs: (a: CellState, b: CellState) => boolean, skip: Set<number>): number {
  for (let r = 2; r < 60; r++) {
    if (skip.has(r)) continue;
    const a = before.get(a1(r, column));
    const b = after.get(a1(r, column));
    if (a && b && differs(a, b)) return r;
  }
  throw new Error(`no changed cell in column ${column}`);
}

/** What a person does to put a cell back by hand: retype it, reset its colour and its note. */
function putBack(h: Harness, row: number, column: number, was: CellState): void {
  const cell = h.sheet.getRange(row, column);
  cell.setValue(was.value as string);
  cell.setBackground(was.background);
  cell.setNote(was.note);
}

describe('undo after people kept working', () => {
  it('leaves every cell changed since the clean as it is, names it, and restores all the others exactly', () => {
    // 60 rows with no duplicates, so rows stay where they are and cells can be followed by position.
    const h = harness(messySheet(60, 11));
    const original = allCells(h);
    h.bundle.menuCleanSheet();
    expect(h.gas.spreadsheet.getSheetByName('CRM Archive')?.getLastRow() ?? 1).toBe(1);
    const cleaned = allCells(h);
    const used = new Set<number>();
    const pick = (column: number, differs: (a: CellState, b: CellState) => boolean): number => {
      const r = changedCell(original, cleaned, column, differs, used);
      used.add(r);
      return r;
    };
    const nameRow = pick(1, (a, b) => a.value !== b.value);
    const formulaRow = pick(8, (a, b) => a.background !== b.background);
    const noteRow = pick(1, (a, b) => a.note !== b.note);
    const colourRow = pick(2, (a, b) => a.background !== b.background);
    const phoneRow = pick(3, (a, b) => a.value !== b.value);
    const revertRow = pick(1, (a, b) => a.value !== b.value);

    // People keep working: a name retyped, a formula pointed one row down (only its reference
    // changes), a note answered, a cell coloured, a phone cell given a number format, and one
    // cell put back by hand exactly as it was before the clean (value, colour and note).
    h.sheet.getRange(nameRow, 1).setValue('Trần Thị Bích Ngọc');
    h.sheet.getRange(formulaRow, 8).setFormula(`=LEN(A${formulaRow + 1})`);
    h.sheet.getRange(noteRow, 1).setNote(`${h.sheet.getRange(noteRow, 1).getNote()}\nzavolat znovu v pondělí`);
    h.sheet.getRange(colourRow, 2).setBackground('#ff0000');
    h.sheet.getRange(phoneRow, 3).setNumberFormat('0');
    putBack(h, revertRow, 1, original.get(a1(revertRow, 1)) as CellState);
    const edited = [a1(nameRow, 1), a1(formulaRow, 8), a1(noteRow, 1), a1(colourRow, 2), a1(phoneRow, 3)];
    const mine = new Map(edited.map((cell) => [cell, allCells(h).get(cell)]));

    const summary = undoFromMenu(h);
    expect(summary).toMatch(/^Undid Clean this sheet on “Contacts”/);
    const listed = /Cells changed since that run were left as they are \((\d+)\): (.*)\./.exec(summary);
    expect(listed?.[1]).toBe('5');
    expect(listed?.[2]?.split(', ').sort()).toEqual([...edited].sort());
    const now = allCells(h);
    for (const [cell, state] of now) {
      if (mine.has(cell)) expect(state, cell).toEqual(mine.get(cell));
      else expect(state, cell).toEqual(original.get(cell));
    }
    // The log keeps each left cell with what is in it now and what undo would have put back.
    const skipped = logRows(h).filter((r) => r[7] === 'undo.skipped');
    expect(skipped.map((r) => r[4]).sort()).toEqual([...edited].sort());
    expect(skipped.find((r) => r[4] === a1(nameRow, 1))?.slice(5, 7)).toEqual(['Trần Thị Bích Ngọc', original.get(a1(nameRow, 1))?.value]);
  });

  it('a cell put back by hand as it was before the run counts as undone, and is not listed', () => {
    const h = harness(messySheet(30, 11));
    const original = allCells(h);
    h.bundle.menuCleanSheet();
    const cleaned = allCells(h);
    const row = changedCell(original, cleaned, 1, (a, b) => a.value !== b.value, new Set());
    putBack(h, row, 1, original.get(a1(row, 1)) as CellState);
    expect(undoFromMenu(h)).not.toMatch(/left as they are/);
    expect(allCells(h)).toEqual(original);
    expect(lastAlert(h)).toMatch(/nothing earlier to undo/);
  });
});
