// Clean at entry: the installable edit trigger's work. Normalizes the edited cells of the mapped
// columns (one cell or a pasted block of any size) and marks a row that duplicates an existing
// row with a note saying which. Service calls per edit are constant: the edited block is read and
// written in batch, and duplicates are looked up in a sharded key index kept in CacheService
// (rebuilt from one read of the sheet when the cache lost it). The handler runs a moment after the
// edit, while people go on typing: it holds the document lock (never two handlers, nor a clean, on
// the same cells), skips an edit whose cell already holds something else, and re-reads the cells
// just before writing, so a value typed meanwhile is never overwritten.
import type { Cell, ColumnRoles } from '../core/table';
import type { Settings } from '../core/settings';
import { effectiveDefaultCountry, effectiveSettings, resolveRoles } from '../core/settings/effective';
import { a1 } from '../core/table/a1';
import {
  INDEX_VERSION, KeyIndex, SHARD_BUDGET_BYTES, buildIndex, duplicateNote, findBlockDuplicates, headerSignature, normalizeBlock, parseMeta,
  rowKeys, shardOf, withDuplicateNote, type DuplicateMark, type GuardBlockResult, type IndexMeta,
} from '../core/entry/entry-guard';
import { parseStoredSettings, SETTINGS_PROPERTY } from './settings-store';
import { forWrite, sameCell } from './cell-codec';
import { deleteTriggersById } from './triggers';
import { dateForSheet, datesForCore, rowForSheet, withDateCells } from './sheet-dates';
import { appendLog } from './log-sheet';
import { newRun } from './run-context';
import { journalEntry } from './entry-journal';
import type { CellChange } from '../core/normalize/normalize-table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cache = GoogleAppsScript.Cache.Cache;

export const GUARD_PROPERTY = 'crmHygiene.entryGuard';
export const GUARD_HANDLER = 'onCrmHygieneEdit';
const CACHE_PREFIX = 'crmHygiene.keys';
const CACHE_SECONDS = 21600; // the longest CacheService keeps a value
/** Candidate rows checked against the sheet per edit (each is one small read). */
const MAX_VERIFY = 4;
/** How long an edit waits for another CRM Hygiene action on the document before leaving the cells as typed. */
const LOCK_WAIT_MS = 5000;

export interface GuardConfig {
  enabled: boolean;
  sheetId: number;
  sheetName: string;
  triggerId?: string;
  since?: string;
  /** Who switched it on: the edit trigger is theirs. */
  owner?: string;
}

export interface EditOutcome {
  handled: boolean;
  reason?: string;
  rows: number;
  changed: number;
  /** Normalized cells not written because someone changed them while the edit was handled. */
  skipped: number;
  duplicates: Array<{ row: number; of: number; why: string }>;
  rebuilt: boolean;
}

export function readGuardConfig(raw: string | null): GuardConfig | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as Partial<GuardConfig>;
    if (typeof c.sheetId !== 'number') return null;
    return { enabled: c.enabled === true, sheetId: c.sheetId, sheetName: String(c.sheetName ?? ''), triggerId: c.triggerId, since: c.since, owner: c.owner };
  } catch {
    return null;
  }
}

function cacheKeys(shards: number): string[] {
  return Array.from({ length: shards }, (_, i) => `${CACHE_PREFIX}.${i}`);
}

function rebuild(block: EditedBlock, cache: Cache, sig: string, firstRow: number): KeyIndex {
  const { sheet, roles, width, defaultCountry, timeZone } = block;
  const skip = { from: block.top, to: block.bottom };
  const lastRow = sheet.getLastRow();
  const rows = lastRow >= firstRow ? datesForCore(sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues() as Cell[][], timeZone) : [];
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

/** The edited rows of the guarded sheet, read once, with what they are cleaned with. */
interface EditedBlock {
  sheet: Sheet;
  sheetName: string;
  settings: Settings;
  defaultCountry: string | undefined;
  header: string[];
  roles: ColumnRoles;
  /** The spreadsheet's zone: dates are read and written in it (sheet-dates.ts). */
  timeZone: string;
  /** Full-width rows from `top` to `bottom` (sheet rows), their formulas, the edited columns. */
  values: Cell[][];
  formulas: string[][];
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
}

function notHandled(reason: string): EditOutcome {
  return { handled: false, reason, rows: 0, changed: 0, skipped: 0, duplicates: [], rebuilt: false };
}

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): EditOutcome {
  const range = e?.range;
  if (!range) return notHandled('no range');
  const props = PropertiesService.getDocumentProperties();
  const config = readGuardConfig(props.getProperty(GUARD_PROPERTY));
  const fired = (e as { triggerUid?: string }).triggerUid;
  if (!config?.enabled || (fired && config.triggerId && fired !== config.triggerId)) {
    // Switched off from another account, or replaced by a collaborator's trigger: this one retires.
    if (fired) deleteTriggersById([fired]);
    return notHandled('clean at entry is off');
  }
  const sheet = range.getSheet();
  if (sheet.getSheetId() !== config.sheetId) return notHandled('another sheet');
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return notHandled('another CRM Hygiene action is running');
  try {
    return handleLocked(e, props, sheet, range);
  } finally {
    lock.releaseLock();
  }
}

function handleLocked(e: GoogleAppsScript.Events.SheetsOnEdit, props: GoogleAppsScript.Properties.Properties, sheet: Sheet, range: GoogleAppsScript.Spreadsheet.Range): EditOutcome {
  const sheetName = sheet.getName();
  const block = readEditedBlock(sheet, sheetName, range, guardSettings(sheet, sheetName, props.getProperty(SETTINGS_PROPERTY)), (e.source ?? sheet.getParent()).getSpreadsheetTimeZone());
  if (!block) return notHandled('outside the data');
  if (typedSinceEdit(e, block)) return notHandled('the cell changed since the edit');
  const result = normalizeBlock({
    header: block.header,
    roles: block.roles,
    settings: block.settings,
    rows: block.values,
    firstRow: block.top,
    columns: { from: block.left - 1, to: block.right - 1 },
    isFormula: (r, c) => Boolean(block.formulas[r]?.[c]),
    defaultCountry: block.defaultCountry,
  });
  const { marks, rebuilt } = duplicateMarks(block, result);
  const written = writeNormalized(e, block, result);
  writeDuplicateNotes(block, marks);
  return {
    handled: true,
    rows: block.values.length,
    changed: written,
    skipped: result.changes.length - written,
    duplicates: marks.map((m) => ({ row: block.top + m.row, of: m.of, why: m.label })),
    rebuilt,
  };
}

/**
 * The settings saved when the guard was switched on (one property read, no sheet read); the
 * spreadsheet locale is only asked for when neither a default country nor a locale was saved.
 */
function guardSettings(sheet: Sheet, sheetName: string, raw: string | null): Settings {
  const settings = effectiveSettings(parseStoredSettings(raw), { sheetName });
  if (!settings.defaultCountry && !settings.locale) settings.locale = sheet.getParent().getSpreadsheetLocale();
  return settings;
}

/** The edited rows below the header (whole width), or null when the edit is outside the data. */
function readEditedBlock(sheet: Sheet, sheetName: string, range: GoogleAppsScript.Spreadsheet.Range, settings: Settings, timeZone: string): EditedBlock | null {
  const width = sheet.getLastColumn();
  const edited = range.getRow();
  const left = range.getColumn();
  const bottom = edited + range.getNumRows() - 1;
  const right = Math.min(width, left + range.getNumColumns() - 1);
  const top = Math.max(edited, settings.headerRow + 1);
  if (bottom < top || left > right || width === 0) return null;
  const header = (sheet.getRange(settings.headerRow, 1, 1, width).getValues()[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  const cells = sheet.getRange(top, 1, bottom - top + 1, width);
  const values = datesForCore(cells.getValues() as Cell[][], timeZone);
  const formulas = cells.getFormulas();
  const roles = resolveRoles({ header, rows: values }, settings);
  return { sheet, sheetName, settings, defaultCountry: effectiveDefaultCountry(settings), header, roles, timeZone, values, formulas, top, bottom, left, right, width };
}

/** Rows of the block that duplicate an existing row (or an earlier row of the block), through the key index. */
function duplicateMarks(block: EditedBlock, result: GuardBlockResult): { marks: DuplicateMark[]; rebuilt: boolean } {
  const cache = CacheService.getDocumentCache();
  const hashes = result.keys.flat().map((k) => k.hash);
  if (!cache || hashes.length === 0) return { marks: [], rebuilt: false };
  const sig = headerSignature(block.header, block.roles);
  const rebuildIndex = (): KeyIndex => rebuild(block, cache, sig, block.settings.headerRow + 1);
  let rebuilt = false;
  let index = loadIndex(cache, sig, hashes);
  if (!index) {
    index = rebuildIndex();
    rebuilt = true;
  }
  let marks = findBlockDuplicates(result.keys, block.top, index);
  if (!rebuilt && outsideRowsMoved(block, marks)) {
    index = rebuildIndex();
    rebuilt = true;
    marks = findBlockDuplicates(result.keys, block.top, index);
  }
  saveShards(cache, index, hashes);
  return { marks, rebuilt };
}

/** Rows outside the block may have moved since the index was built: check a few candidates. */
function outsideRowsMoved(block: EditedBlock, marks: DuplicateMark[]): boolean {
  const outside = [...new Set(marks.map((m) => m.of).filter((r) => r < block.top || r > block.bottom))].slice(0, MAX_VERIFY);
  let stale = false;
  for (const row of outside) {
    const line = (datesForCore(block.sheet.getRange(row, 1, 1, block.width).getValues() as Cell[][], block.timeZone)[0] ?? []) as Cell[];
    const keys = new Set(rowKeys(line, block.roles, block.defaultCountry).map((k) => k.hash));
    if (!marks.filter((m) => m.of === row).every((m) => keys.has(m.hash))) stale = true;
  }
  return stale;
}

/**
 * A one-cell edit whose cell no longer holds what was typed (the event says what): a later edit
 * replaced it, and that edit's own handler deals with it. Dates are left to the write check below
 * (the event gives them as text in the user's format).
 */
function typedSinceEdit(e: GoogleAppsScript.Events.SheetsOnEdit, block: EditedBlock): boolean {
  const typed = (e as { value?: unknown }).value;
  if (typed === undefined || typed === null || block.values.length !== 1 || block.left !== block.right) return false;
  const now = block.values[0]?.[block.left - 1];
  if (typeof now === 'object' && now !== null) return false;
  return String(now ?? '') !== String(typed);
}

/**
 * The normalized cells, written as the smallest rectangle holding every change (formulas kept),
 * and logged like a clean's changes (one batch append): the typist's Ctrl+Z covers their own
 * edit, the log says what the add-on changed and what was typed. The rectangle is re-read just
 * before: when someone changed any of its cells meanwhile, only the cells still as read are
 * written, one by one. Returns how many changes were written.
 */
function writeNormalized(e: GoogleAppsScript.Events.SheetsOnEdit, block: EditedBlock, result: GuardBlockResult): number {
  if (result.changes.length === 0) return 0;
  const ss = e.source ?? block.sheet.getParent();
  // A date typed as text becomes a date cell at midnight in the sheet's zone, as in a clean.
  const changes = withDateCells(result.changes);
  const dateCells = new Map<string, Cell>(changes.filter((ch) => ch.date).map((ch) => [`${ch.row}|${ch.column}`, ch.after]));
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  for (const ch of changes) {
    r0 = Math.min(r0, ch.row); r1 = Math.max(r1, ch.row);
    c0 = Math.min(c0, ch.column); c1 = Math.max(c1, ch.column);
  }
  const target = block.sheet.getRange(block.top + r0, c0 + 1, r1 - r0 + 1, c1 - c0 + 1);
  const now = datesForCore(target.getValues() as Cell[][], block.timeZone);
  const moved = (r: number, c: number): boolean => !sameCell(now[r - r0]?.[c - c0] ?? '', block.values[r]?.[c] ?? '');
  const cellFor = (r: number, c: number): Cell => block.formulas[r]?.[c] || forWrite(dateForSheet(dateCells.get(`${r}|${c}`) ?? result.rows[r]?.[c], block.timeZone), '');
  const calm = !now.some((line, i) => line.some((_, j) => moved(r0 + i, c0 + j)));
  const written = calm ? changes : changes.filter((ch) => !moved(ch.row, ch.column));
  if (written.length === 0) return 0;
  // The journal and the log before the cells: undo and the log know every value it replaces.
  journalAndLog(ss, block, written);
  if (calm) target.setValues(now.map((line, i) => line.map((_, j) => cellFor(r0 + i, c0 + j))));
  else for (const ch of written) block.sheet.getRange(block.top + ch.row, ch.column + 1).setValue(cellFor(ch.row, ch.column));
  return written.length;
}

/** The journal keeps values as the sheet holds them (sheet-dates.ts); the log as the core reads them. */
function journalAndLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, block: EditedBlock, written: CellChange[]): void {
  const zone = block.timeZone;
  const run = newRun();
  const asSheet = { ...block, headerRow: block.settings.headerRow, values: block.values.map((row) => rowForSheet(row, zone)) };
  const runId = journalEntry(ss, asSheet, written.map((ch) => ({ ...ch, after: dateForSheet(ch.after, zone) })), run);
  appendLog(
    ss,
    { runId, time: run.time, user: run.user, sheet: block.sheetName },
    written.map((ch) => ({ cell: a1(block.top + ch.row, ch.column + 1), before: ch.before, after: ch.after, rule: `entry.${ch.rule}` })),
  );
}

/** Duplicate notes on the first edited cell of each row; stale marks of ours are removed. */
function writeDuplicateNotes(block: EditedBlock, marks: DuplicateMark[]): void {
  const noteRange = block.sheet.getRange(block.top, block.left, block.values.length, 1);
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
}
