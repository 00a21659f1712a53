// What undo may do, decided before it writes anything: where each row of the run is now, whether
// rows were moved since (then undo refuses), and, cell by cell, whether the cell is still as the
// run left it (restore it), already back as it was (nothing to do), or changed by someone since
// (leave it, and say so). No Apps Script calls: undo-clean.ts reads, this decides.
import type { Cell } from '../core/table';
import type { RunMeta } from './undo-journal';
import type { Aspects, RowState, TouchedCell } from './journal-records';
import { stateHash } from './cell-state';
import { rowHash } from './row-hashes';
import { encodeCell } from './cell-codec';

export type SealPair = [row: number, column: number, before: string, after: string];

export interface RunJournal {
  meta: RunMeta;
  cells: TouchedCell[];
  /** Per data row as read, the row as the run leaves it ([] when the run kept none). */
  rowHashes: string[];
  /** Rows the run moved to the archive, when its rows step began. */
  rows: { removed: number[]; removal: 'runs' | 'sort' } | null;
  /** Formulas Sheets rewrote when the rows left; null while the rows had not left. */
  seal: SealPair[] | null;
}

export interface Layout {
  /** The rows left the sheet (the run's rows step finished) and are not back yet. */
  removed: boolean;
  /** An undo already put them back (it stopped before the end): their archive rows still go. */
  back: boolean;
  /** The rows step began but did not finish: its rows may be in the sheet, the archive or both. */
  interrupted: boolean;
  /** Where a data row as read is now (0-based, from the first data row); undefined if it left. */
  now: (row: number) => number | undefined;
  /** Data rows as read, in the order the run left them. */
  kept: number[];
}

export function layoutOf(j: RunJournal): Layout {
  const left = j.rows !== null && j.seal !== null;
  const back = left && j.meta.rowsBack === true;
  const removed = left && !back;
  const gone = new Set(removed ? (j.rows?.removed ?? []) : []);
  const kept: number[] = [];
  const at = new Map<number, number>();
  for (let r = 0; r < j.meta.numRows; r++) {
    if (gone.has(r)) continue;
    at.set(r, kept.length);
    kept.push(r);
  }
  // Until rows leave, every row is where the run read it (clean at entry journals no row count).
  return { removed, back, interrupted: j.rows !== null && j.seal === null, now: removed ? (r) => at.get(r) : (r) => r, kept };
}

/**
 * A row that is exactly as the run left it but sits elsewhere: rows were sorted, inserted or
 * deleted since. Rows that hash alike (blank rows, copies) say nothing and are not looked at.
 */
export function movedRow(j: RunJournal, layout: Layout, current: readonly RowState[]): { row: number; now: number } | null {
  if (j.rowHashes.length !== j.meta.numRows) return null;
  const expected = layout.kept.map((r) => j.rowHashes[r] as string);
  const actual = current.map((s) => rowHash(s.values, s.formulas, j.meta.numColumns));
  const count = new Map<string, number>();
  for (const h of expected) count.set(h, (count.get(h) ?? 0) + 1);
  const where = new Map<string, number[]>();
  actual.forEach((h, i) => where.set(h, [...(where.get(h) ?? []), i]));
  for (let i = 0; i < expected.length; i++) {
    const h = expected[i] as string;
    if (actual[i] === h || count.get(h) !== 1) continue;
    const found = where.get(h);
    if (found?.length === 1 && found[0] !== i && actual[found[0] as number] !== expected[found[0] as number]) {
      return { row: j.meta.firstRow + i, now: j.meta.firstRow + (found[0] as number) };
    }
  }
  return null;
}

export type Verdict = 'restore' | 'same' | 'changed' | 'gone';

const sameValue = (a: Cell, b: Cell): boolean => JSON.stringify(encodeCell(a)) === JSON.stringify(encodeCell(b));

type Aspect = keyof Aspects;
const ASPECTS: readonly Aspect[] = ['value', 'format', 'background', 'note'];

function equal(aspect: Aspect, a: Aspects[Aspect], b: Aspects[Aspect]): boolean {
  if (aspect === 'value') return sameValue(a as Cell, b as Cell);
  if (aspect === 'background') return String(a).toLowerCase() === String(b).toLowerCase();
  return a === b;
}

function hashOf(cell: TouchedCell, s: Required<Aspects>): string {
  return stateHash(cell.valueOnly ? { value: s.value, format: '', background: '', note: '' } : { value: s.value, format: s.format, background: s.background, note: s.note });
}

/**
 * Whether `cell` (as the journal has it) may be restored, given the cell as it is now: as the run
 * left it (or, for a step stopped half-way, each changed part as before or as written and the rest
 * as the run left it) -> restore; every changed part already as before -> nothing to do; anything
 * else means someone changed it since.
 */
export function verdict(cell: TouchedCell, now: RowState | undefined, formulaAfter: string): Verdict {
  if (!now) return 'gone';
  const c = cell.c;
  if ((now.formulas[c] ?? '') !== formulaAfter) return 'changed';
  // As in the journal: a formula cell's value is left to the formula.
  const current: Required<Aspects> = {
    value: now.formulas[c] ? '' : (now.values[c] ?? ''),
    format: now.formats[c] ?? '',
    background: now.backgrounds[c] ?? '',
    note: now.notes[c] ?? '',
  };
  if (hashOf(cell, current) === cell.hash) return 'restore';
  const changed = ASPECTS.filter((a) => cell.before[a] !== undefined);
  const atBefore = (a: Aspect): boolean => equal(a, current[a], cell.before[a]);
  const atAfter = (a: Aspect): boolean => equal(a, current[a], cell.after[a]);
  if (changed.every(atBefore)) return 'same';
  if (changed.every((a) => atBefore(a) || atAfter(a)) && hashOf(cell, { ...current, ...cell.after }) === cell.hash) return 'restore';
  return 'changed';
}
