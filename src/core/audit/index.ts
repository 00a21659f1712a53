/**
 * The audit: every check of the sheet as it is now, as row findings with a reason, a quality
 * score (see score.ts for the formula) and counts per kind and per column. "Run audit now", the
 * scheduled audit, the CLI's `audit` and the before/after scores of a clean all use this. It sees
 * the sheet as the clean does (lists/cleaned-rows.ts): duplicates are found on the rows as the
 * clean would write them, and cells the clean would rewrite count against consistency, so the
 * audit's score and groups are the clean plan's "before".
 */
import { wallClock } from '../table/zoned';
import type { Cell, ColumnRoles, Table } from '../table';
import type { Settings } from '../settings';
import type { FindingKind, RowFinding } from './findings';
import type { CellFinding } from '../normalize/normalize-table';
import type { DuplicateCluster } from '../dedupe/types';
import { findDuplicates } from '../dedupe/index';
import { notDuplicatesAfterNormalizing } from '../dedupe/fingerprint';
import { cleanedRows } from '../lists/cleaned-rows';
import { effectiveDefaultCountry } from '../settings/effective';
import { effectiveValueMap } from '../lists/value-map';
import type { OutdatedMark } from './outdated';
import { outdatedNote } from './outdated';
import type { CheckContext } from './context';
import { FindingCollector } from './context';
import { checkCompleteness } from './completeness';
import { checkStaleness } from './staleness';
import { checkValidity } from './validity';
import { checkCanonical } from './canonical';
import { checkDuplicates } from './duplicates';
import { scoreOf, type ScorePart } from './score';
import { fitSettings, padTable } from './shape';
import type { RunMemo } from '../normalize/run-memo';

export { qualityScore, scoreOf, biggestGain, DIMENSION_POINTS, KIND_DIMENSION } from './score';
export type { ScoreDimension, ScorePart, QualityScore } from './score';
export { cellDate, columnDayOrder, readDateText, monthsBefore } from '../normalize/date';

export interface AuditOptions {
  /** "Now" for staleness (default: the current time). Pass it for reproducible results. */
  now?: Date;
  /** "Flag as outdated" marks (see outdatedMarksFromNotes). */
  outdated?: readonly OutdatedMark[];
  /** Pairs the user said are not duplicates (row fingerprints). */
  notDuplicates?: Array<[string, string]>;
  /**
   * Duplicate clusters: false skips duplicate detection (fast audits of huge sheets); an array
   * uses clusters computed elsewhere; default: found here.
   */
  duplicates?: boolean | readonly DuplicateCluster[];
  /** Cells the clean never writes (formula cells of a sheet): not normalized, not counted. */
  isProtected?(row: number, column: number): boolean;
  /** Sheet row of each row, when they are not consecutive (a batch of a large file). */
  rowNumber?: (row: number) => number;
  /** Rows of the whole sheet when the table is a batch of it (see DedupeOptions.population). */
  population?: number;
  /** Rows of different groups are never compared (see DedupeOptions.group). */
  group?: (row: number) => number;
  /** Normalizer answers kept across the batches of one file (one RunMemo per settings object). */
  memo?: RunMemo;
}

export interface ColumnCount {
  column: number;
  header: string;
  count: number;
  byKind: Partial<Record<FindingKind, number>>;
}

export interface AuditReport {
  /** Data rows audited. */
  rows: number;
  /** Quality score 0-100 (100 for an empty sheet; see score.ts). */
  score: number;
  /** Points lost per dimension (what would raise the score most). */
  scoreParts: ScorePart[];
  /** Rows with a cell the clean would rewrite. */
  reformattable: number;
  /** Ordered by row, then kind, then column. Rows are 0-based into Table.rows. */
  findings: RowFinding[];
  /** Findings per kind. */
  counts: Partial<Record<FindingKind, number>>;
  /** Rows with at least one finding of each kind. */
  rowsByKind: Partial<Record<FindingKind, number>>;
  /** Rows with at least one finding. */
  flaggedRows: number;
  /** Findings per column (only columns with findings), left to right. */
  byColumn: ColumnCount[];
  roles: ColumnRoles;
  /** Duplicate clusters found (sure and doubtful: nothing is merged by an audit). */
  clusters: DuplicateCluster[];
}

/** Everything the checks need besides the context; the plan passes its own. */
export interface FindingInputs {
  cellFindings: Iterable<CellFinding>;
  clusters: readonly DuplicateCluster[];
  outdated: readonly OutdatedMark[];
}

/** Run every check; findings in a stable order (deterministic). */
export function collectFindings(ctx: CheckContext, inputs: FindingInputs): RowFinding[] {
  const c = new FindingCollector();
  checkCompleteness(ctx, c.emit);
  // Lists before validity: for a country the user keeps a list of, "not in the Country list"
  // says more than the normalizer's "not a known country" (the same finding is kept once).
  checkCanonical(ctx, c.emit);
  checkValidity(ctx, inputs.cellFindings, c.emit);
  checkDuplicates(ctx, inputs.clusters, c.emit);
  checkStaleness(ctx, c.emit);
  for (const m of inputs.outdated) {
    if (m.row < 0 || m.row >= ctx.rows.length || ctx.skip?.(m.row)) continue;
    c.emit(m.row, 'outdated', undefined, outdatedNote(m.by, m.at, m.why));
  }
  return c.sorted();
}

/** Counts for a report: per kind, rows per kind, per column. */
export function countFindings(findings: readonly RowFinding[], header: readonly Cell[]) {
  const counts: Partial<Record<FindingKind, number>> = {};
  const rowsByKindSets = new Map<FindingKind, Set<number>>();
  const flagged = new Set<number>();
  const columns = new Map<number, ColumnCount>();
  for (const f of findings) {
    counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    let set = rowsByKindSets.get(f.kind);
    if (!set) rowsByKindSets.set(f.kind, (set = new Set()));
    set.add(f.row);
    flagged.add(f.row);
    if (f.column !== undefined) {
      let col = columns.get(f.column);
      if (!col) {
        const h = header[f.column];
        col = { column: f.column, header: typeof h === 'string' ? h : String(h ?? ''), count: 0, byKind: {} };
        columns.set(f.column, col);
      }
      col.count++;
      col.byKind[f.kind] = (col.byKind[f.kind] ?? 0) + 1;
    }
  }
  const rowsByKind: Partial<Record<FindingKind, number>> = {};
  for (const [kind, set] of rowsByKindSets) rowsByKind[kind] = set.size;
  return {
    counts,
    rowsByKind,
    flaggedRows: flagged.size,
    byColumn: [...columns.values()].sort((a, b) => a.column - b.column),
  };
}

export function makeContext(table: Table, settings: Settings, roles: ColumnRoles, now: Date | undefined): CheckContext {
  return {
    header: table.header,
    rows: table.rows,
    roles,
    settings,
    valueMap: effectiveValueMap(settings.valueMap),
    userValueMap: settings.valueMap ?? {},
    // "Now" as the spreadsheet's wall clock, like the dates in its cells (table/zoned.ts).
    now: wallClock(now ?? new Date(), settings.timeZone),
  };
}

/** Audit a table as it is now. Pure; never throws on ragged, empty or odd input. */
export function audit(input: Table, settingsIn: Settings, opts: AuditOptions = {}): AuditReport {
  const table = padTable(input);
  const settings = fitSettings(settingsIn, table.header.length);
  const userProtected = opts.isProtected;
  // One pass gives the validity flags, the roles and the cells the clean would rewrite.
  const cleaned = cleanedRows(table, settings, userProtected ? (r, c) => Boolean(userProtected(r, c)) : () => false, opts.now, opts.memo);
  const roles = cleaned.roles;
  let clusters: DuplicateCluster[] = [];
  if (Array.isArray(opts.duplicates)) clusters = opts.duplicates.slice();
  else if (opts.duplicates !== false && table.rows.length > 1) {
    const defaultCountry = effectiveDefaultCountry(settings);
    clusters = findDuplicates({ header: table.header, rows: cleaned.rows }, roles, {
      sureScore: settings.sureMatchScore,
      reviewScore: settings.reviewMatchScore,
      firstRow: settings.headerRow + 1,
      rowNumber: opts.rowNumber,
      population: opts.population,
      group: opts.group,
      notDuplicates: notDuplicatesAfterNormalizing(table, cleaned.rows, roles, opts.notDuplicates, defaultCountry),
      defaultCountry,
    }).clusters;
  }
  const ctx = { ...makeContext(table, settings, roles, opts.now), rowNumber: opts.rowNumber, memo: opts.memo };
  const findings = collectFindings(ctx, { cellFindings: cleaned.cellFindings, clusters, outdated: opts.outdated ?? [] });
  const reformattable = new Set<number>();
  for (const ch of cleaned.edits.values()) reformattable.add(ch.row);
  const quality = scoreOf(findings, table.rows.length, reformattable);
  return {
    rows: table.rows.length,
    score: quality.score,
    scoreParts: quality.parts,
    reformattable: reformattable.size,
    findings,
    ...countFindings(findings, table.header),
    roles,
    clusters,
  };
}
