// A clean's writes as a list of small, JSON-serializable steps ("ops"), so a run can stop between
// two steps when its time is up and the next execution can carry on from the same list. Each op
// is one batch call (or a handful, for appends); big blocks are split into row chunks.
import type { Cell, ColumnRoles } from '../core/table';
import type { CellChange } from '../core/normalize/normalize-table';
import { decodeCell, encodeCell, forWrite, type EncodedCell } from './cell-codec';
import { isDate } from '../core/normalize/cell';
import { DATE_CELL_FORMAT, dateForSheet } from './sheet-dates';
import type { SheetSnapshot } from './sheet-snapshot';
import { planBlocks } from './value-writes';
import type { Highlights } from './highlights';
import { appendArchive, type ArchivedRow } from './archive-sheet';
import { appendLog, type LogEntry } from './log-sheet';
import { removalMode, runsOf, sortAndDelete } from './row-removal';

export type Op =
  | { k: 'format'; row: number; column: number; rows: number; columns: number; format: string }
  /** Number formats cell by cell (a column's rewritten dates get the date format, the rest keep theirs). */
  | { k: 'formats'; row: number; column: number; data: string[][] }
  | { k: 'values'; row: number; column: number; data: EncodedCell[][] }
  | { k: 'backgrounds'; row: number; column: number; data: string[][] }
  | { k: 'notes'; row: number; column: number; data: string[][] }
  | { k: 'archive'; rows: Array<{ reason: string; primaryRow: number | ''; originalRow: number; values: EncodedCell[] }> }
  | { k: 'log'; entries: Array<{ cell: string; before: EncodedCell; after: EncodedCell; rule: string }> }
  /** deleteRows(row, rows.length); `rows` are the 0-based data rows it removes (for the journal). */
  | { k: 'delete'; row: number; rows: number[] }
  /** Scattered rows: sort them to the bottom of the block and delete them in one go (row-removal.ts). */
  | { k: 'sortRemove'; firstRow: number; numRows: number; numColumns: number; rows: number[] };

export interface OpRun {
  runId: string;
  time: Date;
  user: string;
  sheet: string;
  header: string[];
  /** The spreadsheet's zone the run read its dates in (sheet-dates.ts). */
  timeZone: string;
}

/** What executing ops has done so far that the journal must know. */
export interface OpProgress {
  archive: { firstRow: number; count: number };
  removed: number[];
  /** How the removed rows left the sheet (undo puts them back accordingly). */
  removal?: 'runs' | 'sort';
}

/** Rows per op for sheet writes; the log gets four times as many (its rows are short). */
export const DEFAULT_CHUNK_ROWS = 50_000;

function chunks(from: number, to: number, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = from; r <= to; r += size) out.push([r, Math.min(to, r + size - 1)]);
  return out;
}

export interface OpInput {
  snap: SheetSnapshot;
  /** Value changes (never on formula cells). */
  edits: CellChange[];
  /** Edited phone columns become plain text first. */
  roles: ColumnRoles;
  /** Backgrounds and notes of the whole block, when they change. */
  highlights?: Highlights;
  archived: ArchivedRow[];
  log: LogEntry[];
  removed: number[];
  chunkRows?: number;
  /** The sheet has no filter, so scattered rows may be removed with one sort (row-removal.ts). */
  canSort?: boolean;
}

export function buildOps(input: OpInput): Op[] {
  const { snap, edits, highlights } = input;
  const size = Math.max(1, Math.floor(input.chunkRows ?? DEFAULT_CHUNK_ROWS));
  const ops: Op[] = [];
  const formats = snap.formats.map((row) => row.slice());

  // Phone columns that get new values become plain text first, so '+62...' stays text.
  const edited = new Set(edits.map((e) => e.column));
  input.roles.forEach((role, c) => {
    if (role !== 'phone' || !edited.has(c) || formats.every((row) => row[c] === '@')) return;
    for (const [r0, r1] of chunks(0, snap.numRows - 1, size)) {
      ops.push({ k: 'format', row: snap.firstRow + r0, column: c + 1, rows: r1 - r0 + 1, columns: 1, format: '@' });
    }
    for (const row of formats) row[c] = '@';
  });

  ops.push(...dateFormatOps(snap, edits, formats, size));

  // Changed values, in blocks that never span a formula cell.
  const next = new Map<number, Cell>();
  for (const e of edits) next.set(e.row * snap.numColumns + e.column, e.after);
  for (const b of planBlocks(snap, edits)) {
    for (const [r0, r1] of chunks(b.r0, b.r1, size)) {
      const data: EncodedCell[][] = [];
      for (let r = r0; r <= r1; r++) {
        const line: EncodedCell[] = [];
        for (let c = b.c0; c <= b.c1; c++) {
          const key = r * snap.numColumns + c;
          const value = next.has(key) ? next.get(key) : snap.values[r]?.[c];
          line.push(encodeCell(forWrite(dateForSheet(value, snap.timeZone), formats[r]?.[c] ?? '')));
        }
        data.push(line);
      }
      ops.push({ k: 'values', row: snap.firstRow + r0, column: b.c0 + 1, data });
    }
  }

  // Highlights and notes: only the row chunks where something changed.
  const changed = (a: string[][], b: string[][], r0: number, r1: number): boolean => {
    for (let r = r0; r <= r1; r++) {
      const x = a[r] ?? [];
      const y = b[r] ?? [];
      for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return true;
    }
    return false;
  };
  for (const [r0, r1] of highlights ? chunks(0, snap.numRows - 1, size) : []) {
    if (highlights?.changedBackgrounds && changed(highlights.backgrounds, snap.backgrounds, r0, r1)) {
      ops.push({ k: 'backgrounds', row: snap.firstRow + r0, column: 1, data: highlights.backgrounds.slice(r0, r1 + 1) });
    }
    if (highlights?.changedNotes && changed(highlights.notes, snap.notes, r0, r1)) {
      ops.push({ k: 'notes', row: snap.firstRow + r0, column: 1, data: highlights.notes.slice(r0, r1 + 1) });
    }
  }

  // Archive before removal: a row is never only in neither place.
  if (input.archived.length > 0) {
    ops.push({ k: 'archive', rows: input.archived.map((a) => ({ reason: a.reason, primaryRow: a.primaryRow, originalRow: a.originalRow, values: a.values.map((v) => encodeCell(dateForSheet(v, snap.timeZone))) })) });
  }
  for (let i = 0; i < input.log.length; i += size * 4) {
    ops.push({ k: 'log', entries: input.log.slice(i, i + size * 4).map((e) => ({ cell: e.cell, before: encodeCell(e.before), after: encodeCell(e.after), rule: e.rule })) });
  }
  if (removalMode(input.removed, input.canSort) === 'sort') {
    ops.push({ k: 'sortRemove', firstRow: snap.firstRow, numRows: snap.numRows, numColumns: snap.numColumns, rows: input.removed.slice() });
    return ops;
  }
  // Bottom-up, so the rows still to delete keep their positions.
  for (const run of runsOf(input.removed).reverse()) {
    ops.push({ k: 'delete', row: snap.firstRow + run.start, rows: Array.from({ length: run.length }, (_, i) => run.start + i) });
  }
  return ops;
}

/**
 * Dates the clean rewrote get one number format (DATE_CELL_FORMAT), set on exactly those cells:
 * per column, one setNumberFormats over the span of its rewritten rows, every other cell keeping
 * its own format. `formats` is updated to what the sheet will have.
 */
function dateFormatOps(snap: SheetSnapshot, edits: CellChange[], formats: string[][], size: number): Op[] {
  const rowsByColumn = new Map<number, Set<number>>();
  for (const e of edits) {
    if (!isDate(e.after)) continue;
    const set = rowsByColumn.get(e.column) ?? new Set<number>();
    set.add(e.row);
    rowsByColumn.set(e.column, set);
  }
  const ops: Op[] = [];
  for (const [c, rows] of rowsByColumn) {
    const sorted = [...rows].sort((a, b) => a - b);
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    for (const [r0, r1] of chunks(first, last, size)) {
      const data: string[][] = [];
      for (let r = r0; r <= r1; r++) {
        const line = formats[r] ?? [];
        if (rows.has(r)) line[c] = DATE_CELL_FORMAT;
        data.push([line[c] ?? '']);
      }
      ops.push({ k: 'formats', row: snap.firstRow + r0, column: c + 1, data });
    }
  }
  return ops;
}

export function executeOp(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, run: OpRun, op: Op, progress: OpProgress): void {
  switch (op.k) {
    case 'format':
      sheet.getRange(op.row, op.column, op.rows, op.columns).setNumberFormat(op.format);
      return;
    case 'formats':
      sheet.getRange(op.row, op.column, op.data.length, 1).setNumberFormats(op.data);
      return;
    case 'values':
      sheet.getRange(op.row, op.column, op.data.length, op.data[0]?.length ?? 1).setValues(op.data.map((line) => line.map(decodeCell)));
      return;
    case 'backgrounds':
      sheet.getRange(op.row, op.column, op.data.length, op.data[0]?.length ?? 1).setBackgrounds(op.data);
      return;
    case 'notes':
      sheet.getRange(op.row, op.column, op.data.length, op.data[0]?.length ?? 1).setNotes(op.data);
      return;
    case 'archive': {
      const rows: ArchivedRow[] = op.rows.map((a) => ({ reason: a.reason, primaryRow: a.primaryRow, originalRow: a.originalRow, values: a.values.map(decodeCell) }));
      const at = appendArchive(ss, { runId: run.runId, time: run.time, sheet: run.sheet }, run.header, rows);
      if (progress.archive.count === 0) progress.archive = at;
      else progress.archive.count += at.count;
      return;
    }
    case 'log':
      appendLog(ss, { runId: run.runId, time: run.time, user: run.user, sheet: run.sheet }, op.entries.map((e) => ({ cell: e.cell, before: decodeCell(e.before), after: decodeCell(e.after), rule: e.rule })));
      return;
    case 'delete':
      sheet.deleteRows(op.row, op.rows.length);
      for (const r of op.rows) progress.removed.push(r);
      progress.removal = 'runs';
      return;
    case 'sortRemove':
      sortAndDelete(sheet, op.firstRow, op.numRows, op.numColumns, op.rows);
      for (const r of op.rows) progress.removed.push(r);
      progress.removal = 'sort';
      return;
  }
}
