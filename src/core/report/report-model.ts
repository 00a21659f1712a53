/**
 * What the clean report shows, computed purely from the table and its Plan, as data (codes, not
 * words): html-report.ts says it in the chosen language. Rows are numbered as in a sheet (header =
 * row 1, first data row = row 2) so people can find them in the original file.
 */
import type { ColumnRole, Table } from '../table';
import type { Plan } from '../plan/plan-types';
import type { FindingKind } from '../audit/findings';
import { KIND_ORDER } from '../audit/context';
import type { ScorePart } from '../audit/score';
import { clusterEvidence, reasonParts, type EvidenceSense } from '../dedupe/evidence';
import { cellText } from '../table/cell-text';

export interface ChangeExample {
  row: number;
  column: string;
  before: string;
  after: string;
}

export interface RuleSection {
  rule: string;
  count: number;
  examples: ChangeExample[];
}

/** A row that needs a person, as the table lists it. */
export interface AttentionRow {
  row: number;
  kind: FindingKind;
  /** Column index, or null for a whole-row finding. */
  column: number | null;
  value: string;
}

export interface AttentionKind {
  kind: FindingKind;
  count: number;
  /** The first rows of this kind (the rest are counted in `count`). */
  rows: AttentionRow[];
}

export interface ClusterSection {
  rows: number[];
  primary: number;
  score: number;
  confidence: 'sure' | 'doubtful';
  merged: boolean;
  /** Fields of each sense, in sentence order ("email and phone match; name is similar"). */
  reason: Array<{ sense: EvidenceSense; fields: string[] }>;
  /** The member rows' identifying cells as read, primary first, in `memberColumns` order. */
  members: Array<{ row: number; cells: string[] }>;
  /** The kept row after the merge (merged groups only), in `memberColumns` order. */
  result: string[] | null;
}

export interface ReportModel {
  file: string;
  generatedAt: string;
  rows: number;
  columns: number;
  header: string[];
  roles: Array<ColumnRole | null>;
  scoreBefore: number;
  scoreAfter: number;
  partsBefore: ScorePart[];
  partsAfter: ScorePart[];
  changes: number;
  merged: number;
  archived: number;
  review: number;
  /** Files written: the label is a catalogue code (report.cleanedFile ...). */
  outputs: Array<{ label: string; path: string }>;
  /** Findings on the cleaned rows, per kind (most common first). */
  attention: AttentionKind[];
  attentionTotal: number;
  rules: RuleSection[];
  memberColumns: string[];
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
  /** Rows listed per kind of finding; the rest are counted ("and N more"). */
  rowsPerKind?: number;
  /** Clusters shown in full (default all); the rest are counted, and all are in the archive. */
  maxClusters?: number;
  /** Sheet row of the first data row (default 2: the header is row 1). */
  firstRow?: number;
}

const MEMBER_ROLES: ColumnRole[] = ['name', 'firstName', 'lastName', 'email', 'phone', 'company', 'country'];

export function buildReportModel(table: Table, plan: Plan, input: ReportInput): ReportModel {
  const maxClusters = input.maxClusters ?? Infinity;
  const sheetRow = (i: number): number => i + (input.firstRow ?? 2);
  const memberCols = plan.roles.map((r, i) => (r && MEMBER_ROLES.includes(r) ? i : -1)).filter((i) => i >= 0);
  const clusters = clusterSections(plan, table, memberCols, sheetRow);
  const { summary } = plan;
  return {
    file: input.file,
    generatedAt: input.generatedAt,
    rows: table.rows.length,
    columns: table.header.length,
    header: table.header.map((h) => String(h ?? '')),
    roles: plan.roles,
    scoreBefore: summary.scoreBefore,
    scoreAfter: summary.scoreAfter,
    partsBefore: summary.scorePartsBefore ?? [],
    partsAfter: summary.scorePartsAfter ?? [],
    changes: summary.changes,
    merged: summary.merged,
    archived: summary.archived,
    review: summary.review,
    outputs: input.outputs ?? [],
    attention: attentionKinds(plan, input.rowsPerKind ?? 200, sheetRow),
    attentionTotal: plan.findings.length,
    rules: ruleSections(plan, table, input.examplesPerRule ?? 5, sheetRow),
    memberColumns: memberCols.map((c) => table.header[c] ?? ''),
    clusters: clusters.slice(0, maxClusters),
    clustersOmitted: Math.max(0, clusters.length - maxClusters),
  };
}

/** Findings per kind, most common first (ties in the audit's order), each with its first rows. */
function attentionKinds(plan: Plan, perKind: number, sheetRow: (i: number) => number): AttentionKind[] {
  const byKind = new Map<FindingKind, AttentionKind>();
  for (const f of plan.findings) {
    let k = byKind.get(f.kind);
    if (!k) byKind.set(f.kind, (k = { kind: f.kind, count: 0, rows: [] }));
    k.count++;
    if (k.rows.length >= perKind) continue;
    // The value as the clean leaves it: the finding is about the cleaned row.
    const value = f.column === undefined ? '' : cellText(plan.rows[f.row]?.[f.column]);
    k.rows.push({ row: sheetRow(f.row), kind: f.kind, column: f.column ?? null, value });
  }
  return [...byKind.values()].sort((a, b) => b.count - a.count || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

function ruleSections(plan: Plan, table: Table, perRule: number, sheetRow: (i: number) => number): RuleSection[] {
  const columnName = (c: number): string => table.header[c] ?? `${c + 1}`;
  const rules = new Map<string, RuleSection>();
  // Counts come from the summary: a plan of a very large file keeps only a few example edits.
  for (const [rule, count] of Object.entries(plan.summary.changesByRule)) rules.set(rule, { rule, count, examples: [] });
  for (const e of [...plan.edits, ...plan.merges.flatMap((m) => m.primaryEdits)]) {
    let section = rules.get(e.rule);
    if (!section) rules.set(e.rule, (section = { rule: e.rule, count: 0, examples: [] }));
    if (section.examples.length < perRule) {
      section.examples.push({ row: sheetRow(e.row), column: columnName(e.column), before: cellText(e.before), after: cellText(e.after) });
    }
  }
  return [...rules.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

function clusterSections(plan: Plan, table: Table, memberCols: number[], sheetRow: (i: number) => number): ClusterSection[] {
  const mergedPrimaries = new Set(plan.merges.map((m) => m.primary));
  return [...plan.merges.map((m) => m.cluster), ...plan.review].map((c) => {
    const order = [c.primary, ...c.rows.filter((r) => r !== c.primary)];
    const merged = mergedPrimaries.has(c.primary) && c.confidence === 'sure';
    return {
      rows: c.rows.map(sheetRow),
      primary: sheetRow(c.primary),
      score: c.score,
      confidence: c.confidence,
      merged,
      reason: reasonParts(clusterEvidence(c)),
      // Members as read from the file, so the reader sees what was actually typed.
      members: order.map((r) => ({ row: sheetRow(r), cells: memberCols.map((col) => cellText(table.rows[r]?.[col])) })),
      // plan.rows holds the kept row after its fills and normalization: what the cleaned file has.
      result: merged ? memberCols.map((col) => cellText(plan.rows[c.primary]?.[col])) : null,
    };
  });
}
