/**
 * The audit history sheet (gas/history-sheet.ts) as data: one row per audit (time, sheet, rows,
 * score, counts per kind), read back into points for the sidebar and a trend sentence. Pure.
 */
import type { Cell } from '../table';
import type { FindingKind } from './findings';
import { isDate } from '../normalize/cell';

/** Kinds in the order of the history columns (stable: old rows must keep meaning the same). */
export const HISTORY_KINDS: readonly FindingKind[] = [
  'incomplete',
  'stale',
  'invalid-phone',
  'invalid-email',
  'role-account',
  'disposable-email',
  'suspected-duplicate',
  'non-canonical',
  'outdated',
];

const KIND_TITLES: Record<FindingKind, string> = {
  incomplete: 'Missing required',
  stale: 'Stale',
  'invalid-phone': 'Invalid phones',
  'invalid-email': 'Invalid emails',
  'role-account': 'Role addresses',
  'disposable-email': 'Disposable addresses',
  'suspected-duplicate': 'Suspected duplicates',
  'non-canonical': 'Outside lists',
  outdated: 'Flagged outdated',
  // Counted in the score, not (yet) history columns: old history rows keep their meaning.
  'invalid-date': 'Invalid dates',
  'several-phones': 'Several phones in a cell',
  'ambiguous-date': 'Ambiguous dates',
  'future-date': 'Dates far ahead',
};

export const HISTORY_HEADER: readonly string[] = [
  'Time',
  'Sheet',
  'Rows',
  'Score',
  'Flagged rows',
  ...HISTORY_KINDS.map((k) => KIND_TITLES[k]),
  'Run by',
];

/** Column (1-based) of the score, the series the chart draws. */
export const SCORE_COLUMN = 4;

export interface AuditHistoryEntry {
  time: Date;
  sheet: string;
  rows: number;
  score: number;
  flaggedRows: number;
  counts: Partial<Record<FindingKind, number>>;
  /** 'manual' (Run audit now) or 'scheduled'. */
  trigger: 'manual' | 'scheduled';
}

/** Plain-JSON point for the sidebar. */
export interface AuditHistoryPoint {
  time: string;
  sheet: string;
  rows: number;
  score: number;
  flaggedRows: number;
  counts: Partial<Record<FindingKind, number>>;
  trigger: string;
}

export function historyRow(e: AuditHistoryEntry): Cell[] {
  return [e.time, e.sheet, e.rows, e.score, e.flaggedRows, ...HISTORY_KINDS.map((k) => e.counts[k] ?? 0), e.trigger];
}

function num(c: Cell): number | null {
  if (typeof c === 'number' && Number.isFinite(c)) return c;
  if (typeof c === 'string' && c.trim() !== '' && Number.isFinite(Number(c))) return Number(c);
  return null;
}

function timeOf(c: Cell): string | null {
  if (isDate(c)) return Number.isNaN(c.getTime()) ? null : c.toISOString();
  if (typeof c === 'string' && c.trim() !== '') {
    const t = Date.parse(c);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  return null;
}

/** History rows (header excluded) back to points; rows a person broke are skipped, not fatal. */
export function parseHistory(rows: readonly Cell[][]): AuditHistoryPoint[] {
  const out: AuditHistoryPoint[] = [];
  for (const row of rows) {
    const time = timeOf(row[0]);
    const score = num(row[3]);
    if (time === null || score === null) continue;
    const counts: Partial<Record<FindingKind, number>> = {};
    HISTORY_KINDS.forEach((k, i) => {
      const n = num(row[5 + i]);
      if (n) counts[k] = n;
    });
    out.push({
      time,
      sheet: typeof row[1] === 'string' ? row[1] : String(row[1] ?? ''),
      rows: num(row[2]) ?? 0,
      score,
      flaggedRows: num(row[4]) ?? 0,
      counts,
      trigger: String(row[5 + HISTORY_KINDS.length] ?? ''),
    });
  }
  return out;
}

export interface Trend {
  direction: 'up' | 'down' | 'flat' | 'none';
  /** Score change from the previous audit (0 with fewer than two audits). */
  change: number;
  latest: number | null;
  /** Plain words for the sidebar and the toast. */
  text: string;
}

/** Compare the latest audit with the one before it (of the same sheet when there are several). */
export function trendOf(points: readonly AuditHistoryPoint[]): Trend {
  const last = points[points.length - 1];
  if (!last) return { direction: 'none', change: 0, latest: null, text: 'No audits yet.' };
  let prev: AuditHistoryPoint | undefined;
  for (let i = points.length - 2; i >= 0; i--) {
    const p = points[i];
    if (p && p.sheet === last.sheet) {
      prev = p;
      break;
    }
  }
  if (!prev) return { direction: 'none', change: 0, latest: last.score, text: `Quality score ${last.score} (first audit).` };
  const change = Math.round((last.score - prev.score) * 10) / 10;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  const text =
    direction === 'flat'
      ? `Quality score ${last.score}, unchanged since the previous audit.`
      : `Quality score ${last.score}, ${direction} ${Math.abs(change)} since the previous audit.`;
  return { direction, change, latest: last.score, text };
}
