/**
 * The clean plan of a file too large to plan in one piece (more rows than --max-exact-rows).
 *
 * Planning 1,000,000 rows at once would hold every cell change and every candidate pair in memory
 * and compare rows that can never be the same customer. Instead:
 *  1. rows are split into independent batches (batches.ts): rows that share an email or phone
 *     key are kept together and planned with duplicate search; all other rows are planned in
 *     chunks with duplicate search off;
 *  2. each batch goes through the very same clean() the add-on runs;
 *  3. the batch plans are stitched into one Plan with global row numbers.
 *
 * What differs from one whole-table clean() (and is said in the summary):
 *  - duplicates are found only among rows that share an email or phone (after normalization);
 *    name-and-company-only matches across the file are not searched;
 *  - `edits` keeps a few examples per rule, `findings` carry no `why` text (memory); the
 *    counts in `summary` are complete;
 *  - scoreBefore is the row-weighted mean of the batches' scores (exact up to their rounding).
 */
import { clean } from '../../core/plan';
import type { Plan, PlannedMerge } from '../../core/plan/plan-types';
import type { RowFinding } from '../../core/audit/findings';
import type { DuplicateCluster } from '../../core/dedupe/types';
import type { CellChange } from '../../core/normalize/normalize-table';
import { resolveRoles } from '../../core/normalize/normalize-table';
import { qualityScore } from '../../core/audit/score';
import type { Settings } from '../../core/settings';
import type { Cell, Table } from '../../core/table';
import { planBatches } from './batches';

export interface BatchedPlanOptions {
  now?: Date;
  /** Rows per batch of rows linked to nothing (no duplicate search: cost is linear). */
  soloBatchRows?: number;
  /** Rows per batch of linked rows (duplicate search: cost grows with the batch). */
  linkedBatchRows?: number;
  examplesPerRule?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Replace each solo row of `table.rows` by its cleaned row once planned, so the original
   * arrays can be collected (about 200 MB on 1,000,000 rows). Solo rows are never archived, so
   * their originals are not needed again; linked rows (the archive's source) are kept.
   */
  releaseSoloRows?: boolean;
}

export interface BatchedPlan extends Plan {
  /** How the plan was made, for the summary and the JSON report. */
  batching: { batches: number; linkedRows: number; soloRows: number };
}

function remapCluster(c: DuplicateCluster, g: (i: number) => number): DuplicateCluster {
  return {
    ...c,
    rows: c.rows.map(g),
    primary: g(c.primary),
    pairs: c.pairs.map((p) => ({ ...p, a: g(p.a), b: g(p.b) })),
  };
}

function remapChange(e: CellChange, g: (i: number) => number): CellChange {
  return { ...e, row: g(e.row) };
}

function remapMerge(m: PlannedMerge, g: (i: number) => number): PlannedMerge {
  return {
    ...m,
    cluster: remapCluster(m.cluster, g),
    primary: g(m.primary),
    losers: m.losers.map(g),
    primaryEdits: m.primaryEdits.map((e) => remapChange(e, g)),
    merge: {
      ...m.merge,
      filled: m.merge.filled.map((f) => ({ ...f, from: g(f.from) })),
      kept: m.merge.kept.map((f) => ({ ...f, from: g(f.from) })),
    },
  };
}

export function batchedClean(table: Table, settingsIn: Settings, opts: BatchedPlanOptions = {}): BatchedPlan {
  // Roles are decided once for the whole file, so every batch reads the columns the same way.
  const roles = resolveRoles(table, settingsIn);
  const settings: Settings = { ...settingsIn, roles };
  const batches = planBatches(table.rows, roles, opts.soloBatchRows ?? 10000, opts.linkedBatchRows ?? 500);
  const perRule = opts.examplesPerRule ?? 5;

  const rows: Cell[][] = new Array(table.rows.length);
  const edits: CellChange[] = [];
  const exampleCount = new Map<string, number>();
  const merges: PlannedMerge[] = [];
  const review: DuplicateCluster[] = [];
  const findings: RowFinding[] = [];
  const changesByRule: Record<string, number> = {};
  let changes = 0;
  let penaltyBefore = 0;
  let archived = 0;
  let done = 0;
  let linkedRows = 0;

  for (const batch of batches) {
    const g = (i: number): number => batch.rows[i] as number;
    const sub: Table = { header: table.header, rows: batch.rows.map((r) => table.rows[r] ?? []) };
    const plan = clean(sub, settings, { now: opts.now, dedupe: batch.dedupe });
    if (batch.dedupe) linkedRows += batch.rows.length;
    plan.rows.forEach((row, i) => (rows[g(i)] = row));
    if (opts.releaseSoloRows && !batch.dedupe) plan.rows.forEach((row, i) => (table.rows[g(i)] = row));
    for (const e of [...plan.edits, ...plan.merges.flatMap((m) => m.primaryEdits)]) {
      const n = exampleCount.get(e.rule) ?? 0;
      if (n < perRule) {
        exampleCount.set(e.rule, n + 1);
        edits.push(remapChange(e, g));
      }
    }
    for (const [rule, n] of Object.entries(plan.summary.changesByRule)) changesByRule[rule] = (changesByRule[rule] ?? 0) + n;
    changes += plan.summary.changes;
    for (const m of plan.merges) merges.push(remapMerge(m, g));
    for (const c of plan.review) review.push(remapCluster(c, g));
    for (const f of plan.findings) findings.push({ row: g(f.row), kind: f.kind, column: f.column, why: '' });
    // Score = 100 × (1 − mean row penalty), so batch penalties add up (see core/audit/score.ts).
    penaltyBefore += ((100 - plan.summary.scoreBefore) / 100) * batch.rows.length;
    archived += plan.summary.archived;
    done += batch.rows.length;
    opts.onProgress?.(done, table.rows.length);
  }

  findings.sort((a, b) => a.row - b.row);
  merges.sort((a, b) => a.primary - b.primary);
  review.sort((a, b) => a.primary - b.primary);
  edits.sort((a, b) => a.row - b.row || a.column - b.column);
  const findingsByKind: Plan['summary']['findingsByKind'] = {};
  for (const f of findings) findingsByKind[f.kind] = (findingsByKind[f.kind] ?? 0) + 1;
  const n = table.rows.length;
  return {
    roles,
    edits,
    merges,
    review,
    findings,
    rows,
    summary: {
      rows: n,
      changes,
      changesByRule,
      merged: merges.length,
      archived,
      review: review.length,
      findingsByKind,
      scoreBefore: n ? Math.round(1000 * (1 - penaltyBefore / n)) / 10 : 100,
      scoreAfter: qualityScore(findings, n - archived),
    },
    batching: { batches: batches.length, linkedRows, soloRows: n - linkedRows },
  };
}
