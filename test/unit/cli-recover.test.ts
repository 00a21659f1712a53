// Property (issue 11): for every cell of the input, the outputs of `clean` alone give it back:
// an archived row is in the archive exactly as read; a kept row is in the cleaned file in order,
// where a changed cell's original is the `before` of its line in changes.csv. Generated
// 12-column CRM files in six languages, several seeds, planned whole and in linked batches.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { generateWideCrm } from '../../bench/lib/gen-crm-wide';
import { mulberry32 } from '../../bench/lib/gen-crm';
import { unescapeFormula } from '../../src/cli/output/formula-escape';
import { runCli, tempDir, writeFixture } from '../cli/run-cli';

// Values people paste that the writer must escape or keep, and that must still come back.
const AWKWARD = ['=SUM(A1:A2)', "'=already escaped", '+ gọi lại', '-- không gọi --', '@Petr', "'s-Hertogenbosch", 'N/A', '  ', 'tel: +62 812 3456 7890'];

function messyFile(seed: number, rows: number): string[][] {
  const g = generateWideCrm(rows, seed);
  const rnd = mulberry32(seed);
  const out: string[][] = [g.table.header];
  for (const row of g.table.rows) {
    const cells = row.map(String);
    if (rnd() < 0.05) cells[Math.floor(rnd() * cells.length)] = AWKWARD[Math.floor(rnd() * AWKWARD.length)] as string;
    out.push(cells);
    if (rnd() < 0.02) out.push(cells.map(() => '')); // a blank row in the middle
  }
  // Blank rows after the last data row are not rows (a sheet's data range ends there).
  while (out.at(-1)?.every((c) => c === '')) out.pop();
  return out;
}

const read = (path: string): string[][] => (parse(readFileSync(path, 'utf8'), { bom: true }) as string[][]).map((r) => r.map(unescapeFormula));

function recovered(dir: string, header: string[]): string[][] {
  const cleaned = read(join(dir, 'cleaned.csv')).slice(1);
  const archive = read(join(dir, 'archive.csv')).slice(1);
  const changes = read(join(dir, 'changes.csv')).slice(1);
  const archived = new Map(archive.map((r) => [Number(r.at(-1)), r.slice(0, header.length)]));
  const before = new Map(changes.map(([row, column, b]) => [`${row}|${column}`, b as string]));
  const out: string[][] = [];
  let next = 0;
  const total = cleaned.length + archive.length;
  for (let i = 0; i < total; i++) {
    const sheetRow = i + 2;
    const kept = archived.get(sheetRow) ?? (cleaned[next++] as string[]);
    out.push(kept.map((v, c) => before.get(`${sheetRow}|${header[c]}`) ?? v));
  }
  return out;
}

describe('cleaned + archive + changes.csv give back every input cell', () => {
  it.each([
    [1, 'whole', 400],
    [2, 'whole', 400],
    [3, 'batched', 600],
    [4, 'batched', 600],
  ] as const)('seed %i, planned %s', (seed, mode, rows) => {
    const dir = tempDir();
    const data = messyFile(seed, rows);
    const input = writeFixture(dir, 'crm.csv', stringify(data));
    const args = ['clean', input, '--out-dir', join(dir, 'out'), '-q', '--now', '2026-11-22'];
    if (mode === 'batched') args.push('--max-exact-rows', '100');
    const r = runCli(args);
    expect(r.code, r.stderr).toBe(0);
    const back = recovered(join(dir, 'out'), data[0] as string[]);
    const original = data.slice(1);
    expect(back).toHaveLength(original.length);
    expect(back).toEqual(original);
    // And the run did change and archive things, so the property is not trivially true.
    expect(read(join(dir, 'out', 'changes.csv')).length).toBeGreaterThan(rows / 2);
    expect(read(join(dir, 'out', 'archive.csv')).length).toBeGreaterThan(3);
  });
});
