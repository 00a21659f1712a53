/** `crm-hygiene normalize in.csv -o out.csv`: every recognised column normalized, nothing merged. */
import { normalizeTable } from '../../core/normalize-table';
import type { CliOptions } from '../args';
import type { RunContext } from '../context';
import { readInput, defaultOutput } from '../context';
import { OutputBatch } from '../output/atomic-write';
import { writeTable } from '../output/write-table';
import { changeLines, countBy, countLines, rolesLine } from '../summary';

export async function runNormalize(opts: CliOptions, ctx: RunContext): Promise<void> {
  const input = await readInput(opts, ctx);
  const { table } = input;
  ctx.progress.update('normalizing', 0, 0);
  const result = normalizeTable(table, ctx.settings);
  ctx.progress.done();
  const output = opts.output ?? defaultOutput(opts.input, 'normalized', input.format);
  const batch = new OutputBatch();
  try {
    await writeTable(batch.add(output), output, 'Normalized', table.header, result.rows, { delimiter: input.delimiter, bom: input.encoding?.bom });
    batch.commit();
  } catch (e) {
    batch.abort();
    throw e;
  }
  const findings = countBy(result.findings, (f) => `${f.role} ${f.flag}`);
  if (opts.json) {
    ctx.out(
      JSON.stringify(
        {
          file: opts.input,
          output,
          rows: table.rows.length,
          roles: Object.fromEntries(table.header.map((h, i) => [h, result.roles[i] ?? null])),
          changes: result.changes.length,
          changesByRule: Object.fromEntries(countBy(result.changes, (c) => c.rule)),
          findingsByKind: Object.fromEntries(findings),
        },
        null,
        2,
      ),
    );
    return;
  }
  if (opts.quiet) return;
  const lines = [
    `crm-hygiene normalize: ${opts.input} (${table.rows.length} rows, ${table.header.length} columns${input.encoding ? `, ${input.encoding.encoding}` : ''})`,
    rolesLine(table.header, result.roles),
    `Changed cells: ${result.changes.length}`,
    ...changeLines(result.changes),
    `Findings (need a person): ${result.findings.length}`,
    ...countLines(findings),
    `Wrote ${output}`,
  ];
  ctx.out(lines.join('\n'));
}
