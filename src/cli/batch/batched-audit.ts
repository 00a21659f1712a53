/**
 * Audit of a file larger than --max-exact-rows: rows that share an email or phone are audited
 * together, in batches, with the duplicate check; all other rows in 10,000-row chunks without it
 * (nothing to find). Each batch goes through the same audit() as the add-on. Counts add up over
 * the disjoint batches, and so do the rows each score dimension affects (see
 * core/audit/score.ts combinedScore). Findings are kept compactly; their `why` only when asked for.
 */
import { audit, type AuditReport } from '../../core/audit/index';
import type { DuplicateCluster } from '../../core/dedupe/types';
import { RunMemo } from '../../core/normalize/run-memo';
import { resolveRoles } from '../../core/normalize/normalize-table';
import type { FindingKind } from '../../core/audit/findings';
import type { Settings } from '../../core/settings';
import type { ColumnRoles } from '../../core/table';
import { FindingList } from '../rows/finding-list';
import type { RowStore } from '../rows/row-store';
import { combinedScore, type ScorePart } from '../../core/audit/score';
import { planBatches } from './batches';
import { remapCluster, type RowMap } from './remap';
import { storedRowKeyer } from './row-keys';
import { rowNumbering } from '../sheet-rows';

export interface AuditTotals {
  rows: number;
  score: number;
  scoreParts: ScorePart[];
  flaggedRows: number;
  counts: Partial<Record<FindingKind, number>>;
  rowsByKind: Partial<Record<FindingKind, number>>;
  byColumn: AuditReport['byColumn'];
  findings: FindingList;
  clusters: DuplicateCluster[];
  roles: ColumnRoles;
}

function addCounts<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const [k, n] of Object.entries(from) as Array<[K, number | undefined]>) into[k] = (into[k] ?? 0) + (n ?? 0);
}

class AuditBuilder {
  readonly t: AuditTotals;
  private readonly pieces: Array<{ rows: number; scoreParts: readonly ScorePart[] }> = [];
  private readonly columns = new Map<number, AuditReport['byColumn'][number]>();

  constructor(rows: number, roles: ColumnRoles, keepWhy: boolean) {
    this.t = { rows, score: 100, scoreParts: [], flaggedRows: 0, counts: {}, rowsByKind: {}, byColumn: [], findings: new FindingList(keepWhy), clusters: [], roles };
  }

  add(rep: AuditReport, g: RowMap): void {
    for (const f of rep.findings) this.t.findings.push(f, g(f.row));
    for (const c of rep.clusters) this.t.clusters.push(remapCluster({ ...c, pairs: [] }, g));
    addCounts(this.t.counts, rep.counts);
    addCounts(this.t.rowsByKind, rep.rowsByKind);
    this.t.flaggedRows += rep.flaggedRows;
    this.pieces.push({ rows: rep.rows, scoreParts: rep.scoreParts });
    for (const c of rep.byColumn) {
      const acc = this.columns.get(c.column) ?? { column: c.column, header: c.header, count: 0, byKind: {} };
      acc.count += c.count;
      addCounts(acc.byKind, c.byKind);
      this.columns.set(c.column, acc);
    }
  }

  done(): AuditTotals {
    const t = this.t;
    t.findings.sort();
    t.clusters.sort((a, b) => a.primary - b.primary);
    t.byColumn = [...this.columns.values()].sort((a, b) => a.column - b.column);
    ({ score: t.score, parts: t.scoreParts } = combinedScore(this.pieces));
    return t;
  }
}

export interface AuditSource {
  header: string[];
  store: RowStore;
  settings: Settings;
  now?: Date;
  keepWhy: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** The whole file in one audit(), exactly the add-on's. */
export function auditWhole(src: AuditSource): AuditTotals {
  const all = Array.from({ length: src.store.length }, (_, i) => i);
  const rep = audit({ header: src.header, rows: src.store.pick(all) }, src.settings, { now: src.now });
  const b = new AuditBuilder(all.length, rep.roles, src.keepWhy);
  b.add(rep, (i) => i);
  return b.done();
}

export function auditBatched(src: AuditSource): AuditTotals {
  const { store, header } = src;
  const n = store.length;
  const roles = resolveRoles({ header, rows: store.pick(Array.from({ length: Math.min(50, n) }, (_, i) => i)) }, src.settings);
  const settings: Settings = { ...src.settings, roles };
  const plan = planBatches(n, storedRowKeyer(store, roles), 500);
  const b = new AuditBuilder(n, roles, src.keepWhy);
  let done = 0;
  const fileRow = rowNumbering(settings.headerRow);
  // One memo for every batch: the file's countries, titles, names and dates are read once.
  const memo = new RunMemo();
  // Only rows linked by a shared key are compared: the batch's other rows are there by chance.
  const group = (rows: number[]) => (i: number) => plan.groupOf(rows[i] as number);
  const run = (rows: number[], duplicates: boolean): void => {
    // Sentences ("possible duplicate of row 7") name the file's rows, not the batch's.
    const rowNumber = (i: number): number => fileRow(rows[i] as number);
    const rep = audit({ header, rows: store.pick(rows) }, settings, { now: src.now, duplicates: duplicates ? undefined : false, rowNumber, population: n, group: duplicates ? group(rows) : undefined, memo });
    b.add(rep, (i) => rows[i] as number);
    done += rows.length;
    src.onProgress?.(done, n);
  };
  for (const batch of plan.linked) run(batch.rows, true);
  let solo: number[] = [];
  for (let r = 0; r < n; r++) {
    if (!plan.isSolo(r)) continue;
    solo.push(r);
    if (solo.length === 10000) {
      run(solo, false);
      solo = [];
    }
  }
  if (solo.length) run(solo, false);
  return b.done();
}
