// What undo decides before it writes: cell by cell (as the run left it, already back, changed by
// someone, or half written by a step that stopped), and whether rows were moved since the run.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/table';
import { rowRecord, touchedCells, type RowState } from '../../src/gas/journal-records';
import { layoutOf, movedRow, verdict, type RunJournal } from '../../src/gas/undo-check';
import { rowHash } from '../../src/gas/row-hashes';
import type { RunMeta } from '../../src/gas/undo-journal';

const before = (): RowState => ({
  values: ['JANA NOVÁKOVÁ', '602 123 456', 'Česko', 0],
  formulas: ['', '', '', '=LEN(A5)'],
  formats: ['0.###############', '0.###############', '0.###############', '0'],
  backgrounds: ['#ffffff', '#ffffff', '#ffffff', '#ffffff'],
  notes: ['', '', '', ''],
});

/** The row as the run leaves it, and the journal's cells for it. */
function run(): { after: RowState; cells: ReturnType<typeof touchedCells> } {
  const b = before();
  const target = {
    values: new Map<number, Cell>([[0, 'Jana Nováková'], [1, '+420602123456'], [2, 'Czech Republic']]),
    formats: new Map([[1, '@']]),
    backgrounds: new Map([0, 1, 2, 3].map((c) => [c, '#fce8b2'])),
    notes: new Map([[0, 'CRM Hygiene: no email']]),
  };
  const rec = rowRecord(3, b, target);
  if (!rec) throw new Error('no record');
  const after: RowState = {
    values: [0, 1, 2, 3].map((c) => target.values.get(c) ?? b.values[c] ?? ''),
    formulas: b.formulas.slice(),
    formats: [0, 1, 2, 3].map((c) => target.formats.get(c) ?? b.formats[c] ?? ''),
    backgrounds: [0, 1, 2, 3].map(() => '#fce8b2'),
    notes: ['CRM Hygiene: no email', '', '', ''],
  };
  return { after, cells: touchedCells(JSON.parse(JSON.stringify(rec))) };
}

const copy = (s: RowState): RowState => JSON.parse(JSON.stringify(s)) as RowState;

describe('undo decisions', () => {
  it('restores cells as the run left them, whatever a formula cell shows', () => {
    const { after, cells } = run();
    const shown = copy(after);
    shown.values[3] = 13; // Sheets computed the formula
    expect(cells.map((c) => verdict(c, shown, c.formula))).toEqual(['restore', 'restore', 'restore', 'restore']);
  });

  it('leaves a cell someone changed: its value, note, colour, format, or only a formula reference', () => {
    const { after, cells } = run();
    const cases: Array<[number, (s: RowState) => void]> = [
      [0, (s) => (s.values[0] = 'Jana Nováková-Dvořáková')],
      [0, (s) => (s.notes[0] = 'CRM Hygiene: no email\nposlat email znovu')],
      [1, (s) => (s.backgrounds[1] = '#ff0000')],
      [2, (s) => (s.formats[2] = '@')],
      [3, (s) => (s.formulas[3] = '=LEN(A6)')],
    ];
    for (const [c, edit] of cases) {
      const now = copy(after);
      edit(now);
      const cell = cells[c];
      if (!cell) throw new Error('no cell');
      expect(verdict(cell, now, cell.formula)).toBe('changed');
    }
    expect(verdict(cells[0] as (typeof cells)[number], undefined, '')).toBe('gone');
  });

  it('a cell already back as it was needs nothing; a step stopped half-way is still restored', () => {
    const { after, cells } = run();
    expect(cells.map((c) => verdict(c, before(), c.formula))).toEqual(['same', 'same', 'same', 'same']);
    // Values and formats written, colours and notes not yet: the step stopped in between.
    const half = copy(before());
    half.values = after.values.slice();
    half.formats = after.formats.slice();
    expect(cells.map((c) => verdict(c, half, c.formula))).toEqual(['restore', 'restore', 'restore', 'same']);
    // Half written and then edited by someone: left alone.
    half.values[1] = '+420 602 999 999';
    expect(verdict(cells[1] as (typeof cells)[number], half, '')).toBe('changed');
  });

  it('sees rows moved since the run (a row exactly as left, somewhere else), not rows edited in place', () => {
    const rows: RowState[] = ['Jan Novák', 'Eva Svobodová', 'Petr Dvořák', 'Lucie Černá', ''].map((name) => ({ values: [name, 'Praha'], formulas: ['', ''], formats: [], backgrounds: [], notes: [] }));
    const meta = { runId: 'a1b2c3d4', firstRow: 2, numRows: 5, numColumns: 2 } as RunMeta;
    const j: RunJournal = { meta, cells: [], rowHashes: rows.map((r) => rowHash(r.values, r.formulas, 2)), rows: null, seal: null };
    const layout = layoutOf(j);
    expect(movedRow(j, layout, rows)).toBeNull();
    const edited = rows.map(copy);
    (edited[1] as RowState).values[1] = 'Brno';
    expect(movedRow(j, layout, edited)).toBeNull();
    // A row inserted at the top: every row below moved one down.
    const inserted = [{ values: ['Tereza Marková', 'Ostrava'], formulas: ['', ''], formats: [], backgrounds: [], notes: [] }, ...rows.map(copy)];
    expect(movedRow(j, layout, inserted)).toEqual({ row: 2, now: 3 });
    // Rows added below the data are someone's new rows, not a move.
    expect(movedRow(j, layout, [...rows.map(copy), { values: ['Nová', 'Plzeň'], formulas: ['', ''], formats: [], backgrounds: [], notes: [] }])).toBeNull();
  });
});
