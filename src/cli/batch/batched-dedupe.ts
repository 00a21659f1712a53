/**
 * Duplicate search in a file larger than --max-exact-rows: only the linked batches (rows that
 * share an email or phone, see batches.ts) are searched, each with the same matcher as the
 * add-on, on normalized values. Clusters come back with row indices of the whole file.
 */
import { findDuplicates, type DedupeResult } from '../../core/dedupe/index';
import type { DedupeOptions, DuplicateCluster } from '../../core/dedupe/types';
import { normalizeTable, resolveRoles } from '../../core/normalize/normalize-table';
import type { Settings } from '../../core/settings';
import type { RowStore } from '../rows/row-store';
import { planBatches } from './batches';
import { remapCluster } from './remap';
import { storedRowKeyer } from './row-keys';
import { rowNumbering } from '../sheet-rows';

export function batchedDedupe(header: string[], store: RowStore, settingsIn: Settings, opts: DedupeOptions, onProgress?: (d: number, t: number) => void): DedupeResult {
  const n = store.length;
  const roles = resolveRoles({ header, rows: store.pick(Array.from({ length: Math.min(50, n) }, (_, i) => i)) }, settingsIn);
  const settings: Settings = { ...settingsIn, roles };
  const clusters: DuplicateCluster[] = [];
  let candidatePairs = 0;
  let done = 0;
  const fileRow = rowNumbering(settings.headerRow);
  const plan = planBatches(n, storedRowKeyer(store, roles), 500);
  for (const batch of plan.linked) {
    const norm = normalizeTable({ header, rows: store.pick(batch.rows) }, settings);
    const found = findDuplicates({ header, rows: norm.rows }, roles, { ...opts, rowNumber: (i) => fileRow(batch.rows[i] as number), population: n, group: (i) => plan.groupOf(batch.rows[i] as number) });
    candidatePairs += found.candidatePairs;
    for (const c of found.clusters) clusters.push(remapCluster(c, (i) => batch.rows[i] as number));
    done += batch.rows.length;
    onProgress?.(done, n);
  }
  clusters.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return { clusters, candidatePairs };
}
