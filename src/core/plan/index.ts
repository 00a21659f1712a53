/**
 * "Clean this sheet" (and `crm-hygiene clean`) as one pure function: values in, a Plan out.
 * The shell applies the plan in a few batch writes; the CLI writes it to CSV. Nothing here
 * touches a sheet, so the same plan can be previewed, tested and logged.
 *
 * Steps, in order:
 *  1. roles: the user's column mapping, else detected from the headers;
 *  2. normalize every mapped column (protected = formula cells are never written);
 *  3. put status / source / country / title values into their value-map list ('list.canonical');
 *  4. find duplicates on the normalized rows: sure clusters are merged (the primary's blanks are
 *     filled from the others, conflicting values kept in a note, the others go to the archive),
 *     doubtful ones are left for review;
 *  5. findings on the rows as they will be after the plan (archived rows excluded);
 *  6. quality score before and after, and a summary.
 *
 * Guarantees the shell and the log rely on:
 *  - row indices always refer to the table as read (0-based into Table.rows);
 *  - every cell is changed at most once across `edits` and all `merges[].primaryEdits`, and
 *    `before` is always the value as read, so undo is "write `before` back";
 *  - a protected cell is never in any edit;
 *  - no value is dropped: merged-away rows are archived exactly as read (their normalization is
 *    not applied: the archive keeps the record as it was), and values of theirs that differ from
 *    the primary's are listed in the merge note;
 *  - deterministic: the same table, settings and `now` give the same plan.
 *
 * A merged-away row may itself hold formula cells; the plan only says which rows leave the sheet.
 * Moving them (keeping formulas where they were, restoring them on undo) is the shell's job.
 */
import type { Cell, ColumnRoles, Table } from '../table';
import type { Settings } from '../settings';
import { effectiveDefaultCountry } from '../settings/effective';
import type { CellChange, CellFinding } from '../normalize/normalize-table';
import { cleanedRows } from '../lists/cleaned-rows';
import type { Plan, PlannedMerge } from './plan-types';
import type { FindingKind, RowFinding } from '../audit/findings';
import type { DuplicateCluster, MergeResult } from '../dedupe/types';
import { findDuplicates, mergeCluster } from '../dedupe/index';
import { notDuplicatesAfterNormalizing } from '../dedupe/fingerprint';
import { isBlank } from '../normalize/cell';
import type { OutdatedMark } from '../audit/outdated';
import { collectFindings, makeContext } from '../audit/index';
import type { CheckContext } from '../audit/context';
import { scoreOf } from '../audit/score';
import { fitSettings, padTable } from '../audit/shape';
import { sheetRow } from '../audit/context';
import type { RunMemo } from '../normalize/run-memo';

export interface CleanOptions {
  /** Cells that must not be written: formula cells in a sheet. */
  isProtected?(row: number, column: number): boolean;
  /** "Now" for staleness (default: the current time). Pass it for a reproducible plan. */
  now?: Date;
  /** Pairs the user said are not duplicates (row fingerprints, see dedupe rowFingerprint). */
  notDuplicates?: Array<[string, string]>;
  /** "Flag as outdated" marks (see outdatedMarksFromNotes). */
  outdated?: readonly OutdatedMark[];
  /** false: do not look for duplicates at all (normalize and audit only). */
  dedupe?: boolean;
  /**
   * Clusters decided elsewhere instead of running duplicate detection: e.g. the user confirmed
   * review clusters in the sidebar, and the shell passes them with confidence 'sure' to merge
   * exactly those. Row indices as in `table`.
   */
  clusters?: readonly DuplicateCluster[];
  /** Sheet row of each row, for sentences, when they are not consecutive (a batch of a large file). */
  rowNumber?: (row: number) => number;
  /** Rows of the whole sheet when the table is a batch of it (see DedupeOptions.population). */
  population?: number;
  /** Rows of different groups are never compared (see DedupeOptions.group). */
  group?: (row: number) => number;
  /** Normalizer answers kept across the batches of one file (one RunMemo per settings object). */
  memo?: RunMemo;
}

const NO_PROTECTION = (): boolean => false;

/** What the steps of one clean share: the table as read, its settings, and the plan so far. */
interface Work {
  /** The table as read (padded to the header's width). */
  table: Table;
  width: number;
  settings: Settings;
  isProtected: (r: number, c: number) => boolean;
  /** The sheet row of a row, for the sentences a person reads. */
  rowNo: (row: number) => number;
  roles: ColumnRoles;
  /** The rows as they will be: normalized, canonical list values, merge fills. */
  rows: Cell[][];
  /** One change per cell, keyed row * width + column. */
  edits: Map<number, CellChange>;
  cellFindings: CellFinding[];
  /** Cells a user's list recognised (their "unknown value" flag no longer holds). */
  listFixed: ReadonlySet<number>;
  /** Rows the clean rewrites before any merge (for the score before: not yet consistent). */
  reformatted: ReadonlySet<number>;
}

/** The sure merges and the groups left for review. */
interface Merges {
  merges: PlannedMerge[];
  review: DuplicateCluster[];
  /** Loser row -> the primary it was merged into. */
  loserOf: Map<number, number>;
  /** `${from}|${column}` -> the primary a loser's value was filled into. */
  movedValues: Map<string, number>;
}

/** Build the plan for one sheet. Pure and deterministic; never throws on odd input. */
export function clean(input: Table, settingsIn: Settings, opts: CleanOptions = {}): Plan {
  const work = normalizedWork(input, settingsIn, opts);
  const clusters = duplicateClusters(work, opts);
  const merged = planMerges(work, clusters);
  keepArchivedAsRead(work, merged.loserOf);
  const before = { ...makeContext(work.table, work.settings, work.roles, opts.now), rowNumber: opts.rowNumber, memo: opts.memo };
  const findingsBefore = collectFindings(before, { cellFindings: work.cellFindings, clusters, outdated: opts.outdated ?? [] });
  const findings = findingsAfter(work, merged, before, opts.outdated ?? []);
  return assemblePlan(work, merged, findings, findingsBefore);
}

/** 1-3. Roles (the user's mapping, else detected), every mapped column normalized, list values canonical. */
function normalizedWork(input: Table, settingsIn: Settings, opts: CleanOptions): Work {
  const table = padTable(input);
  const width = table.header.length;
  const settings = fitSettings(settingsIn, width);
  const userProtected = opts.isProtected;
  const isProtected = userProtected ? (r: number, c: number) => Boolean(userProtected(r, c)) : NO_PROTECTION;
  const cleaned = cleanedRows(table, settings, isProtected, opts.now, opts.memo);
  const reformatted = new Set<number>();
  for (const ch of cleaned.edits.values()) reformatted.add(ch.row);
  return { table, width, settings, isProtected, rowNo: opts.rowNumber ?? ((r: number) => sheetRow(settings, r)), roles: cleaned.roles, rows: cleaned.rows, edits: cleaned.edits, cellFindings: cleaned.cellFindings, listFixed: cleaned.listFixed, reformatted };
}

/** 4. Duplicate clusters on the normalized values (gmail.cmo fixed, phones in E.164 ...), or the caller's. */
function duplicateClusters(work: Work, opts: CleanOptions): readonly DuplicateCluster[] {
  const { table, rows, roles, settings } = work;
  if (opts.clusters) return opts.clusters.filter((c) => c.rows.includes(c.primary) && c.rows.every((r) => Number.isInteger(r) && r >= 0 && r < rows.length));
  if (opts.dedupe === false || rows.length < 2) return [];
  const defaultCountry = effectiveDefaultCountry(settings);
  return findDuplicates({ header: table.header, rows }, roles, {
    sureScore: settings.sureMatchScore,
    reviewScore: settings.reviewMatchScore,
    firstRow: settings.headerRow + 1,
    rowNumber: opts.rowNumber,
    population: opts.population,
    group: opts.group,
    notDuplicates: notDuplicatesAfterNormalizing(table, rows, roles, opts.notDuplicates, defaultCountry),
    defaultCountry,
  }).clusters;
}

/** Sure clusters become merges (the primary filled from the others); doubtful ones wait for review. */
function planMerges(work: Work, clusters: readonly DuplicateCluster[]): Merges {
  const out: Merges = { merges: [], review: [], loserOf: new Map(), movedValues: new Map() };
  const inCluster = new Set<number>();
  for (const cluster of clusters) {
    // Clusters are disjoint by contract; a row seen twice would be merged twice, so skip it.
    if (cluster.rows.length < 2 || cluster.rows.some((r) => inCluster.has(r))) continue;
    cluster.rows.forEach((r) => inCluster.add(r));
    if (cluster.confidence !== 'sure') {
      out.review.push(cluster);
      continue;
    }
    const planned = planMerge(work, cluster);
    for (const loser of planned.losers) out.loserOf.set(loser, planned.primary);
    for (const f of planned.merge.filled) {
      if (planned.primaryEdits.some((e) => e.column === f.column && e.rule === 'merge.fill')) out.movedValues.set(`${f.from}|${f.column}`, planned.primary);
    }
    out.merges.push(planned);
  }
  return out;
}

/** Archived rows leave exactly as read: their normalization edits are dropped. */
function keepArchivedAsRead(work: Work, loserOf: ReadonlyMap<number, number>): void {
  for (const loser of loserOf.keys()) {
    for (let c = 0; c < work.width; c++) work.edits.delete(loser * work.width + c);
    work.rows[loser] = (work.table.rows[loser] ?? []).slice();
  }
}

/** 5. Findings on the rows as they will be: archived rows left out, their marks moved to the primary. */
function findingsAfter(work: Work, merged: Merges, before: CheckContext, outdated: readonly OutdatedMark[]): RowFinding[] {
  const { loserOf } = merged;
  const after = { ...before, rows: work.rows, skip: (r: number) => loserOf.has(r) };
  // A value the user's list recognised ("Amrik" -> their "United States") is no longer unknown.
  const stillFlagged = work.cellFindings.filter((f) => !work.listFixed.has(f.row * work.width + f.column));
  return collectFindings(after, {
    cellFindings: moveFindings(stillFlagged, loserOf, merged.movedValues),
    clusters: merged.review,
    outdated: moveMarks(outdated, loserOf, work.rowNo),
  });
}

/** 6. The plan and its summary (counts per rule and kind, score before and after). */
function assemblePlan(work: Work, merged: Merges, findings: RowFinding[], findingsBefore: RowFinding[]): Plan {
  const { merges, review } = merged;
  const editList = [...work.edits.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  const changesByRule: Record<string, number> = {};
  const count = (ch: CellChange) => (changesByRule[ch.rule] = (changesByRule[ch.rule] ?? 0) + 1);
  editList.forEach(count);
  merges.forEach((m) => m.primaryEdits.forEach(count));
  const findingsByKind: Partial<Record<FindingKind, number>> = {};
  for (const f of findings) findingsByKind[f.kind] = (findingsByKind[f.kind] ?? 0) + 1;
  const rows = work.table.rows.length;
  const archived = merged.loserOf.size;
  const before = scoreOf(findingsBefore, rows, work.reformatted);
  const after = scoreOf(findings, rows - archived);
  return {
    roles: work.roles,
    edits: editList,
    merges,
    review,
    findings,
    rows: work.rows,
    summary: {
      rows,
      changes: editList.length + merges.reduce((n, m) => n + m.primaryEdits.length, 0),
      changesByRule,
      merged: merges.length,
      archived,
      review: review.length,
      findingsByKind,
      scoreBefore: before.score,
      scoreAfter: after.score,
      scorePartsBefore: before.parts,
      scorePartsAfter: after.parts,
    },
  };
}

/**
 * One sure cluster as actions. The primary's blanks are filled from the others unless the cell
 * is protected (a formula that shows blank must stay a formula); such values, and every value
 * that conflicts with the primary's, are listed in the note. When the sheet has a notes column,
 * the note is appended there too, so a CSV (which has no cell notes) keeps it.
 */
function planMerge(work: Work, cluster: DuplicateCluster): PlannedMerge {
  const { table, isProtected, edits, width, rowNo } = work;
  const normalized: Table = { header: table.header, rows: work.rows };
  const primary = cluster.primary;
  const losers = cluster.rows.filter((r) => r !== primary).sort((a, b) => a - b);
  const merge: MergeResult = mergeCluster(normalized, work.roles, cluster);
  const row = work.rows[primary] as Cell[];
  const asRead = table.rows[primary] ?? [];
  const primaryEdits: CellChange[] = [];
  const notWritten: string[] = [];

  for (const f of merge.filled) {
    if (isProtected(primary, f.column)) {
      notWritten.push(`${table.header[f.column] || `column ${f.column + 1}`}: ${String(f.value)} (row ${rowNo(f.from)})`);
      continue;
    }
    // The fill supersedes a normalization of the same (blank) cell: one change per cell.
    edits.delete(primary * width + f.column);
    row[f.column] = f.value;
    primaryEdits.push({
      row: primary,
      column: f.column,
      before: asRead[f.column],
      after: f.value,
      rule: 'merge.fill',
      why: `filled from duplicate row ${rowNo(f.from)}`,
    });
  }

  let note = merge.note;
  if (notWritten.length > 0) note = [note, `Not written over formula cells: ${notWritten.join('; ')}`].filter(Boolean).join('\n');
  const rowList = cluster.rows.map(rowNo).join(', ');
  const planned: PlannedMerge = {
    cluster,
    primary,
    losers,
    merge: note === merge.note ? merge : { ...merge, note },
    primaryEdits,
    reason: `rows ${rowList} are one customer (match ${cluster.score.toFixed(2)}); kept row ${rowNo(primary)}: ${cluster.reasons.join('; ')}`,
  };
  noteInNotesColumn(work, planned, note, rowList, asRead);
  primaryEdits.sort((a, b) => a.column - b.column);
  return planned;
}

/** The merge note appended to the sheet's notes column too, when there is one (as a 'merge.note' edit). */
function noteInNotesColumn(work: Work, planned: PlannedMerge, note: string, rowList: string, asRead: readonly Cell[]): void {
  const { primary, primaryEdits } = planned;
  const notesCol = work.roles.indexOf('notes');
  if (note === '' || notesCol < 0 || work.isProtected(primary, notesCol)) return;
  const row = work.rows[primary] as Cell[];
  const current = row[notesCol];
  const text = `Merged duplicates (rows ${rowList}). ${note}`;
  const after = isBlank(current) ? text : `${String(current)}\n${text}`;
  work.edits.delete(primary * work.width + notesCol);
  row[notesCol] = after;
  const fill = primaryEdits.findIndex((e) => e.column === notesCol);
  const change: CellChange = { row: primary, column: notesCol, before: asRead[notesCol], after, rule: 'merge.note', why: 'values of the merged rows that differ from this row' };
  if (fill >= 0) primaryEdits[fill] = change;
  else primaryEdits.push(change);
  planned.noteColumn = notesCol;
}

/** Cell flags of merged-away rows: gone with the row, unless the value moved into the primary. */
function* moveFindings(findings: readonly CellFinding[], loserOf: Map<number, number>, moved: Map<string, number>): Iterable<CellFinding> {
  for (const f of findings) {
    if (!loserOf.has(f.row)) {
      yield f;
      continue;
    }
    const to = moved.get(`${f.row}|${f.column}`);
    if (to !== undefined) yield { ...f, row: to };
  }
}

/** A person's "outdated" mark on a merged-away row still concerns the customer: keep it on the primary. */
function moveMarks(marks: readonly OutdatedMark[], loserOf: Map<number, number>, rowNo: (row: number) => number): OutdatedMark[] {
  return marks.map((m) => {
    const to = loserOf.get(m.row);
    return to === undefined ? m : { ...m, row: to, why: `${m.why}${m.why ? ' ' : ''}(on merged row ${rowNo(m.row)})` };
  });
}

export type { Plan, PlannedMerge, RowFinding };
