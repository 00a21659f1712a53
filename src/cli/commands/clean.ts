/**
 * `crm-hygiene clean in.csv`: the same plan as "Clean this sheet" (src/core/plan/index.ts clean()),
 * applied to a file: the cleaned file (archived rows removed), the archive file, changes.csv
 * (every changed cell with its original value) and an HTML report, written all or none.
 */
import { writeFile } from 'node:fs/promises';
import { buildReportModel } from '../../core/report/report-model';
import { renderHtmlReport } from '../../core/report/html-report';
import type { Plan } from '../../core/plan/plan-types';
import type { Cell } from '../../core/table';
import { CATALOGUES } from '../../../sidebar/i18n/catalogues';
import type { CliOptions } from '../args';
import { cleanBatched, cleanWhole, type Batching, type OutcomeSink, type PlanSource } from '../batch/batched-plan';
import type { CleanTotals } from '../clean/clean-totals';
import { readInput, runNow, type RunContext, type StoredInput } from '../context';
import { cleanOutputs, type CleanOutputs } from '../output-paths';
import { OutputBatch } from '../output/atomic-write';
import { archiveOutput, changesOutput, tableOutput } from '../output/outputs';
import { jsonClusters, jsonFindings, type RowNumber } from '../sheet-rows';
import { changeLines, countLines, rolesLine } from '../summary';

type CleanResult = CleanTotals & { batching?: Batching };

export async function runClean(opts: CliOptions, ctx: RunContext): Promise<void> {
  const input = await readInput(opts, ctx);
  const { source, store, sheetRow } = input;
  const paths = cleanOutputs(opts, source.format);
  const batch = new OutputBatch();
  const [cleanedTmp, archiveTmp, changesTmp, reportTmp] = batch.reserve(paths.cleaned, paths.archive, paths.changes, paths.report) as [string, string, string, string];
  const cleaned = tableOutput(cleanedTmp, paths.cleaned, 'Cleaned', source);
  const archive = archiveOutput(archiveTmp, paths.archive, source, (i) => store.get(i), sheetRow);
  const log = changesOutput(changesTmp, source, sheetRow);

  const sink: OutcomeSink = {
    // Synchronous unless a file must catch up: a promise per row costs seconds on a million rows.
    emit(i, o) {
      let placed: Promise<void> | void;
      if (o.row === null) {
        cleaned.drop(i);
        placed = archive.add(i, o.archived?.primary ?? i, o.archived?.reason ?? '');
      } else placed = cleaned.keep(i, o.row);
      let logged: Promise<void> | void;
      if (o.changesText !== undefined) logged = log.addText(o.changesText);
      else {
        for (const c of o.changes) cleaned.changed(c);
        logged = log.add(o.changes);
      }
      if (placed || logged) return Promise.all([placed, logged]).then(() => undefined);
    },
    defer(o) {
      for (const c of o.changes) cleaned.changed(c);
      return log.render(o.changes);
    },
  };
  let result: CleanResult;
  try {
    const width = source.header.length;
    const formulas = source.book?.formulas;
    const src: PlanSource = {
      header: source.header,
      store,
      settings: ctx.settings,
      now: runNow(opts),
      isProtected: formulas ? (r, c) => formulas.has(r * width + c) : undefined,
      onProgress: (d, t) => ctx.progress.update('cleaning', d, t),
    };
    // The whole file in one clean() (what the add-on does) up to --max-exact-rows; batches above.
    const large = opts.maxExactRows > 0 && store.length > opts.maxExactRows;
    ctx.progress.update('cleaning', 0, 0);
    result = large ? await cleanBatched(src, sink) : await cleanWhole(src, sink);
    ctx.progress.update('writing', 0, 0);
    await batch.write(paths.cleaned, () => cleaned.close());
    await batch.write(paths.archive, () => archive.close());
    await batch.write(paths.changes, () => log.close());
    const report = renderHtmlReport(buildReportModel(reportTable(input, result), reportPlan(result), {
      file: opts.input,
      firstRow: sheetRow(0),
      generatedAt: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      // A million-row file can have tens of thousands of clusters; the page stays openable.
      maxClusters: result.batching ? 2000 : undefined,
      outputs: [
        { label: 'report.cleanedFile', path: paths.cleaned },
        { label: 'report.archiveFile', path: paths.archive },
        { label: 'report.changesFile', path: paths.changes },
      ],
    }), { lang: opts.lang, catalogue: CATALOGUES[opts.lang], fallback: CATALOGUES.en });
    await batch.write(paths.report, () => writeFile(reportTmp, report));
    batch.commit();
  } catch (e) {
    batch.abort();
    throw e;
  } finally {
    ctx.progress.done();
  }
  if (opts.json) ctx.out(JSON.stringify(cleanJson(opts.input, result, paths, source.header, sheetRow), null, 2));
  else if (!opts.quiet) ctx.out(cleanSummary(opts.input, source.header, result, paths, sheetRow));
}

/** The rows the report shows (members of the clusters it lists), as read. */
function reportTable(input: StoredInput, result: CleanResult): { header: string[]; rows: Cell[][] } {
  const rows: Cell[][] = new Array<Cell[]>(input.store.length);
  for (const c of [...result.merges.map((m) => m.cluster), ...result.review].slice(0, 2000)) {
    for (const r of c.rows) rows[r] = input.store.get(r);
  }
  return { header: input.source.header, rows };
}

/** The report reads a Plan; a clean of a large file keeps only what the report shows. */
function reportPlan(result: CleanResult): Plan {
  return {
    roles: result.roles,
    edits: result.examples,
    merges: result.merges.map((m) => ({ ...m, primaryEdits: [], merge: { row: [], filled: [], kept: [], note: '' } })),
    review: result.review,
    findings: [...result.findings],
    rows: [],
    summary: result.summary,
  };
}

export function cleanJson(file: string, result: CleanResult, outputs: CleanOutputs, header: readonly string[], sheetRow: RowNumber) {
  return {
    file,
    outputs,
    rows: result.summary.rows,
    summary: result.summary,
    score: result.summary.scoreAfter,
    batching: result.batching ?? null,
    clusters: jsonClusters([...result.merges.map((m) => m.cluster), ...result.review], sheetRow),
    archived: result.merges.flatMap((m) => m.losers.map((l) => ({ row: sheetRow(l), primary: sheetRow(m.primary), reason: m.reason }))),
    findings: jsonFindings([...result.findings], header, sheetRow),
  };
}

function cleanSummary(file: string, header: readonly string[], result: CleanResult, outputs: CleanOutputs, sheetRow: RowNumber): string {
  const s = result.summary;
  const batching = result.batching
    ? [`Large file: planned in ${result.batching.batches} batches; duplicates searched among the ${result.batching.linkedRows} rows that share an email or phone (see --max-exact-rows)`]
    : [];
  return [
    `crm-hygiene clean: ${file} (${s.rows} rows, ${header.length} columns)`,
    rolesLine(header, result.roles),
    ...batching,
    `Quality score: ${s.scoreBefore} -> ${s.scoreAfter} (0-100)`,
    `Changed cells: ${s.changes}`,
    ...changeLines(result.examples, sheetRow, s.changesByRule),
    `Duplicates: ${s.merged} clusters merged, ${s.archived} rows archived, ${s.review} clusters left for review`,
    `Findings still to look at: ${result.findings.length}`,
    ...countLines(new Map(Object.entries(s.findingsByKind).map(([k, n]) => [k, n ?? 0]))),
    `Wrote ${outputs.cleaned}`,
    `Wrote ${outputs.archive}`,
    `Change log: ${outputs.changes}`,
    `Report: ${outputs.report}`,
  ].join('\n');
}
