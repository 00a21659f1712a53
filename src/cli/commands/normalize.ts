/** `crm-hygiene normalize in.csv -o out.csv`: every recognised column normalized, nothing merged. */
import { normalizeTable, resolveRoles, type CellChange } from '../../core/normalize/normalize-table';
import type { Cell } from '../../core/table';
import type { CliOptions } from '../args';
import type { RunContext } from '../context';
import { readInput, defaultOutput } from '../context';
import { OutputBatch } from '../output/atomic-write';
import { writeTable } from '../output/write-table';
import { changeLines, countLines, rolesLine } from '../summary';

// Normalizing in chunks keeps memory flat on huge files: only counts and a few examples of the
// change log are kept, never millions of CellChange objects.
const CHUNK = 10000;
const EXAMPLES = 2;

export async function runNormalize(opts: CliOptions, ctx: RunContext): Promise<void> {
  const input = await readInput(opts, ctx);
  const { table } = input;
  const roles = resolveRoles(table, ctx.settings);
  const settings = { ...ctx.settings, roles };
  const rows: Cell[][] = new Array(table.rows.length);
  const examples: CellChange[] = [];
  const byRule: Record<string, number> = {};
  const findings = new Map<string, number>();
  let changes = 0;
  let findingCount = 0;
  for (let start = 0; start < table.rows.length; start += CHUNK) {
    const chunk = normalizeTable({ header: table.header, rows: table.rows.slice(start, start + CHUNK) }, settings);
    chunk.rows.forEach((row, i) => (rows[start + i] = row));
    for (const c of chunk.changes) {
      byRule[c.rule] = (byRule[c.rule] ?? 0) + 1;
      if (examples.filter((e) => e.rule === c.rule).length < EXAMPLES) examples.push({ ...c, row: c.row + start });
    }
    changes += chunk.changes.length;
    for (const f of chunk.findings) {
      const key = `${f.role} ${f.flag}`;
      findings.set(key, (findings.get(key) ?? 0) + 1);
    }
    findingCount += chunk.findings.length;
    ctx.progress.update('normalizing', Math.min(start + CHUNK, table.rows.length), table.rows.length);
  }
  ctx.progress.done();
  const output = opts.output ?? defaultOutput(opts.input, 'normalized', input.format);
  const batch = new OutputBatch();
  try {
    await writeTable(batch.add(output), output, 'Normalized', table.header, rows, { delimiter: input.delimiter, bom: input.encoding?.bom });
    batch.commit();
  } catch (e) {
    batch.abort();
    throw e;
  }
  if (opts.json) {
    const summary = {
      file: opts.input,
      output,
      rows: table.rows.length,
      roles: Object.fromEntries(table.header.map((h, i) => [h, roles[i] ?? null])),
      changes,
      changesByRule: byRule,
      findingsByKind: Object.fromEntries(findings),
    };
    ctx.out(JSON.stringify(summary, null, 2));
    return;
  }
  if (opts.quiet) return;
  const lines = [
    `crm-hygiene normalize: ${opts.input} (${table.rows.length} rows, ${table.header.length} columns${input.encoding ? `, ${input.encoding.encoding}` : ''})`,
    rolesLine(table.header, roles),
    `Changed cells: ${changes}`,
    ...changeLines(examples, byRule),
    `Findings (need a person): ${findingCount}`,
    ...countLines(findings),
    `Wrote ${output}`,
  ];
  ctx.out(lines.join('\n'));
}
