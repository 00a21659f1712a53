/** `crm-hygiene dedupe in.csv [--json]`: duplicate clusters with reasons; writes nothing. */
import { findDuplicates, type DedupeResult } from '../../core/dedupe/index';
import { normalizeTable, resolveRoles } from '../../core/normalize/normalize-table';
import { effectiveDefaultCountry } from '../../core/settings/effective';
import { columnRoleReport } from '../../core/dedupe/report';
import type { CliOptions } from '../args';
import { batchedDedupe } from '../batch/batched-dedupe';
import { readInput, type RunContext } from '../context';
import { jsonClusters } from '../sheet-rows';

export async function runDedupe(opts: CliOptions, ctx: RunContext): Promise<void> {
  const { source, store, sheetRow } = await readInput(opts, ctx);
  const header = source.header;
  const s = ctx.settings;
  ctx.progress.update('finding duplicates', 0, 0);
  const options = {
    sureScore: s.sureMatchScore,
    reviewScore: s.reviewMatchScore,
    defaultCountry: effectiveDefaultCountry(s),
    firstRow: sheetRow(0),
  };
  // Same rule as clean: one piece up to --max-exact-rows, linked batches above.
  const large = opts.maxExactRows > 0 && store.length > opts.maxExactRows;
  const found: DedupeResult = large ? batchedDedupe(header, store, s, options, (d, t) => ctx.progress.update('finding duplicates', d, t)) : wholeTable();
  function wholeTable(): DedupeResult {
    // Match on normalized values, exactly as "Clean this sheet" does (gmail.cmo fixed, E.164 phones).
    const norm = normalizeTable({ header, rows: store.pick(Array.from({ length: store.length }, (_, i) => i)) }, s);
    return findDuplicates({ header, rows: norm.rows }, norm.roles, options);
  }
  ctx.progress.done();
  const clusters = jsonClusters(found.clusters, sheetRow);
  const sure = clusters.filter((c) => c.confidence === 'sure').length;
  // The columns the matching read, so a wrong guess ("Middle Name" as the name) shows.
  const roles = columnRoleReport(header, resolveRoles({ header, rows: store.pick(Array.from({ length: Math.min(store.length, 50) }, (_, i) => i)) }, s));
  if (opts.json) {
    const report = { clusters, candidatePairs: found.candidatePairs, sure, doubtful: clusters.length - sure };
    ctx.out(JSON.stringify({ file: opts.input, rows: store.length, roles, ...report }, null, 2));
    return;
  }
  if (opts.quiet) return;
  const lines = [
    `crm-hygiene dedupe: ${opts.input} (${store.length} rows)`,
    `Columns: ${roles.map((r) => `${r.header} = ${r.role ?? '(not used)'}`).join(', ')}`,
    `Duplicate clusters: ${clusters.length} (${sure} sure, ${clusters.length - sure} for review; ${found.candidatePairs} pairs compared)`,
  ];
  for (const c of clusters) {
    lines.push(`  rows ${c.rows.join(', ')} -> keep ${c.primary} (${c.confidence}, score ${c.score.toFixed(2)})`);
    for (const r of c.reasons) lines.push(`      ${r}`);
  }
  ctx.out(lines.join('\n'));
}
