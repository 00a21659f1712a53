/**
 * JSON shapes of the reports, with rows numbered as in a sheet (header = row 1, first data row =
 * row 2) and columns named by their header, as DESIGN.md "Command line" specifies.
 */
import type { DuplicateCluster } from '../core/dedupe/types';
import type { RowFinding } from '../core/audit/findings';

/** Sheet row number of a data row index. */
export type RowNumber = (index: number) => number;

/** Rows under a header in sheet row `headerRow` (1 unless blank rows come first). */
export const rowNumbering =
  (headerRow: number): RowNumber =>
  (i) =>
    i + headerRow + 1;

export interface JsonFinding {
  row: number;
  kind: string;
  column: string | null;
  why: string;
}

export function jsonFindings(findings: readonly RowFinding[], header: readonly string[], sheetRow: RowNumber): JsonFinding[] {
  return findings.map((f) => ({
    row: sheetRow(f.row),
    kind: f.kind,
    column: f.column === undefined ? null : (header[f.column] ?? null),
    why: f.why,
  }));
}

export function jsonClusters(clusters: readonly DuplicateCluster[], sheetRow: RowNumber) {
  return clusters.map((c) => ({
    rows: c.rows.map(sheetRow),
    primary: sheetRow(c.primary),
    score: Math.round(c.score * 1000) / 1000,
    confidence: c.confidence,
    reasons: c.reasons,
  }));
}
