// "Run audit now" and the scheduled audit: one batch read of the sheet, the pure audit, highlights
// refreshed without touching the user's own formatting, and one row appended to the history.
// Service calls are a fixed handful whatever the size of the sheet.
import type { Cell } from '../core/table';
import { audit } from '../core/audit/index';
import { outdatedMarksFromNotes } from '../core/audit/outdated';
import { decodeMarks, encodeMarks, refreshHighlights, type AuditMarks } from '../core/audit/marks';
import { trendOf, type AuditHistoryPoint, type Trend } from '../core/audit/history';
import type { UserMessage } from '../core/messages';
import { said } from './messages';
import { settingsForSheet } from './settings-store';
import { readValueMap } from './lists-sheet';
import { readDecisions } from './decisions-sheet';
import { withDocumentLock } from './document-lock';
import { isAddonSheet } from './sheet-names';
import { sheetProblem } from './sheet-snapshot';
import { datesForCore } from './sheet-dates';
import { chunkUtf8, utf8Bytes } from './text-chunks';
import { appendHistory, readHistory } from './history-sheet';
import type { AuditRun } from '../contract/sidebar';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARKS_PROPERTY = 'crmHygiene.auditMarks';
/** UTF-8 bytes per property value (Apps Script allows 9 KB per value). */
const MARKS_CHUNK = 8000;
/** Marks beyond this many UTF-8 bytes are not remembered (document properties hold 500 KB in all). */
const MARKS_BUDGET = 240 * 1024;
/**
 * Duplicate detection is the slow part of an audit. Scheduled audits run in a trigger whose
 * daily runtime is limited, so very large sheets skip it (the clean still finds duplicates).
 * Measured in Node (bench/dedupe-scale.ts): 50,000 rows ~6.5 s, 100,000 rows ~15 s.
 */
export const DUPLICATE_CHECK_MAX_ROWS = 50000;

function readMarks(): { marks: (AuditMarks & { width: number }) | null; keys: string[] } {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const keys = Object.keys(props).filter((k) => k === MARKS_PROPERTY || k.startsWith(`${MARKS_PROPERTY}.`));
  const head = props[MARKS_PROPERTY];
  if (!head) return { marks: null, keys };
  let parts: number;
  try {
    parts = Number((JSON.parse(head) as { parts?: number }).parts) || 0;
  } catch {
    return { marks: null, keys };
  }
  let text = '';
  for (let i = 0; i < parts; i++) text += props[`${MARKS_PROPERTY}.${i}`] ?? '';
  return { marks: decodeMarks(text), keys };
}

function saveMarks(marks: AuditMarks, width: number, oldKeys: string[]): boolean {
  let text = encodeMarks(marks, width);
  let complete = true;
  if (utf8Bytes(text) > MARKS_BUDGET) {
    // Keep what fits; cells beyond it keep their colour until the user clears them.
    const trimmed: AuditMarks = { ...marks, marks: [] };
    for (const m of marks.marks) {
      trimmed.marks.push(m);
      if (trimmed.marks.length % 500 === 0 && utf8Bytes(encodeMarks(trimmed, width)) > MARKS_BUDGET) {
        trimmed.marks.splice(-500);
        break;
      }
    }
    text = encodeMarks(trimmed, width);
    complete = false;
  }
  const props: Record<string, string> = {};
  const chunks = text === '' ? [] : chunkUtf8(text, MARKS_CHUNK);
  const parts = chunks.length;
  chunks.forEach((chunk, i) => (props[`${MARKS_PROPERTY}.${i}`] = chunk));
  props[MARKS_PROPERTY] = JSON.stringify({ parts, at: new Date().toISOString() });
  const store = PropertiesService.getDocumentProperties();
  for (const k of oldKeys) if (!(k in props)) store.deleteProperty(k);
  store.setProperties(props);
  return complete;
}

/** "Run audit now": the sheet the user is looking at. */
export function runAuditOnActiveSheet(): AuditRun {
  return runAuditOn(SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(), 'manual');
}

export function runAuditOn(sheet: Sheet, trigger: 'manual' | 'scheduled', now = new Date()): AuditRun {
  return withDocumentLock('audit', () => auditSheet(sheet, trigger, now));
}

/** The audit itself; the caller holds the document lock (the background trigger holds it for all its work). */
export function auditSheet(sheet: Sheet, trigger: 'manual' | 'scheduled', now = new Date()): AuditRun {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const name = sheet.getName();
  if (isAddonSheet(name)) throw sheetProblem('msg.addonSheet', { sheet: name });
  const { settings } = settingsForSheet(ss, sheet);
  settings.valueMap = readValueMap(ss).map;
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const headerRow = settings.headerRow;
  if (lastRow <= headerRow || width === 0) throw sheetProblem('msg.audit.noRows', { sheet: name, row: headerRow });
  const range = sheet.getRange(headerRow, 1, lastRow - headerRow + 1, width);
  const all = datesForCore(range.getValues() as Cell[][], settings.timeZone ?? ss.getSpreadsheetTimeZone());
  const notesAll = range.getNotes();
  const bgAll = range.getBackgrounds();
  const header = (all[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h)));
  const rows = all.slice(1);
  const notes = notesAll.slice(1);
  const firstRow = headerRow + 1;

  const duplicatesChecked = rows.length <= DUPLICATE_CHECK_MAX_ROWS;
  const report = audit({ header, rows }, settings, {
    now,
    outdated: outdatedMarksFromNotes(notes),
    notDuplicates: readDecisions(ss),
    duplicates: duplicatesChecked,
  });

  const previous = readMarks();
  const hl = refreshHighlights({
    backgrounds: bgAll.slice(1),
    notes,
    findings: report.findings,
    previous: previous.marks,
    sheetId: sheet.getSheetId(),
    firstRow,
  });
  if (hl.bgRows) {
    const { from, to } = hl.bgRows;
    sheet.getRange(firstRow + from, 1, to - from + 1, width).setBackgrounds(hl.backgrounds.slice(from, to + 1));
  }
  if (hl.noteRows) {
    const { from, to } = hl.noteRows as { from: number; to: number };
    sheet.getRange(firstRow + from, 1, to - from + 1, width).setNotes(hl.notes.slice(from, to + 1));
  }
  saveMarks(hl.marks, width, previous.keys);

  const before: AuditHistoryPoint[] = readHistory(ss, 20);
  const history = appendHistory(ss, { time: now, sheet: name, rows: report.rows, score: report.score, flaggedRows: report.flaggedRows, counts: report.counts, trigger });
  const trend = trendOf([...before, { time: now.toISOString(), sheet: name, rows: report.rows, score: report.score, flaggedRows: report.flaggedRows, counts: report.counts, trigger }]);
  const trendSaid = trendMessage(trend);
  return {
    ok: true,
    sheet: name,
    rows: report.rows,
    score: report.score,
    flaggedRows: report.flaggedRows,
    counts: report.counts,
    coloured: hl.coloured,
    cleared: hl.cleared,
    duplicatesChecked,
    historyRow: history.row,
    trend: trendSaid,
    message: said('msg.audit.done', { sheet: name, rows: report.rows, score: report.score, flagged: report.flaggedRows }, [
      ...(duplicatesChecked ? [] : [said('msg.audit.noDuplicateCheck')]),
      trendSaid,
    ]),
  };
}

/** The score's change since the previous audit, as the sidebar says it (trend.* codes). */
function trendMessage(t: Trend): UserMessage {
  const score = t.latest ?? 0;
  const change = Math.abs(t.change);
  if (t.direction === 'up') return said('trend.up', { change, score });
  if (t.direction === 'down') return said('trend.down', { change, score });
  if (t.direction === 'flat') return said('trend.flat', { score });
  return said('trend.first', { score });
}
