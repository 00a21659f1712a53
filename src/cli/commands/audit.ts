/** `crm-hygiene audit in.csv [--json]`: findings and a quality score; writes nothing. */
import type { CliOptions } from '../args';
import { auditBatched, auditWhole } from '../batch/batched-audit';
import { readInput, runNow, type RunContext } from '../context';
import { jsonClusters, jsonFindings } from '../sheet-rows';
import { countLines } from '../summary';

export async function runAudit(opts: CliOptions, ctx: RunContext): Promise<void> {
  const { source, store, sheetRow } = await readInput(opts, ctx);
  const src = {
    header: source.header,
    store,
    settings: ctx.settings,
    now: runNow(opts),
    // The sentence of each finding is printed only in the JSON report.
    keepWhy: opts.json,
    onProgress: (d: number, t: number) => ctx.progress.update('auditing', d, t),
  };
  // Same rule as clean: one piece up to --max-exact-rows (exactly the add-on's audit), batches above.
  const large = opts.maxExactRows > 0 && store.length > opts.maxExactRows;
  ctx.progress.update('auditing', 0, 0);
  const report = large ? auditBatched(src) : auditWhole(src);
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
          findings: jsonFindings([...report.findings], source.header, sheetRow),
          clusters: jsonClusters(report.clusters, sheetRow),
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
