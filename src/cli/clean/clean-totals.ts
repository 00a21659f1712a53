/**
 * Everything a clean reports besides the files, gathered batch by batch: the summary (counts per
 * rule and kind, scores), the merged and doubtful clusters, the findings, a few example edits per
 * rule. One whole-file plan is one batch; a large file is many. Kept compact: clusters without
 * their pair evidence, findings in typed arrays.
 */
import { combinedScore, type ScorePart } from '../../core/audit/score';
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
  private readonly before: Array<{ rows: number; scoreParts: readonly ScorePart[] }> = [];
  private readonly after: Array<{ rows: number; scoreParts: readonly ScorePart[] }> = [];
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
    // The rows each score dimension affects add up over disjoint batches (audit/score.ts).
    this.before.push({ rows: plan.summary.rows, scoreParts: plan.summary.scorePartsBefore ?? [] });
    this.after.push({ rows: plan.summary.rows - plan.summary.archived, scoreParts: plan.summary.scorePartsAfter ?? [] });
    s.archived += plan.summary.archived;
    s.merged += plan.summary.merged;
    s.review += plan.summary.review;
  }

  done(): CleanTotals {
    const s = this.t.summary;
    const before = combinedScore(this.before);
    const after = combinedScore(this.after);
    s.scoreBefore = before.score;
    s.scoreAfter = after.score;
    s.scorePartsBefore = before.parts;
    s.scorePartsAfter = after.parts;
    this.t.findings.sort();
    this.t.merges.sort((a, b) => a.primary - b.primary);
    this.t.review.sort((a, b) => a.primary - b.primary);
    this.t.examples.sort((a, b) => a.row - b.row || a.column - b.column);
    return this.t;
  }
}
