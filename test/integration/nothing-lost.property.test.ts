// Issue 11's property on the built bundle: random sequences (seeded) of cleans, people's edits,
// sorts of the archive, merges from the duplicate review, archived inactive rows and undo, on
// generated sheets. After every step, every value the data sheet ever held is still in the sheet,
// the archive or the log (but values a person overwrote by hand), and an undo never changes a
// cell a person edited after the run it takes back.
import { describe, expect, it } from 'vitest';
import { harness, type Harness } from './gas-harness';
import { messySheet } from './messy-sheet';
import { archiveRows, lastAlert, logRows, plain } from './run-helpers';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { cellText } from '../../src/core/table/cell-text';
import type { Cell } from '../../src/core/table';

const TYPED = [
  (k: number) => `Nguyễn Thị Lan ${k}`,
  (k: number) => `petr.novak.${k}@seznam.cz`,
  (k: number) => `0812-5555-${String(1000 + k)}`,
  (k: number) => `PT Sumber Makmur ${k} Tbk`,
  (k: number) => `Åsa Öberg ${k}`,
  (k: number) => `Ayşe Yıldız ${k}`,
];

interface Edit {
  text: string;
  column: number;
  /** How many runs were on the journal when it was made. */
  since: number;
}

function texts(h: Harness, name: string, skipFormulas = false): string[] {
  const s = h.gas.spreadsheet.getSheetByName(name);
  if (!s || s.getLastRow() < 1) return [];
  const range = s.getRange(1, 1, s.getLastRow(), s.getLastColumn());
  const formulas = range.getFormulas();
  const out: string[] = [];
  range.getValues().forEach((row, r) => row.forEach((v, c) => {
    if (!(skipFormulas && formulas[r]?.[c])) out.push(cellText(v as Cell));
  }));
  return out;
}

/** Ids of the runs on the undo journal, oldest first. */
function journalRunIds(h: Harness): string[] {
  const undo = h.gas.spreadsheet.getSheetByName('CRM Undo');
  if (!undo || undo.getLastRow() < 1) return [];
  return undo.getRange(1, 1, undo.getLastRow(), 2).getValues().filter((r) => r[1] === 'meta').map((r) => String(r[0]).slice(1));
}

/** Cells (A1) whose value the newest run changed, from its log lines. */
function newestRunCells(h: Harness): string[] {
  const runId = journalRunIds(h).at(-1);
  return logRows(h).filter((r) => r[0] === runId && /^[A-Z]+\d+$/.test(String(r[4]))).map((r) => String(r[4]));
}

/**
 * A generated sheet, plus people who changed jobs: the same name and phone again with a new work
 * email, which the duplicate review asks a person about.
 */
function sheetWithDoubts(rows: number, seed: number): ReturnType<typeof messySheet> {
  const content = messySheet(rows, seed);
  for (let i = 0; i < 6; i++) {
    const src = content.values[5 + i * 17] ?? [];
    content.values.push([src[0] ?? '', `kontak.${i}@firma-baru.co.id`, src[2] ?? '', src[3] ?? '', src[4] ?? '', src[5] ?? '', src[6] ?? '', 0]);
  }
  return content;
}

function sequence(seed: number, steps: number): void {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const h = harness(sheetWithDoubts(110 + Math.floor(rnd() * 60), seed));
  // Some contacts untouched for years, so "Archive inactive rows" has work.
  const dates = [];
  for (let r = 2; r <= h.sheet.getLastRow(); r++) dates.push([rnd() < 0.25 ? new Date(2017, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27)) : new Date(Date.now() - 40 * 86_400_000)]);
  h.sheet.getRange(2, 7, dates.length, 1).setValues(dates);

  const ever = new Set<string>();
  const overwritten = new Set<string>();
  const edits: Edit[] = [];
  const remember = (): void => {
    for (const t of texts(h, 'Contacts', true)) ever.add(t);
  };
  const check = (step: string): void => {
    const kept = new Set([...texts(h, 'Contacts'), ...texts(h, 'CRM Archive'), ...logRows(h).flatMap((r) => [String(r[5]), String(r[6])])]);
    for (const t of ever) if (!overwritten.has(t)) expect(kept.has(t), `seed ${seed}, after ${step}: "${t}" is nowhere`).toBe(true);
    remember();
  };
  remember();
  let k = 0;
  const log: string[] = [];
  // Each run's serial number, in the order they were made; edits remember the newest at the time.
  const serials = new Map<string, number>();
  const newestSerial = (): number => serials.get(journalRunIds(h).at(-1) ?? '') ?? 0;
  // Half the time people retype a cell the last run changed (what they look at after a clean).
  const edit = (): void => {
    const recent = rnd() < 0.5 ? newestRunCells(h).filter((a) => /^[A-F]/.test(a)) : [];
    const cell = recent.length ? h.sheet.getRange(pick(recent)) : h.sheet.getRange(2 + Math.floor(rnd() * (h.sheet.getLastRow() - 1)), 1 + Math.floor(rnd() * 6));
    const row = cell.getRow();
    const column = cell.getColumn();
    overwritten.add(cellText(cell.getValue() as Cell));
    cell.setValue(pick(TYPED)(++k));
    edits.push({ text: cellText(h.sheet.getRange(row, column).getValue() as Cell), column, since: newestSerial() });
  };
  const column = (c: number): string[] => h.sheet.getRange(1, c, h.sheet.getLastRow(), 1).getValues().map((r) => cellText(r[0] as Cell));
  for (let i = 0; i < steps; i++) {
    const action = pick(['clean', 'clean', 'edit', 'sort', 'merge', 'merge', 'archive', 'undo', 'undo']);
    log.push(action);
    if (action === 'clean') h.bundle.menuCleanSheet();
    else if (action === 'edit') edit();
    else if (action === 'sort') {
      const archive = h.gas.spreadsheet.getSheetByName('CRM Archive');
      if (archive && archive.getLastRow() > 2) archive.getRange(2, 1, archive.getLastRow() - 1, archive.getLastColumn()).sort({ column: 1 + Math.floor(rnd() * archive.getLastColumn()), ascending: rnd() < 0.5 });
    } else if (action === 'merge') {
      const clusters = plain<Array<{ id: string; rows: number[] }>>(h.bundle.sidebarGetReviewClusters());
      const c = clusters[0];
      if (c) h.bundle.sidebarMergeCluster({ id: c.id, primary: pick(c.rows), picks: { 1: pick(c.rows) } });
    } else if (action === 'archive') h.bundle.archiveInactiveRows({ months: 24 });
    else {
      // People edit a cell or two, then someone presses "Undo last clean".
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) edit();
      const runs = journalRunIds(h).length;
      const top = runs > 0 ? newestSerial() : Infinity;
      const mine = edits.filter((e) => e.since >= top);
      const before = mine.map((e) => column(e.column).filter((t) => t === e.text).length);
      h.bundle.menuUndoLastClean();
      expect(lastAlert(h), `seed ${seed}: ${log.join(' ')}`).toMatch(runs > 0 ? /^Undid / : /^There is nothing to undo/);
      mine.forEach((e, j) => expect(column(e.column).filter((t) => t === e.text).length, `seed ${seed}: undo changed "${e.text}"`).toBe(before[j]));
    }
    for (const id of journalRunIds(h)) if (!serials.has(id)) serials.set(id, serials.size + 1);
    check(`${i + 1} steps (${log.join(' ')})`);
  }
  // And everything undone in the end: every value is still somewhere, and the archive keeps only
  // rows of runs too old to undo (the journal keeps the last ten).
  const kept = new Set(journalRunIds(h));
  while (journalRunIds(h).length > 0) {
    h.bundle.menuUndoLastClean();
    check('final undo');
  }
  const dropped = [...serials.keys()].filter((id) => !kept.has(id));
  for (const row of archiveRows(h)) expect(dropped).toContain(String(row[1]));
}

describe('nothing is lost, whatever people do between runs', () => {
  for (const seed of [3, 17, 42, 2024, 7919]) {
    it(`random sequence, seed ${seed}`, () => sequence(seed, 24), 120_000);
  }
});
