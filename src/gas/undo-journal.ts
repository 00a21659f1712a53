// The undo journal of the last clean, in a hidden "CRM Undo" sheet (document properties hold at
// most 9 KB per value; a 50,000-row snapshot does not fit there). A1 holds the run's metadata as
// JSON; each row below holds one data row as it was before the clean (values with their types,
// formulas, number formats, backgrounds, notes), split over several cells when longer than a
// cell may hold. Written and read in a few batch calls.
import type { Cell } from '../core/table';
import { UNDO_SHEET } from './sheet-names';
import { ensureSheet, growTo } from './addon-sheets';
import { decodeCell, encodeCell, type EncodedCell } from './cell-codec';
import type { SheetSnapshot } from './sheet-snapshot';
import type { RunContext } from './run-context';
import { chunkText } from './text-chunks';

const CELL_CHARS = 45000;

export interface JournalMeta {
  runId: string;
  time: string;
  user: string;
  sheetId: number;
  sheetName: string;
  headerRow: number;
  firstRow: number;
  numRows: number;
  numColumns: number;
  /** 0-based data rows removed from the sheet (merged away), ascending. */
  removed: number[];
  removal: 'none' | 'runs' | 'sort';
  /** Data rows on the sheet after the clean, and the hash of their values. */
  rowsAfter: number;
  hashAfter: string;
  archive: { firstRow: number; count: number };
  /** True while the run continues in the background (time-boxed chunks); undo waits for it. */
  pending?: boolean;
}

/** The journal header of a run over a snapshot, before anything is written to the sheet. */
export function journalMeta(
  run: RunContext,
  snap: SheetSnapshot,
  removed: number[],
  removal: JournalMeta['removal'],
  pending?: boolean,
): JournalMeta {
  const meta: JournalMeta = {
    runId: run.runId,
    time: run.time.toISOString(),
    user: run.user,
    sheetId: snap.sheetId,
    sheetName: snap.sheetName,
    headerRow: snap.headerRow,
    firstRow: snap.firstRow,
    numRows: snap.numRows,
    numColumns: snap.numColumns,
    removed,
    removal,
    rowsAfter: snap.numRows - removed.length,
    hashAfter: '',
    archive: { firstRow: 0, count: 0 },
  };
  if (pending) meta.pending = true;
  return meta;
}

interface RowRecord {
  v: EncodedCell[];
  f?: Record<number, string>;
  n: string[];
  b: string[];
  t: string[];
}

export interface JournalRows {
  values: Cell[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  notes: string[][];
}

export function writeJournal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, meta: JournalMeta, snap: SheetSnapshot): void {
  const sheet = ensureSheet(ss, UNDO_SHEET, [], true);
  const lines = snap.values.map((row, r) => {
    const rec: RowRecord = { v: row.map(encodeCell), n: snap.formats[r] ?? [], b: snap.backgrounds[r] ?? [], t: snap.notes[r] ?? [] };
    (snap.formulas[r] ?? []).forEach((f, c) => {
      if (f) (rec.f ??= {})[c] = f;
    });
    const json = JSON.stringify(rec);
    return chunkText(json, CELL_CHARS);
  });
  const width = lines.reduce((w, p) => Math.max(w, p.length), 1);
  const block = lines.map((p) => Array.from({ length: width }, (_, i) => p[i] ?? ''));
  sheet.clearContents();
  growTo(sheet, block.length + 1, width);
  const range = sheet.getRange(1, 1, block.length + 1, width);
  range.setNumberFormat('@');
  range.setValues([[JSON.stringify(meta), ...new Array<string>(width - 1).fill('')], ...block]);
}

export function updateJournalMeta(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, meta: JournalMeta): void {
  const sheet = ss.getSheetByName(UNDO_SHEET);
  sheet?.getRange(1, 1).setValue(JSON.stringify(meta));
}

/** The metadata only (one cell), for the background continuation of a clean. */
export function readJournalMeta(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): JournalMeta | null {
  const sheet = ss.getSheetByName(UNDO_SHEET);
  const head = sheet ? sheet.getRange(1, 1).getValue() : '';
  return typeof head === 'string' && head !== '' ? (JSON.parse(head) as JournalMeta) : null;
}

export function readJournal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { meta: JournalMeta; rows: JournalRows } | null {
  const sheet = ss.getSheetByName(UNDO_SHEET);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  if (lastRow < 1) return null;
  const grid = sheet.getRange(1, 1, lastRow, Math.max(1, sheet.getLastColumn())).getValues();
  const head = grid[0]?.[0];
  if (typeof head !== 'string' || head === '') return null;
  const meta = JSON.parse(head) as JournalMeta;
  const rows: JournalRows = { values: [], formulas: [], formats: [], backgrounds: [], notes: [] };
  for (let r = 1; r <= meta.numRows; r++) {
    const rec = JSON.parse((grid[r] ?? []).map((x) => String(x)).join('')) as RowRecord;
    rows.values.push(rec.v.map(decodeCell));
    rows.formulas.push(rec.v.map((_, c) => rec.f?.[c] ?? ''));
    rows.formats.push(rec.n);
    rows.backgrounds.push(rec.b);
    rows.notes.push(rec.t);
  }
  return { meta, rows };
}

export function clearJournal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  ss.getSheetByName(UNDO_SHEET)?.clearContents();
}
