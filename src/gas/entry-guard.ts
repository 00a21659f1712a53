// Clean at entry: the installable edit trigger's work. Normalizes the edited cells of the mapped
// columns (one cell or a pasted block of any size) and marks a row that duplicates an existing
// row with a note saying which. Service calls per edit are constant: the edited block is read and
// written in batch, and duplicates are looked up in a sharded key index kept in CacheService
// (rebuilt from one read of the sheet when the cache lost it).
import type { Cell, ColumnRoles } from '../core/table';
import { withDefaults, regionFromLocale, type Settings } from '../core/settings';
import { detectColumns } from '../core/columns';
import {
  INDEX_VERSION, KeyIndex, SHARD_BUDGET_BYTES, buildIndex, duplicateNote, findBlockDuplicates, headerSignature, normalizeBlock, parseMeta,
  rowKeys, shardOf, withDuplicateNote, type DuplicateMark, type IndexMeta,
} from '../core/entry-guard';
import { SETTINGS_PROPERTY } from './document-context';
import type { StoredSettings } from './settings-store';
import { a1, forWrite } from './cell-codec';
import { withDateCells } from './date-cells';
import { appendLog } from './log-sheet';
import { newRun } from './run-context';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cache = GoogleAppsScript.Cache.Cache;

export const GUARD_PROPERTY = 'crmHygiene.entryGuard';
export const GUARD_HANDLER = 'onCrmHygieneEdit';
const CACHE_PREFIX = 'crmHygiene.keys';
const CACHE_SECONDS = 21600; // the longest CacheService keeps a value
/** Candidate rows checked against the sheet per edit (each is one small read). */
const MAX_VERIFY = 4;

export interface GuardConfig {
  enabled: boolean;
  sheetId: number;
  sheetName: string;
  triggerId?: string;
  since?: string;
}

export interface EditOutcome {
  handled: boolean;
  reason?: string;
  rows: number;
  changed: number;
  duplicates: Array<{ row: number; of: number; why: string }>;
  rebuilt: boolean;
}

export function readGuardConfig(raw: string | null): GuardConfig | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as Partial<GuardConfig>;
    if (typeof c.sheetId !== 'number') return null;
    return { enabled: c.enabled === true, sheetId: c.sheetId, sheetName: String(c.sheetName ?? ''), triggerId: c.triggerId, since: c.since };
  } catch {
    return null;
  }
}

function settingsFor(stored: StoredSettings | null, name: string): Settings {
  if (!stored) return withDefaults();
  const { rolesBySheet, headerRowBySheet, rejectInvalid: _r, notDuplicates: _n, ...base } = stored;
  return withDefaults({ ...base, headerRow: headerRowBySheet?.[name] ?? stored.headerRow ?? 1, roles: rolesBySheet?.[name] });
}

function cacheKeys(shards: number): string[] {
  return Array.from({ length: shards }, (_, i) => `${CACHE_PREFIX}.${i}`);
}

function rebuild(sheet: Sheet, cache: Cache, roles: ColumnRoles, sig: string, firstRow: number, width: number, skip: { from: number; to: number }, defaultCountry?: string): KeyIndex {
  const lastRow = sheet.getLastRow();
  const rows = lastRow >= firstRow ? (sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues() as Cell[][]) : [];
  // The edited rows are left out: they are checked against the others, not against themselves.
  const blank: Cell[] = [];
  const source = rows.map((row, i) => (firstRow + i >= skip.from && firstRow + i <= skip.to ? blank : row));
  const index = buildIndex(source, roles, firstRow, defaultCountry);
  const texts = index.serialize();
  const put: Record<string, string> = {};
  cacheKeys(index.shards).forEach((k, i) => (put[k] = texts[i] ?? ''));
  const meta: IndexMeta = { v: INDEX_VERSION, shards: index.shards, sig, entries: index.size };
  put[CACHE_PREFIX] = JSON.stringify(meta);
  cache.putAll(put, CACHE_SECONDS);
  return index;
}

function loadIndex(cache: Cache, sig: string, hashes: string[]): KeyIndex | null {
  const meta = parseMeta(cache.get(CACHE_PREFIX));
  if (!meta || meta.sig !== sig) return null;
  const index = new KeyIndex(meta.shards);
  const wanted = [...new Set(hashes.map((h) => shardOf(h, meta.shards)))].map((s) => `${CACHE_PREFIX}.${s}`);
  if (wanted.length === 0) return index;
  const got = cache.getAll(wanted);
  for (const k of wanted) {
    const text = got[k];
    if (text === undefined || text === null) return null; // evicted: rebuild
    index.load(text);
  }
  return index;
}

function saveShards(cache: Cache, index: KeyIndex, hashes: string[]): void {
  const shards = [...new Set(hashes.map((h) => shardOf(h, index.shards)))];
  if (shards.length === 0) return;
  const put: Record<string, string> = {};
  let tooBig = false;
  for (const s of shards) {
    const text = index.shardText(s);
    if (text.length > SHARD_BUDGET_BYTES * 1.2) tooBig = true;
    put[`${CACHE_PREFIX}.${s}`] = text;
  }
  if (tooBig) {
    // The sheet outgrew the shard count: drop the index; the next edit rebuilds it wider.
    cache.remove(CACHE_PREFIX);
    return;
  }
  cache.putAll(put, CACHE_SECONDS);
}

/** Forget the index (the guard was switched off or the columns changed). */
export function dropIndex(): void {
  CacheService.getDocumentCache()?.remove(CACHE_PREFIX);
}

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): EditOutcome {
  const none = (reason: string): EditOutcome => ({ handled: false, reason, rows: 0, changed: 0, duplicates: [], rebuilt: false });
  const range = e?.range;
  if (!range) return none('no range');
  const props = PropertiesService.getDocumentProperties();
  const config = readGuardConfig(props.getProperty(GUARD_PROPERTY));
  if (!config?.enabled) return none('clean at entry is off');
  const sheet = range.getSheet();
  if (sheet.getSheetId() !== config.sheetId) return none('another sheet');
  let stored: StoredSettings | null;
  try {
    stored = JSON.parse(props.getProperty(SETTINGS_PROPERTY) ?? 'null') as StoredSettings | null;
  } catch {
    stored = null;
  }
  const sheetName = sheet.getName();
  const settings = settingsFor(stored, sheetName);
  if (!settings.defaultCountry && !settings.locale) settings.locale = sheet.getParent().getSpreadsheetLocale();
  const defaultCountry = settings.defaultCountry?.toUpperCase() || regionFromLocale(settings.locale);
  const headerRow = settings.headerRow;
  const width = sheet.getLastColumn();
  const top = range.getRow();
  const left = range.getColumn();
  const bottom = top + range.getNumRows() - 1;
  const right = Math.min(width, left + range.getNumColumns() - 1);
  const firstRow = headerRow + 1;
  const rowFrom = Math.max(top, firstRow);
  if (bottom < rowFrom || left > right || width === 0) return none('outside the data');
  const n = bottom - rowFrom + 1;

  const header = (sheet.getRange(headerRow, 1, 1, width).getValues()[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  const block = sheet.getRange(rowFrom, 1, n, width);
  const values = block.getValues() as Cell[][];
  const formulas = block.getFormulas();
  const roles: ColumnRoles = settings.roles && settings.roles.length === width ? settings.roles : detectColumns(header, values.slice(0, 50));

  const result = normalizeBlock({
    header,
    roles,
    settings,
    rows: values,
    firstRow: rowFrom,
    columns: { from: left - 1, to: right - 1 },
    isFormula: (r, c) => Boolean(formulas[r]?.[c]),
    defaultCountry,
  });

  // Duplicates through the key index.
  const cache = CacheService.getDocumentCache();
  const sig = headerSignature(header, roles);
  const hashes = result.keys.flat().map((k) => k.hash);
  let rebuilt = false;
  let marks: DuplicateMark[] = [];
  if (cache && hashes.length > 0) {
    let index = loadIndex(cache, sig, hashes);
    if (!index) {
      index = rebuild(sheet, cache, roles, sig, firstRow, width, { from: rowFrom, to: bottom }, defaultCountry);
      rebuilt = true;
    }
    marks = findBlockDuplicates(result.keys, rowFrom, index);
    // Rows outside the block may have moved since the index was built: check a few candidates.
    const outside = [...new Set(marks.map((m) => m.of).filter((r) => r < rowFrom || r > bottom))].slice(0, MAX_VERIFY);
    let stale = false;
    for (const row of outside) {
      const line = (sheet.getRange(row, 1, 1, width).getValues()[0] ?? []) as Cell[];
      const keys = new Set(rowKeys(line, roles, defaultCountry).map((k) => k.hash));
      if (!marks.filter((m) => m.of === row).every((m) => keys.has(m.hash))) stale = true;
    }
    if (stale && !rebuilt) {
      index = rebuild(sheet, cache, roles, sig, firstRow, width, { from: rowFrom, to: bottom }, defaultCountry);
      rebuilt = true;
      marks = findBlockDuplicates(result.keys, rowFrom, index);
    }
    saveShards(cache, index, hashes);
  }

  // Write the normalized cells: the smallest rectangle holding every change, formulas kept.
  if (result.changes.length > 0) {
    // A date typed as text becomes a date cell at midnight in the sheet's zone, as in a clean.
    const changes = withDateCells(result.changes, () => (e.source ?? sheet.getParent()).getSpreadsheetTimeZone());
    const dateCells = new Map<string, Cell>(changes.filter((ch) => ch.date).map((ch) => [`${ch.row}|${ch.column}`, ch.after]));
    let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
    for (const ch of changes) {
      r0 = Math.min(r0, ch.row); r1 = Math.max(r1, ch.row);
      c0 = Math.min(c0, ch.column); c1 = Math.max(c1, ch.column);
    }
    const grid: Cell[][] = [];
    for (let r = r0; r <= r1; r++) {
      const line: Cell[] = [];
      for (let c = c0; c <= c1; c++) {
        const f = formulas[r]?.[c];
        line.push(f ? f : dateCells.get(`${r}|${c}`) ?? forWrite(result.rows[r]?.[c], ''));
      }
      grid.push(line);
    }
    sheet.getRange(rowFrom + r0, c0 + 1, r1 - r0 + 1, c1 - c0 + 1).setValues(grid);
    // Every normalized cell is logged like a clean's change (one batch append): the typist's
    // Ctrl+Z covers their own edit, the log says what the add-on changed and what was typed.
    const run = newRun();
    appendLog(
      e.source ?? sheet.getParent(),
      { runId: run.runId, time: run.time, user: run.user, sheet: sheetName },
      changes.map((ch) => ({ cell: a1(rowFrom + ch.row, ch.column + 1), before: ch.before, after: ch.after, rule: `entry.${ch.rule}` })),
    );
  }

  // Duplicate notes on the first edited cell of each row; stale marks of ours are removed.
  const noteRange = sheet.getRange(rowFrom, left, n, 1);
  const oldNotes = noteRange.getNotes();
  const byRow = new Map(marks.map((m) => [m.row, m]));
  let notesChanged = false;
  const newNotes = oldNotes.map((line, r) => {
    const m = byRow.get(r);
    const next = withDuplicateNote(line[0] ?? '', m ? duplicateNote(m) : null);
    if (next !== (line[0] ?? '')) notesChanged = true;
    return [next];
  });
  if (notesChanged) noteRange.setNotes(newNotes);

  return {
    handled: true,
    rows: n,
    changed: result.changes.length,
    duplicates: marks.map((m) => ({ row: rowFrom + m.row, of: m.of, why: m.label })),
    rebuilt,
  };
}
