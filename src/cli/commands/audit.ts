/** `crm-hygiene audit in.csv [--json]`: findings and a quality score; writes nothing. */
import { audit } from '../../core/audit/index';
import type { CliOptions } from '../args';
import { batchedAudit } from '../batch/batched-audit';
import { readInput, runNow, type RunContext } from '../context';
import { jsonClusters, jsonFindings } from '../sheet-rows';
import { countLines } from '../summary';

export async function runAudit(opts: CliOptions, ctx: RunContext): Promise<void> {
  const { table } = await readInput(opts, ctx);
  const now = runNow(opts);
  // Same rule as clean: one piece up to --max-exact-rows (exactly the add-on's audit), batches above.
  const large = opts.maxExactRows > 0 && table.rows.length > opts.maxExactRows;
  ctx.progress.update('auditing', 0, 0);
  const report = large ? batchedAudit(table, ctx.settings, now, (d, t) => ctx.progress.update('auditing', d, t)) : audit(table, ctx.settings, { now });
  ctx.progress.done();
  if (opts.json) {
    ctx.out(
      JSON.stringify(
        {
          file: opts.input,
          rows: report.rows,
          score: report.score,
          flaggedRows: report.flaggedRows,
          counts: report.counts,
          rowsByKind: report.rowsByKind,
          byColumn: report.byColumn.map((c) => ({ column: c.header, count: c.count, byKind: c.byKind })),
          findings: jsonFindings(report.findings, table.header),
          clusters: jsonClusters(report.clusters),
        },
        null,
        2,
      ),
    );
    return;
  }
  if (opts.quiet) return;
  ctx.out(
    [
      `crm-hygiene audit: ${opts.input} (${report.rows} rows)`,
      `Quality score: ${report.score}/100 · ${report.flaggedRows} rows need a look`,
      'Findings by kind:',
      ...countLines(new Map(Object.entries(report.counts).map(([k, n]) => [k, n ?? 0]))),
      'Findings by column:',
      ...countLines(new Map(report.byColumn.map((c) => [c.header, c.count]))),
      `Duplicate clusters: ${report.clusters.length} (run "crm-hygiene dedupe" for details)`,
    ].join('\n'),
  );
}
