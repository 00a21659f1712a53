/**
 * What the clean report shows, computed purely from the table and its Plan. Rows are numbered as
 * in a sheet (header = row 1, first data row = row 2) so people can find them in the original file.
 */
import type { ColumnRole, Table } from '../table';
import type { Plan } from '../plan/plan-types';
import type { FindingCount } from './findings-chart';
import { cellText } from '../table/cell-text';
import type { ColumnRoleReport } from '../dedupe/report';
import { columnRoleReport } from '../dedupe/report';

export interface ChangeExample {
  row: number;
  column: string;
  before: string;
  after: string;
  why: string;
}

export interface RuleSection {
  rule: string;
  count: number;
  examples: ChangeExample[];
}

export interface ClusterSection {
  rows: number[];
  primary: number;
  score: number;
  confidence: 'sure' | 'doubtful';
  merged: boolean;
  reasons: string[];
  /** The member rows' identifying cells, primary first, in `ReportModel.memberColumns` order. */
  members: Array<{ row: number; cells: string[] }>;
}

export interface ReportModel {
  title: string;
  file: string;
  generatedAt: string;
  rows: number;
  columns: number;
  scoreBefore: number;
  scoreAfter: number;
  changes: number;
  merged: number;
  archived: number;
  review: number;
  outputs: Array<{ label: string; path: string }>;
  findingsTotal: number;
  findingsByKind: Array<{ kind: string; count: number }>;
  findings: FindingCount[];
  rules: RuleSection[];
  memberColumns: string[];
  /** What each column was read as (null: not used), so a wrong guess shows. */
  roles: ColumnRoleReport[];
  clusters: ClusterSection[];
  /** Clusters not shown (only when maxClusters was set below their number). */
  clustersOmitted: number;
}

export interface ReportInput {
  file: string;
  generatedAt: string;
  outputs?: Array<{ label: string; path: string }>;
  /** Examples kept per rule (the report stays readable on a 100,000-row file). */
  examplesPerRule?: number;
  /** Clusters shown in full (default all); the rest are counted, and all are in the archive. */
  maxClusters?: number;
  /** Sheet row of the first data row (default 2: the header is row 1). */
  firstRow?: number;
}

const MEMBER_ROLES: ColumnRole[] = ['name', 'firstName', 'lastName', 'email', 'phone', 'company', 'country'];

export function buildReportModel(table: Table, plan: Plan, input: ReportInput): ReportModel {
  const perRule = input.examplesPerRule ?? 5;
  const maxClusters = input.maxClusters ?? Infinity;
  const sheetRow = (i: number): number => i + (input.firstRow ?? 2);
  const columnName = (c: number | undefined): string => (c === undefined ? '(whole row)' : (table.header[c] ?? `column ${c + 1}`));

  const rules = new Map<string, RuleSection>();
  const allEdits = [...plan.edits, ...plan.merges.flatMap((m) => m.primaryEdits)];
  // Counts come from the summary: a plan of a very large file keeps only a few example edits.
  for (const [rule, count] of Object.entries(plan.summary.changesByRule)) rules.set(rule, { rule, count, examples: [] });
  for (const e of allEdits) {
    let section = rules.get(e.rule);
    if (!section) rules.set(e.rule, (section = { rule: e.rule, count: 0, examples: [] }));
    if (section.examples.length < perRule) {
      section.examples.push({ row: sheetRow(e.row), column: columnName(e.column), before: cellText(e.before), after: cellText(e.after), why: e.why });
    }
  }

  const counts = new Map<string, FindingCount>();
  const byKind = new Map<string, number>();
  for (const f of plan.findings) {
    const column = columnName(f.column);
    const key = `${f.kind}\u0000${column}`;
    const hit = counts.get(key);
    if (hit) hit.count++;
    else counts.set(key, { kind: f.kind, column, count: 1 });
    byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  }

  const memberCols = plan.roles.map((r, i) => (r && MEMBER_ROLES.includes(r) ? i : -1)).filter((i) => i >= 0);
  const mergedPrimaries = new Set(plan.merges.map((m) => m.primary));
  const clusters: ClusterSection[] = [...plan.merges.map((m) => m.cluster), ...plan.review].map((c) => {
    const order = [c.primary, ...c.rows.filter((r) => r !== c.primary)];
    return {
      rows: c.rows.map(sheetRow),
      primary: sheetRow(c.primary),
      score: c.score,
      confidence: c.confidence,
      merged: mergedPrimaries.has(c.primary) && c.confidence === 'sure',
      reasons: c.reasons,
      // Members as read from the file, so the reader sees what was actually typed.
      members: order.map((r) => ({ row: sheetRow(r), cells: memberCols.map((col) => cellText(table.rows[r]?.[col])) })),
    };
  });

  return {
    title: 'CRM Hygiene report',
    file: input.file,
    generatedAt: input.generatedAt,
    rows: table.rows.length,
    columns: table.header.length,
    scoreBefore: plan.summary.scoreBefore,
    scoreAfter: plan.summary.scoreAfter,
    changes: plan.summary.changes,
    clustersOmitted: Math.max(0, clusters.length - maxClusters),
    merged: plan.summary.merged,
    archived: plan.summary.archived,
    review: plan.summary.review,
    outputs: input.outputs ?? [],
    findingsTotal: plan.findings.length,
    findingsByKind: [...byKind.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
    findings: [...counts.values()].sort((a, b) => b.count - a.count),
    rules: [...rules.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    memberColumns: memberCols.map((c) => table.header[c] ?? ''),
    roles: columnRoleReport(table.header, plan.roles),
    clusters: clusters.slice(0, maxClusters),
  };
}
