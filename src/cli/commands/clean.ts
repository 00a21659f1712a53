/**
 * `crm-hygiene clean in.csv`: the same plan as "Clean this sheet" (src/core/plan/index.ts clean()),
 * applied to a file: cleaned file (archived rows removed), archive file, and an HTML report.
 * All three are written to temporary files and renamed into place together.
 */
import { writeFile } from 'node:fs/promises';
import { clean } from '../../core/plan';
import type { Plan } from '../../core/plan/plan-types';
import type { Table } from '../../core/table';
import { buildReportModel } from '../../core/report/report-model';
import { renderHtmlReport } from '../../core/report/html-report';
import { CATALOGUES } from '../../../sidebar/i18n/catalogues';
import type { CliOptions } from '../args';
import { batchedClean, type BatchedPlan } from '../batch/batched-plan';
import { readInput, runNow, type RunContext } from '../context';
import { cleanOutputs, type CleanOutputs } from '../clean-outputs';
import { archiveHeader, archiveRows, keptRows } from '../archive-rows';
import { OutputBatch } from '../output/atomic-write';
import { writeTable } from '../output/write-table';
import { jsonClusters, jsonFindings } from '../sheet-rows';
import { changeLines, countLines, rolesLine } from '../summary';

export async function runClean(opts: CliOptions, ctx: RunContext): Promise<void> {
  const input = await readInput(opts, ctx);
  const { table } = input;
  const outputs = cleanOutputs(opts, input.format);
  const plan = planClean(table, opts, ctx);

  const csv = { delimiter: input.delimiter, bom: input.encoding?.bom };
  const batch = new OutputBatch();
  try {
    ctx.progress.update('writing', 0, 0);
    await writeTable(batch.add(outputs.cleaned), outputs.cleaned, 'Cleaned', table.header, keptRows(plan), csv);
    await writeTable(batch.add(outputs.archive), outputs.archive, 'CRM Archive', archiveHeader(table.header), archiveRows(table, plan), csv);
    const model = buildReportModel(table, plan, {
      file: opts.input,
      generatedAt: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      // A million-row file can have tens of thousands of clusters; the page stays openable.
      maxClusters: 'batching' in plan ? 2000 : undefined,
      outputs: [
        { label: 'report.cleanedFile', path: outputs.cleaned },
        { label: 'report.archiveFile', path: outputs.archive },
      ],
    });
    await writeFile(batch.add(outputs.report), renderHtmlReport(model, { lang: opts.lang, catalogue: CATALOGUES[opts.lang], fallback: CATALOGUES.en }));
    batch.commit();
  } catch (e) {
    batch.abort();
    throw e;
  } finally {
    ctx.progress.done();
  }
  if (opts.json) ctx.out(JSON.stringify(cleanJson(opts.input, table, plan, outputs), null, 2));
  else if (!opts.quiet) ctx.out(cleanSummary(opts.input, table, plan, outputs));
}

/**
 * The whole file in one clean() call (what the add-on does) up to --max-exact-rows; above that,
 * the batched plan (batch/batched-plan.ts), which keeps a million rows within memory and time.
 */
function planClean(table: Table, opts: CliOptions, ctx: RunContext): Plan | BatchedPlan {
  const now = runNow(opts);
  if (opts.maxExactRows > 0 && table.rows.length > opts.maxExactRows) {
    const plan = batchedClean(table, ctx.settings, { now, releaseSoloRows: true, onProgress: (d, t) => ctx.progress.update('cleaning', d, t) });
    ctx.progress.done();
    return plan;
  }
  ctx.progress.update('cleaning', 0, 0);
  const plan = clean(table, ctx.settings, { now });
  ctx.progress.done();
  return plan;
}

export function cleanJson(file: string, table: Table, plan: Plan | BatchedPlan, outputs: CleanOutputs) {
  return {
    file,
    outputs,
    rows: table.rows.length,
    summary: plan.summary,
    score: plan.summary.scoreAfter,
    batching: 'batching' in plan ? plan.batching : null,
    clusters: jsonClusters([...plan.merges.map((m) => m.cluster), ...plan.review]),
    archived: plan.merges.flatMap((m) => m.losers.map((l) => ({ row: l + 2, primary: m.primary + 2, reason: m.reason }))),
    findings: jsonFindings(plan.findings, table.header),
  };
}

function cleanSummary(file: string, table: Table, plan: Plan | BatchedPlan, outputs: CleanOutputs): string {
  const s = plan.summary;
  const changes = [...plan.edits, ...plan.merges.flatMap((m) => m.primaryEdits)].sort((a, b) => a.row - b.row);
  const batching =
    'batching' in plan
      ? [`Large file: planned in ${plan.batching.batches} batches; duplicates searched among the ${plan.batching.linkedRows} rows that share an email or phone (see --max-exact-rows)`]
      : [];
  return [
    `crm-hygiene clean: ${file} (${s.rows} rows, ${table.header.length} columns)`,
    rolesLine(table.header, plan.roles),
    ...batching,
    `Quality score: ${s.scoreBefore} -> ${s.scoreAfter} (0-100)`,
    `Changed cells: ${s.changes}`,
    ...changeLines(changes, s.changesByRule),
    `Duplicates: ${s.merged} clusters merged, ${s.archived} rows archived, ${s.review} clusters left for review`,
    `Findings still to look at: ${plan.findings.length}`,
    ...countLines(new Map(Object.entries(s.findingsByKind).map(([k, n]) => [k, n ?? 0]))),
    `Wrote ${outputs.cleaned}`,
    `Wrote ${outputs.archive}`,
    `Report: ${outputs.report}`,
  ].join('\n');
}
