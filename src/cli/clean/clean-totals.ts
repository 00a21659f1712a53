/**
 * Everything a clean reports besides the files, gathered batch by batch: the summary (counts per
 * rule and kind, scores), the merged and doubtful clusters, the findings, a few example edits per
 * rule. One whole-file plan is one batch; a large file is many. Kept compact: clusters without
 * their pair evidence, findings in typed arrays.
 */
import { totalPenalty } from '../../core/audit/score';
import type { DuplicateCluster } from '../../core/dedupe/types';
import type { CellChange } from '../../core/normalize/normalize-table';
import type { Plan, PlanSummary } from '../../core/plan/plan-types';
import type { FindingKind } from '../../core/audit/findings';
import type { ColumnRoles } from '../../core/table';
import type { RowMap } from '../batch/remap';
import { remapCluster } from '../batch/remap';
import { FindingList } from '../rows/finding-list';

export interface MergedCluster {
  cluster: DuplicateCluster;
  primary: number;
  losers: number[];
  reason: string;
}

export interface CleanTotals {
  roles: ColumnRoles;
  summary: PlanSummary;
  merges: MergedCluster[];
  review: DuplicateCluster[];
  findings: FindingList;
  /** A few changes per rule, for the summary and the report (all of them are in changes.csv). */
  examples: CellChange[];
}

const EXAMPLES_PER_RULE = 5;

const light = (c: DuplicateCluster, g: RowMap): DuplicateCluster => ({ ...remapCluster({ ...c, pairs: [] }, g) });

export class TotalsBuilder {
  private readonly t: CleanTotals;
  private penaltyBefore = 0;
  private penaltyAfter = 0;
  private readonly perRule = new Map<string, number>();

  constructor(rows: number, roles: ColumnRoles, keepWhy: boolean) {
    this.t = {
      roles,
      merges: [],
      review: [],
      findings: new FindingList(keepWhy),
      examples: [],
      summary: { rows, changes: 0, changesByRule: {}, merged: 0, archived: 0, review: 0, findingsByKind: {}, scoreBefore: 100, scoreAfter: 100 },
    };
  }

  add(plan: Plan, g: RowMap): void {
    const s = this.t.summary;
    for (const e of [...plan.edits, ...plan.merges.flatMap((m) => m.primaryEdits)]) {
      const n = this.perRule.get(e.rule) ?? 0;
      if (n < EXAMPLES_PER_RULE) {
        this.perRule.set(e.rule, n + 1);
        this.t.examples.push({ ...e, row: g(e.row) });
      }
    }
    for (const [rule, n] of Object.entries(plan.summary.changesByRule)) s.changesByRule[rule] = (s.changesByRule[rule] ?? 0) + n;
    s.changes += plan.summary.changes;
    for (const m of plan.merges) this.t.merges.push({ cluster: light(m.cluster, g), primary: g(m.primary), losers: m.losers.map(g), reason: m.reason });
    for (const c of plan.review) this.t.review.push(light(c, g));
    for (const f of plan.findings) {
      this.t.findings.push(f, g(f.row));
      s.findingsByKind[f.kind as FindingKind] = (s.findingsByKind[f.kind] ?? 0) + 1;
    }
    // Score = 100 × (1 − mean row penalty): penalties of disjoint batches add up (audit/score.ts).
    this.penaltyBefore += ((100 - plan.summary.scoreBefore) / 100) * plan.summary.rows;
    this.penaltyAfter += totalPenalty(plan.findings);
    s.archived += plan.summary.archived;
    s.merged += plan.summary.merged;
    s.review += plan.summary.review;
  }

  done(): CleanTotals {
    const s = this.t.summary;
    const score = (penalty: number, rows: number): number => (rows > 0 ? Math.max(0, Math.min(100, Math.round(1000 * (1 - penalty / rows)) / 10)) : 100);
    s.scoreBefore = score(this.penaltyBefore, s.rows);
    s.scoreAfter = score(this.penaltyAfter, s.rows - s.archived);
    this.t.findings.sort();
    this.t.merges.sort((a, b) => a.primary - b.primary);
    this.t.review.sort((a, b) => a.primary - b.primary);
    this.t.examples.sort((a, b) => a.row - b.row || a.column - b.column);
    return this.t;
  }
}
