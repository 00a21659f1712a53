/**
 * Audit of a file larger than --max-exact-rows: the same batches as the batched clean (rows that
 * share an email or phone together), each through the same audit() as the add-on; duplicate
 * search only where rows are linked. Findings keep their `why`; the batches' affected rows per
 * score dimension add up (see core/audit/score.ts).
 */
import { audit, type AuditReport } from '../../core/audit/index';
import { resolveRoles } from '../../core/normalize/normalize-table';
import type { Settings } from '../../core/settings';
import type { Table } from '../../core/table';
import { combinedScore } from '../../core/audit/score';
import { planBatches } from './batches';

export function batchedAudit(table: Table, settingsIn: Settings, now: Date | undefined, onProgress?: (d: number, t: number) => void): AuditReport {
  const roles = resolveRoles(table, settingsIn);
  const settings: Settings = { ...settingsIn, roles };
  const batches = planBatches(table.rows, roles, 10000, 500);
  const out: AuditReport = { rows: table.rows.length, score: 100, scoreParts: [], reformattable: 0, findings: [], counts: {}, rowsByKind: {}, flaggedRows: 0, byColumn: [], roles, clusters: [] };
  const byColumn = new Map<number, AuditReport['byColumn'][number]>();
  let done = 0;
  const pieces: AuditReport[] = [];
  for (const batch of batches) {
    const g = (i: number): number => batch.rows[i] as number;
    const rep = audit({ header: table.header, rows: batch.rows.map((r) => table.rows[r] ?? []) }, settings, { now, duplicates: batch.dedupe ? undefined : false });
    for (const f of rep.findings) out.findings.push({ ...f, row: g(f.row) });
    for (const c of rep.clusters) out.clusters.push({ ...c, rows: c.rows.map(g), primary: g(c.primary), pairs: c.pairs.map((p) => ({ ...p, a: g(p.a), b: g(p.b) })) });
    for (const [k, n] of Object.entries(rep.counts)) out.counts[k as keyof typeof out.counts] = (out.counts[k as keyof typeof out.counts] ?? 0) + (n ?? 0);
    for (const [k, n] of Object.entries(rep.rowsByKind)) out.rowsByKind[k as keyof typeof out.rowsByKind] = (out.rowsByKind[k as keyof typeof out.rowsByKind] ?? 0) + (n ?? 0);
    out.flaggedRows += rep.flaggedRows;
    out.reformattable += rep.reformattable;
    pieces.push(rep);
    for (const c of rep.byColumn) {
      const acc = byColumn.get(c.column) ?? { column: c.column, header: c.header, count: 0, byKind: {} };
      acc.count += c.count;
      for (const [k, n] of Object.entries(c.byKind)) acc.byKind[k as keyof typeof acc.byKind] = (acc.byKind[k as keyof typeof acc.byKind] ?? 0) + (n ?? 0);
      byColumn.set(c.column, acc);
    }
    done += batch.rows.length;
    onProgress?.(done, table.rows.length);
  }
  out.findings.sort((a, b) => a.row - b.row);
  out.clusters.sort((a, b) => a.primary - b.primary);
  out.byColumn = [...byColumn.values()].sort((a, b) => a.column - b.column);
  ({ score: out.score, parts: out.scoreParts } = combinedScore(pieces));
  return out;
}
