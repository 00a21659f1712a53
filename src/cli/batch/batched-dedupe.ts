/**
 * Duplicate search in a file larger than --max-exact-rows: only the linked batches (rows that
 * share an email or phone, see batches.ts) are searched, each with the same matcher as the
 * add-on, on normalized values. Returns the DESIGN.md report shape with sheet row numbers.
 */
import { findDuplicates } from '../../core/dedupe/index';
import type { DedupeOptions } from '../../core/dedupe/types';
import type { DedupeReport } from '../../core/dedupe/report';
import { normalizeTable, resolveRoles } from '../../core/normalize/normalize-table';
import type { Settings } from '../../core/settings';
import type { Table } from '../../core/table';
import { planBatches } from './batches';

export function batchedDedupe(table: Table, settingsIn: Settings, opts: DedupeOptions, onProgress?: (d: number, t: number) => void): DedupeReport {
  const roles = resolveRoles(table, settingsIn);
  const settings: Settings = { ...settingsIn, roles };
  const clusters: DedupeReport['clusters'] = [];
  let candidatePairs = 0;
  let done = 0;
  for (const batch of planBatches(table.rows, roles, 10000, 500)) {
    done += batch.rows.length;
    if (!batch.dedupe) continue;
    const g = (i: number): number => (batch.rows[i] as number) + 2; // sheet row number
    const norm = normalizeTable({ header: table.header, rows: batch.rows.map((r) => table.rows[r] ?? []) }, settings);
    const found = findDuplicates({ header: table.header, rows: norm.rows }, roles, opts);
    candidatePairs += found.candidatePairs;
    for (const c of found.clusters) clusters.push({ rows: c.rows.map(g), primary: g(c.primary), score: c.score, reasons: c.reasons, confidence: c.confidence });
    onProgress?.(done, table.rows.length);
  }
  clusters.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return {
    clusters,
    candidatePairs,
    sure: clusters.filter((c) => c.confidence === 'sure').length,
    doubtful: clusters.filter((c) => c.confidence === 'doubtful').length,
  };
}
