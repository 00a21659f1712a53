// The undo journal: what the last runs changed, newest last, in the hidden "CRM Undo" sheet
// (document properties hold at most 9 KB per value). Three columns: run id, part, data. A run is a
// 'meta' row (its JSON header, rewritten as the run goes) and rows of JSON lines packed into cells
// of at most 40,000 characters (text-chunks.ts): 'cells' (journal-records.ts), 'rowhash' (each
// row as the run will leave it, to see rows moved since), 'rows' (rows it moved to "CRM Archive")
// and 'seal' (formulas Sheets rewrote when the rows left). Found by run id, never by position,
// so runs may interleave (clean at entry during a background clean). The last MAX_RUNS runs are
// kept; "Undo last clean" takes them back newest first. Every stored text starts with a letter or
// a marker ('r' before a run id, '{', '^', '~'), so Sheets never reads one as a number or a formula
// and no number format has to be set.
import { UNDO_SHEET } from './sheet-names';
import { appendBlock, ensureSheet } from './addon-sheets';
import { packLines, unpackLines } from './text-chunks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MAX_RUNS = 10;
const WIDTH = 3;
/** The clean-at-entry run new edits join (entry-journal.ts); any other run start closes it. */
export const OPEN_ENTRY_PROPERTY = 'crmHygiene.entryRun';
/** Appends of up to this many rows use appendRow (one call each) instead of a batch write. */
const SMALL_APPEND = 3;

export type RunAction = 'clean' | 'merge' | 'archive' | 'dropdowns' | 'flag' | 'entry';
export type JournalPart = 'meta' | 'cells' | 'rowhash' | 'rows' | 'seal';
const PARTS: readonly string[] = ['meta', 'cells', 'rowhash', 'rows', 'seal'];

export interface RunMeta {
  runId: string;
  action: RunAction;
  /** ISO time the run started. */
  time: string;
  user: string;
  sheetId: number;
  sheetName: string;
  headerRow: number;
  /** First data row (1-based) and the data block as the run read it. */
  firstRow: number;
  numRows: number;
  numColumns: number;
  /** 'running' while steps remain; 'stopped' when a background run was stopped half-way. */
  state: 'running' | 'stopped' | 'done';
  /** Steps done and in all, for progress and for the undo summary of a stopped run. */
  done?: number;
  total?: number;
  /** An undo that stopped after putting the run's rows back from the archive. */
  rowsBack?: boolean;
}

interface IndexRow {
  row: number;
  runId: string;
  part: string;
}

function journalSheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(UNDO_SHEET);
}

/** Run id and part of every row (one read of two narrow columns). */
function readIndex(sheet: Sheet): IndexRow[] {
  const last = sheet.getLastRow();
  if (last < 1) return [];
  return sheet.getRange(1, 1, last, 2).getValues().map((r, i) => ({ row: i + 1, runId: String(r[0] ?? '').slice(1), part: String(r[1] ?? '') }));
}

function append(sheet: Sheet, runId: string, part: JournalPart, cells: string[]): void {
  const rows = cells.map((c) => [`r${runId}`, part, c]);
  if (rows.length <= SMALL_APPEND) for (const row of rows) sheet.appendRow(row);
  else appendBlock(sheet, rows);
}

function closeEntryRun(): void {
  PropertiesService.getDocumentProperties().deleteProperty(OPEN_ENTRY_PROPERTY);
}

/** Delete the given sheet rows (any order) in runs, bottom-up; a sheet keeps one row at least. */
function deleteRowsOf(sheet: Sheet, rows: number[]): void {
  const sorted = [...new Set(rows)].sort((a, b) => b - a);
  if (sorted.length === 0) return;
  if (sheet.getMaxRows() - sorted.length < 1) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  let i = 0;
  while (i < sorted.length) {
    let start = sorted[i] as number;
    let count = 1;
    while (i + count < sorted.length && sorted[i + count] === start - 1) {
      start--;
      count++;
    }
    sheet.deleteRows(start, count);
    i += count;
  }
}

/** Opens a run: drops the oldest runs beyond MAX_RUNS (and rows no run owns), then writes its meta. */
export function startRun(ss: Spreadsheet, meta: RunMeta, rowHashes: string[] = []): void {
  closeEntryRun();
  const sheet = ensureSheet(ss, UNDO_SHEET, [], true, WIDTH);
  const index = readIndex(sheet);
  const runs = index.filter((x) => x.part === 'meta').map((x) => x.runId);
  const dropped = new Set(runs.slice(0, Math.max(0, runs.length - (MAX_RUNS - 1))));
  const stale = index.filter((x) => dropped.has(x.runId) || !PARTS.includes(x.part) || !runs.includes(x.runId)).map((x) => x.row);
  deleteRowsOf(sheet, stale);
  append(sheet, meta.runId, 'meta', [JSON.stringify(meta)]);
  append(sheet, meta.runId, 'rowhash', packLines(rowHashes.length ? [rowHashes.join(',')] : []));
}

/** Appends JSON lines to a part of a run. */
export function appendToRun(ss: Spreadsheet, runId: string, part: JournalPart, lines: string[]): void {
  const sheet = journalSheet(ss);
  if (!sheet) throw new Error(`The undo journal ("${UNDO_SHEET}") is gone.`);
  append(sheet, runId, part, packLines(lines));
}

/** Rewrites a run's meta row. */
export function updateRunMeta(ss: Spreadsheet, meta: RunMeta): void {
  const sheet = journalSheet(ss);
  const at = sheet ? readIndex(sheet).find((x) => x.runId === meta.runId && x.part === 'meta') : undefined;
  if (sheet && at) sheet.getRange(at.row, 3).setValue(JSON.stringify(meta));
}

function readMeta(sheet: Sheet, row: number): RunMeta | null {
  try {
    const meta = JSON.parse(String(sheet.getRange(row, 3).getValue())) as RunMeta;
    return typeof meta.runId === 'string' ? meta : null;
  } catch {
    return null;
  }
}

/** The journaled runs, oldest first. */
export function journalRuns(ss: Spreadsheet): RunMeta[] {
  const sheet = journalSheet(ss);
  if (!sheet) return [];
  return readIndex(sheet).filter((x) => x.part === 'meta').map((x) => readMeta(sheet, x.row)).filter((m): m is RunMeta => m !== null);
}

/** One run's header, by id. */
export function runMeta(ss: Spreadsheet, runId: string): RunMeta | null {
  const sheet = journalSheet(ss);
  const at = sheet ? readIndex(sheet).find((x) => x.runId === runId && x.part === 'meta') : undefined;
  return sheet && at ? readMeta(sheet, at.row) : null;
}

/** The newest run and the one before it (what "Undo last clean" undoes now, and next). */
export function newestRuns(ss: Spreadsheet): { newest: RunMeta | null; previous: RunMeta | null } {
  const sheet = journalSheet(ss);
  const metas = sheet ? readIndex(sheet).filter((x) => x.part === 'meta') : [];
  const newest = metas.at(-1);
  const previous = metas.at(-2);
  return {
    newest: sheet && newest ? readMeta(sheet, newest.row) : null,
    previous: sheet && previous ? readMeta(sheet, previous.row) : null,
  };
}

/** The JSON lines of one part of a run, in the order they were written. */
export function readRunLines(ss: Spreadsheet, runId: string, part: JournalPart): string[] {
  const sheet = journalSheet(ss);
  if (!sheet) return [];
  const rows = readIndex(sheet).filter((x) => x.runId === runId && x.part === part).map((x) => x.row);
  const cells: unknown[] = [];
  // One read per block of adjacent rows (a run's rows are adjacent unless another run interleaved).
  for (let i = 0; i < rows.length; ) {
    let n = 1;
    while (i + n < rows.length && rows[i + n] === (rows[i] as number) + n) n++;
    for (const r of sheet.getRange(rows[i] as number, 3, n, 1).getValues()) cells.push(r[0]);
    i += n;
  }
  return unpackLines(cells);
}

/** Takes a run off the journal (after its undo, or when it can no longer be undone). */
export function dropRun(ss: Spreadsheet, runId: string): void {
  closeEntryRun();
  const sheet = journalSheet(ss);
  if (sheet) deleteRowsOf(sheet, readIndex(sheet).filter((x) => x.runId === runId).map((x) => x.row));
}
