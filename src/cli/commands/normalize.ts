/**
 * `crm-hygiene normalize in.csv -o out.csv`: every recognised column normalized, nothing merged.
 * Streams: rows are read, normalized 10,000 at a time and written out with their change-log
 * lines, so memory stays flat however long the file (an XLSX input is held as a workbook, which
 * its output carries through). Only counts and a few examples per rule are kept for the summary.
 */
import { normalizeTable, resolveRoles, type CellChange } from '../../core/normalize/normalize-table';
import { RunMemo } from '../../core/normalize/run-memo';
import type { Settings } from '../../core/settings';
import type { Cell } from '../../core/table';
import type { CliOptions } from '../args';
import { openSource, type RunContext } from '../context';
import { normalizeOutputs } from '../output-paths';
import { OutputBatch } from '../output/atomic-write';
import { changesOutput, tableOutput } from '../output/outputs';
import { changeLines, countLines, rolesLine } from '../summary';

const CHUNK = 10000;
const EXAMPLES = 2;

export async function runNormalize(opts: CliOptions, ctx: RunContext): Promise<void> {
  const { source, sheetRow } = await openSource(opts, ctx);
  const paths = normalizeOutputs(opts, source.format);
  const batch = new OutputBatch();
  const [outputTmp, changesTmp] = batch.reserve(paths.output, paths.changes) as [string, string];
  const out = tableOutput(outputTmp, paths.output, 'Normalized', source);
  const log = changesOutput(changesTmp, source, sheetRow);
  const examples: CellChange[] = [];
  const byRule: Record<string, number> = {};
  // Every chunk is normalized with the same settings: the file's countries, titles, names and
  // dates are read once for the whole run.
  const memo = new RunMemo();
  const findings = new Map<string, number>();
  let changes = 0;
  let findingCount = 0;
  let rowCount = 0;
  let settings: Settings | null = null;
  const width = source.header.length;
  const formulas = source.book?.formulas;

  const flush = async (rows: Cell[][], start: number): Promise<void> => {
    // Roles come from the header and the first rows, once, so every chunk reads columns alike.
    settings ??= { ...ctx.settings, roles: resolveRoles({ header: source.header, rows }, ctx.settings) };
    const isProtected = formulas ? (r: number, c: number) => formulas.has((start + r) * width + c) : undefined;
    const chunk = normalizeTable({ header: source.header, rows }, settings, { isProtected, memo });
    const byRow = new Map<number, CellChange[]>();
    for (const c of chunk.changes) {
      // The chunk's changes are this run's own: numbered as file rows in place.
      c.row += start;
      const seen = byRule[c.rule] ?? 0;
      byRule[c.rule] = seen + 1;
      if (seen < EXAMPLES) examples.push(c);
      out.changed(c);
      const list = byRow.get(c.row);
      if (list) list.push(c);
      else byRow.set(c.row, [c]);
    }
    for (let i = 0; i < chunk.rows.length; i++) {
      // The writers hand back a promise only when their file must catch up.
      const kept = out.keep(start + i, chunk.rows[i] as Cell[]);
      if (kept) await kept;
      const logged = log.add(byRow.get(start + i) ?? []);
      if (logged) await logged;
    }
    changes += chunk.changes.length;
    for (const f of chunk.findings) findings.set(`${f.role} ${f.flag}`, (findings.get(`${f.role} ${f.flag}`) ?? 0) + 1);
    findingCount += chunk.findings.length;
  };

  try {
    let rows: Cell[][] = [];
    for await (const row of source.rows) {
      rows.push(row);
      if (rows.length === CHUNK) {
        await flush(rows, rowCount);
        rowCount += rows.length;
        rows = [];
      }
    }
    if (rows.length || rowCount === 0) await flush(rows, rowCount);
    rowCount += rows.length;
    ctx.progress.update('writing', 0, 0);
    await batch.write(paths.output, () => out.close());
    await batch.write(paths.changes, () => log.close());
    batch.commit();
  } catch (e) {
    batch.abort();
    throw e;
  } finally {
    ctx.progress.done();
  }
  const roles = settings ? (settings as Settings).roles ?? [] : [];
  if (opts.json) {
    const summary = {
      file: opts.input,
      output: paths.output,
      changesFile: paths.changes,
      rows: rowCount,
      roles: Object.fromEntries(source.header.map((h, i) => [h, roles[i] ?? null])),
      changes,
      changesByRule: byRule,
      findingsByKind: Object.fromEntries(findings),
    };
    ctx.out(JSON.stringify(summary, null, 2));
    return;
  }
  if (opts.quiet) return;
  const lines = [
    `crm-hygiene normalize: ${opts.input} (${rowCount} rows, ${source.header.length} columns${source.encoding ? `, ${source.encoding.encoding}` : ''})`,
    rolesLine(source.header, roles),
    `Changed cells: ${changes}`,
    ...changeLines(examples, sheetRow, byRule),
    `Findings (need a person): ${findingCount}`,
    ...countLines(findings),
    `Wrote ${paths.output}`,
    `Change log: ${paths.changes}`,
  ];
  ctx.out(lines.join('\n'));
}
