// Clean at entry in the undo journal: the cells it normalizes are journaled (what was typed, and
// a hash of what it wrote) before they are written, like every other run, so "Undo last clean"
// takes them back too. Edits of one person on one sheet within half an hour go into one run, so a
// morning of typing is one step of undo and does not push older runs off the journal.
import type { Cell } from '../core/table';
import type { CellChange } from '../core/normalize/normalize-table';
import type { RunContext } from './run-context';
import { rowRecord } from './journal-records';
import { appendToRun, startRun, OPEN_ENTRY_PROPERTY } from './undo-journal';

const SESSION_MS = 30 * 60_000;

/** The entry run edits join, kept in one small property: no read of the journal per edit. */
interface OpenEntryRun {
  runId: string;
  sheetId: number;
  headerRow: number;
  user: string;
  time: string;
}

export interface EntryBlock {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  sheetName: string;
  headerRow: number;
  width: number;
  /** Sheet row of the block's first row, its values (as typed) and formulas. */
  top: number;
  values: Cell[][];
  formulas: string[][];
}

/**
 * The entry run to add to: this person's on this sheet, begun within the half hour. Any other run
 * (or an undo) closes it, so journal order stays the order things happened.
 */
function openEntryRun(props: GoogleAppsScript.Properties.Properties, block: EntryBlock, run: RunContext): OpenEntryRun | null {
  try {
    const open = JSON.parse(props.getProperty(OPEN_ENTRY_PROPERTY) ?? 'null') as OpenEntryRun | null;
    if (!open || open.sheetId !== block.sheet.getSheetId() || open.user !== run.user || open.headerRow !== block.headerRow) return null;
    return run.time.getTime() - new Date(open.time).getTime() > SESSION_MS ? null : open;
  } catch {
    return null;
  }
}

/** Journals `changes` (rows relative to the block) before clean at entry writes them; returns the run id. */
export function journalEntry(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, block: EntryBlock, changes: readonly CellChange[], run: RunContext): string {
  const byRow = new Map<number, Map<number, Cell>>();
  for (const ch of changes) {
    const row = byRow.get(ch.row) ?? new Map<number, Cell>();
    row.set(ch.column, ch.after);
    byRow.set(ch.row, row);
  }
  const firstRow = block.headerRow + 1;
  const lines: string[] = [];
  for (const [r, values] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const state = { values: block.values[r] ?? [], formulas: block.formulas[r] ?? [], formats: [], backgrounds: [], notes: [] };
    const rec = rowRecord(block.top + r - firstRow, state, { values }, true);
    if (rec) lines.push(JSON.stringify(rec));
  }
  if (lines.length === 0) return run.runId;
  const props = PropertiesService.getDocumentProperties();
  const open = openEntryRun(props, block, run);
  const runId = open?.runId ?? run.runId;
  if (!open) {
    const sheetId = block.sheet.getSheetId();
    startRun(ss, {
      runId, action: 'entry', time: run.time.toISOString(), user: run.user, sheetId, sheetName: block.sheetName,
      headerRow: block.headerRow, firstRow, numRows: 0, numColumns: block.width, state: 'done',
    });
    const opened: OpenEntryRun = { runId, sheetId, headerRow: block.headerRow, user: run.user, time: run.time.toISOString() };
    props.setProperty(OPEN_ENTRY_PROPERTY, JSON.stringify(opened));
  }
  appendToRun(ss, runId, 'cells', lines);
  return runId;
}
