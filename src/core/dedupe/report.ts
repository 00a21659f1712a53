/**
 * The dedupe report the command line prints (`crm-hygiene dedupe file.csv --json`): rows are
 * numbered as in a sheet, header = row 1, first data row = row 2.
 */
import type { ColumnRole, ColumnRoles, Table } from '../table';
import type { DedupeOptions } from './types';
import { findDuplicates } from './index';

export interface DedupeReportCluster {
  rows: number[];
  primary: number;
  score: number;
  reasons: string[];
  confidence: 'sure' | 'doubtful';
}

/** What each column was read as: the roles decide which cells say who a row is. */
export interface ColumnRoleReport {
  /** 1-based, as spreadsheets count columns. */
  column: number;
  header: string;
  /** null: the column is not used for matching or cleaning. */
  role: ColumnRole | null;
}

export function columnRoleReport(header: readonly string[], roles: ColumnRoles): ColumnRoleReport[] {
  return header.map((h, i) => ({ column: i + 1, header: h, role: roles[i] ?? null }));
}

export interface DedupeReport {
  clusters: DedupeReportCluster[];
  candidatePairs: number;
  /** Sure clusters are merged by "Clean this sheet"; doubtful ones wait for review. */
  sure: number;
  doubtful: number;
}

/** Sheet row number of a 0-based data row index. */
const sheetRow = (i: number) => i + 2;

export function dedupeReport(table: Table, roles: ColumnRoles, opts: DedupeOptions = {}): DedupeReport {
  const result = findDuplicates(table, roles, opts);
  const clusters = result.clusters.map((c) => ({
    rows: c.rows.map(sheetRow),
    primary: sheetRow(c.primary),
    score: c.score,
    reasons: c.reasons,
    confidence: c.confidence,
  }));
  return {
    clusters,
    candidatePairs: result.candidatePairs,
    sure: clusters.filter((c) => c.confidence === 'sure').length,
    doubtful: clusters.filter((c) => c.confidence === 'doubtful').length,
  };
}
