/** `crm-hygiene dedupe in.csv [--json]`: duplicate clusters with reasons; writes nothing. */
import { columnRoleReport, dedupeReport } from '../../core/dedupe/report';
import { normalizeTable, resolveRoles } from '../../core/normalize-table';
import { regionFromLocale } from '../../core/settings';
import type { CliOptions } from '../args';
import { batchedDedupe } from '../batch/batched-dedupe';
import { readInput, type RunContext } from '../context';

export async function runDedupe(opts: CliOptions, ctx: RunContext): Promise<void> {
  const { table } = await readInput(opts, ctx);
  const s = ctx.settings;
  ctx.progress.update('finding duplicates', 0, 0);
  const options = {
    sureScore: s.sureMatchScore,
    reviewScore: s.reviewMatchScore,
    defaultCountry: s.defaultCountry?.toUpperCase() || regionFromLocale(s.locale),
  };
  // Same rule as clean: one piece up to --max-exact-rows, linked batches above.
  const large = opts.maxExactRows > 0 && table.rows.length > opts.maxExactRows;
  const report = large ? batchedDedupe(table, s, options, (d, t) => ctx.progress.update('finding duplicates', d, t)) : wholeTable();
  function wholeTable() {
    // Match on normalized values, exactly as "Clean this sheet" does (gmail.cmo fixed, E.164 phones).
    const norm = normalizeTable(table, s);
    return dedupeReport({ header: table.header, rows: norm.rows }, norm.roles, options);
  }
  ctx.progress.done();
  // The columns the matching read, so a wrong guess ("Middle Name" as the name) shows.
  const roles = columnRoleReport(table.header, resolveRoles(table, s));
  if (opts.json) {
    ctx.out(JSON.stringify({ file: opts.input, rows: table.rows.length, roles, ...report }, null, 2));
    return;
  }
  if (opts.quiet) return;
  const lines = [
    `crm-hygiene dedupe: ${opts.input} (${table.rows.length} rows)`,
    `Columns: ${roles.map((r) => `${r.header} = ${r.role ?? '(not used)'}`).join(', ')}`,
    `Duplicate clusters: ${report.clusters.length} (${report.sure} sure, ${report.doubtful} for review; ${report.candidatePairs} pairs compared)`,
  ];
  for (const c of report.clusters) {
    lines.push(`  rows ${c.rows.join(', ')} -> keep ${c.primary} (${c.confidence}, score ${c.score.toFixed(2)})`);
    for (const r of c.reasons) lines.push(`      ${r}`);
  }
  ctx.out(lines.join('\n'));
}
