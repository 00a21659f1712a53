// Each command and option of the built CLI (node build/cli.cjs), on small files and the sample.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { runCli, tempDir, writeFixture, filesIn, SAMPLE, SMALL_CSV } from '../cli/run-cli';

const NOW = '2026-11-22';
const json = (s: string): Record<string, unknown> => JSON.parse(s) as Record<string, unknown>;
const csvRows = (path: string): string[][] => parse(readFileSync(path, 'utf8')) as string[][];

describe('crm-hygiene (general)', () => {
  it('prints help and version, and refuses unknown commands and options in one line', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0 });
    expect(runCli(['--help']).stdout).toMatch(/Usage: crm-hygiene/);
    expect(runCli(['--version']).code).toBe(0);
    for (const args of [[], ['frobnicate', 'x.csv'], ['clean'], ['clean', SAMPLE, '--bogus'], ['audit', SAMPLE, '--country', 'Indonesia']]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^crm-hygiene: /);
    }
  });
});

describe('normalize', () => {
  it('writes the normalized file and a readable summary (rules with examples, findings)', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'in.csv', SMALL_CSV);
    const out = join(dir, 'out.csv');
    const r = runCli(['normalize', input, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/6 rows/);
    expect(r.stdout).toMatch(/email\.typo\s+\d+\s+row \d: "john\.smith@gmail\.cmo" -> "john\.smith@gmail\.com"/);
    expect(r.stdout).toMatch(/Findings/);
    const rows = csvRows(out);
    expect(rows[0]).toEqual(SMALL_CSV.split('\n')[0]?.split(','));
    expect(rows[1]?.[0]).toBe('John Smith');
    expect(rows[1]?.[2]).toBe('+12133734253'); // E.164 is written as is, no apostrophe
    expect(rows[1]?.[7]).toBe(`'=HYPERLINK("http://x")`); // formula escaped
    expect(rows[3]?.[7]).toBe("'-- call back --");
    expect(rows).toHaveLength(7); // nothing merged by normalize
  });

  it('writes next to the input by default, and --json summarises on stdout', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    const r = runCli(['normalize', input, '--json']);
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    expect(j).toMatchObject({ rows: 6, output: join(dir, 'crm.normalized.csv') });
    expect((j.changesByRule as Record<string, number>)['email.typo']).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(dir, 'crm.normalized.csv'))).toBe(true);
  });

  it('--country sets the region of phones written without a country code', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'p.csv', 'Name,Phone\nA,0812-3456-7890\nB,602 123 456\n');
    runCli(['normalize', input, '-o', join(dir, 'id.csv'), '--country', 'ID']);
    runCli(['normalize', input, '-o', join(dir, 'cz.csv'), '--country', 'cz']);
    expect(csvRows(join(dir, 'id.csv'))[1]?.[1]).toBe('+6281234567890');
    expect(csvRows(join(dir, 'cz.csv'))[2]?.[1]).toBe('+420602123456');
  });

  it('reads semicolon-separated, BOM-prefixed files and mirrors both on output', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 's.csv', '\uFEFFJméno;E-mail\nJIŘÍ DVOŘÁK;jiri@gmail.cmo\n');
    const out = join(dir, 'o.csv');
    expect(runCli(['normalize', input, '-o', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('jiri@gmail.com');
    expect(text.split('\n')[0]).toContain(';');
  });
});

describe('clean', () => {
  it('writes cleaned, archive and report next to the input by default', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    const r = runCli(['clean', input, '--now', NOW]);
    expect(r.code).toBe(0);
    expect(filesIn(dir)).toEqual(['crm.archive.csv', 'crm.changes.csv', 'crm.cleaned.csv', 'crm.csv', 'crm.report.html']);
    expect(r.stdout).toMatch(/Quality score: [\d.]+ -> [\d.]+/);
    expect(r.stdout).toMatch(/Report: .*crm\.report\.html/);
    const cleaned = csvRows(join(dir, 'crm.cleaned.csv'));
    const archive = csvRows(join(dir, 'crm.archive.csv'));
    // John Smith twice (same phone, email after typo fix) -> one row kept, one archived.
    expect(cleaned.filter((row) => row[0] === 'John Smith')).toHaveLength(1);
    expect(archive[0]?.slice(-3)).toEqual(['Archive reason', 'Merged into row', 'Original row']);
    expect(archive).toHaveLength(2);
    expect(Number(archive[1]?.at(-1))).toBeGreaterThanOrEqual(2);
    // The two different Nguyễn Văn An stay two rows.
    expect(cleaned.filter((row) => row[0] === 'Nguyễn Văn An')).toHaveLength(2);
    expect(cleaned.length + archive.length - 1).toBe(7); // header + 6 rows, nothing lost
  });

  it('-o, --archive and --report choose the paths; --out-dir the folder', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    expect(runCli(['clean', input, '-o', join(dir, 'a.csv'), '--archive', join(dir, 'b.csv'), '--report', join(dir, 'c.html'), '-q']).code).toBe(0);
    expect(filesIn(dir)).toEqual(['a.csv', 'b.csv', 'c.html', 'crm.changes.csv', 'crm.csv']);
    expect(runCli(['clean', input, '--out-dir', join(dir, 'out'), '-q']).code).toBe(0);
    expect(filesIn(join(dir, 'out'))).toEqual(['archive.csv', 'changes.csv', 'cleaned.csv', 'report.html']);
  });

  it('--json prints the plan summary, sheet-numbered clusters and findings', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    const j = json(runCli(['clean', input, '--json', '--now', NOW, '--out-dir', join(dir, 'o')]).stdout);
    const summary = j.summary as Record<string, number>;
    expect(summary.rows).toBe(6);
    expect(summary.archived).toBe(1);
    const clusters = j.clusters as Array<{ rows: number[]; primary: number; score: number; reasons: string[] }>;
    expect(clusters[0]?.rows).toEqual([2, 3]);
    expect([2, 3]).toContain(clusters[0]?.primary);
    expect(clusters[0]?.reasons.join(' ')).toMatch(/\w/);
    const findings = j.findings as Array<{ row: number; kind: string; column: string | null }>;
    const stale = findings.find((f) => f.kind === 'stale');
    expect(stale).toMatchObject({ row: 4, column: 'Last Activity' });
  });

  it('--settings reads the add-on settings shape (staleMonths, requiredFields, countryOutput)', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    const settings = writeFixture(dir, 's.json', JSON.stringify({ staleMonths: 1000, countryOutput: 'iso2', requiredFields: ['name', 'email', 'phone'] }));
    const j = json(runCli(['clean', input, '--settings', settings, '--json', '--now', NOW, '--out-dir', join(dir, 'o')]).stdout);
    expect((j.findings as Array<{ kind: string }>).some((f) => f.kind === 'stale')).toBe(false);
    const cleaned = csvRows(join(dir, 'o', 'cleaned.csv'));
    expect(cleaned.slice(1).map((r) => r[4])).toContain('ID');
    const bad = writeFixture(dir, 'bad.json', '{ staleMonths: ');
    const r = runCli(['clean', input, '--settings', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('the report is one self-contained page: no scripts, every value escaped', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'x.csv', 'Name,Email,Phone\n<script>alert(1)</script>,a@b.co,\n"<img src=x onerror=alert(1)>",a@b.co,\n');
    expect(runCli(['clean', input, '--out-dir', join(dir, 'o'), '-q']).code).toBe(0);
    const html = readFileSync(join(dir, 'o', 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/); // no external assets
    expect(html).toContain('&lt;script&gt;');
  });

  it('cleans the sample: duplicates merged, score up, nothing lost', () => {
    const dir = tempDir();
    const j = json(runCli(['clean', SAMPLE, '--json', '--out-dir', dir, '--now', NOW]).stdout);
    const s = j.summary as Record<string, number>;
    expect(s.rows).toBeGreaterThanOrEqual(400);
    expect(s.merged).toBeGreaterThan(10);
    expect(s.scoreAfter).toBeGreaterThan(s.scoreBefore as number);
    const cleaned = csvRows(join(dir, 'cleaned.csv'));
    const archive = csvRows(join(dir, 'archive.csv'));
    expect(cleaned.length - 1 + archive.length - 1).toBe(s.rows);
    expect(archive.length - 1).toBe(s.archived);
  });

  it('reads and writes XLSX (phones stay text, no apostrophes needed)', async () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    expect(runCli(['clean', input, '-o', join(dir, 'c.xlsx'), '-q']).code).toBe(0);
    expect(filesIn(dir)).toEqual(['c.xlsx', 'crm.archive.xlsx', 'crm.changes.csv', 'crm.csv', 'crm.report.html']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'c.xlsx'));
    const ws = wb.worksheets[0];
    expect(ws?.getRow(2).getCell(3).value).toBe('+12133734253');
    const note = ws?.getRow(2).getCell(8).value;
    expect(typeof note).toBe('string'); // a string cell, never a formula
    expect(String(note)).toMatch(/^=HYPERLINK/);
    // And back in: the cleaned workbook is already clean.
    const again = json(runCli(['normalize', join(dir, 'c.xlsx'), '-o', join(dir, 'n.xlsx'), '--json']).stdout);
    expect(again.rows).toBe(5);
  });

  it('plans large files in batches above --max-exact-rows, with the same totals of rows', () => {
    const dir = tempDir();
    const exact = json(runCli(['clean', SAMPLE, '--json', '--now', NOW, '--out-dir', join(dir, 'a')]).stdout);
    const batched = json(runCli(['clean', SAMPLE, '--json', '--now', NOW, '--out-dir', join(dir, 'b'), '--max-exact-rows', '100']).stdout);
    expect(exact.batching).toBeNull();
    expect((batched.batching as { batches: number }).batches).toBeGreaterThan(1);
    const b = batched.summary as Record<string, number>;
    expect(b.rows).toBe((exact.summary as Record<string, number>).rows);
    expect(b.merged).toBeGreaterThan(10);
    expect(csvRows(join(dir, "b", "cleaned.csv")).length - 1 + (b.archived ?? 0)).toBe(b.rows);
  });
});

describe('dedupe', () => {
  it('--json gives clusters with sheet row numbers, primary, score and reasons', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    const r = runCli(['dedupe', input, '--json']);
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    const clusters = j.clusters as Array<{ rows: number[]; primary: number; score: number; reasons: string[] }>;
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ rows: [2, 3] });
    expect(clusters[0]?.score).toBeGreaterThan(0.5);
    expect(filesIn(dir)).toEqual(['crm.csv']); // reports only
    expect(runCli(['dedupe', input]).stdout).toMatch(/rows 2, 3 -> keep/);
  });
});

describe('dedupe (large-file batches)', () => {
  it('finds (nearly) all the sure clusters of the whole-file search in linked batches', () => {
    // Not exactly all: match weights use value frequencies of the table searched, which differ
    // between a 500-row file and a batch of it, so a borderline cluster may change confidence.
    type C = { rows: number[]; confidence: string };
    const exact = (json(runCli(['dedupe', SAMPLE, '--json']).stdout).clusters as C[]).filter((c) => c.confidence === 'sure');
    const batched = new Set((json(runCli(['dedupe', SAMPLE, '--json', '--max-exact-rows', '100']).stdout).clusters as C[]).map((c) => c.rows.join(',')));
    const found = exact.filter((c) => batched.has(c.rows.join(',')));
    expect(exact.length).toBeGreaterThan(20);
    expect(found.length / exact.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('audit', () => {
  it('--json gives findings [{ row, kind, column }] with header names, and a 0-100 score', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', 'Name,Email,Phone,Last Activity\nAn,,0812,2020-01-01\nBudi,budi@x.co.id,,2026-11-01\n');
    const r = runCli(['audit', input, '--json', '--now', NOW, '--country', 'ID']);
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    expect(j.score).toBeGreaterThanOrEqual(0);
    expect(j.score).toBeLessThanOrEqual(100);
    const findings = j.findings as Array<{ row: number; kind: string; column: string | null }>;
    expect(findings).toContainEqual(expect.objectContaining({ row: 2, kind: 'incomplete', column: 'Email' }));
    expect(findings).toContainEqual(expect.objectContaining({ row: 2, kind: 'stale', column: 'Last Activity' }));
    expect(findings).toContainEqual(expect.objectContaining({ row: 2, kind: 'invalid-phone', column: 'Phone' }));
    expect(findings.some((f) => f.row === 3 && f.kind === 'stale')).toBe(false);
    expect(filesIn(dir)).toEqual(['crm.csv']);
    expect(runCli(['audit', input, '--now', NOW]).stdout).toMatch(/Quality score: [\d.]+\/100/);
  });
});

describe('large-file batches name the file\'s rows', () => {
  it('merge reasons, notes written into the Notes column and change log sentences use sheet rows', () => {
    const dir = tempDir();
    expect(runCli(['clean', SAMPLE, '--out-dir', dir, '--now', NOW, '--max-exact-rows', '100', '-q']).code).toBe(0);
    const archive = parse(readFileSync(join(dir, 'archive.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(archive.length).toBeGreaterThan(10);
    for (const a of archive) {
      // "rows 6, 19 are one customer (...); kept row 6: row 19: ..." names this row and its primary.
      const rows = /^rows ([\d, ]+) are one customer/.exec(a['Archive reason'] ?? '')?.[1]?.split(', ') ?? [];
      expect(rows).toContain(a['Original row']);
      expect(rows).toContain(a['Merged into row']);
      expect(a['Archive reason']).toContain(`kept row ${a['Merged into row']}:`);
    }
    const notes = (parse(readFileSync(join(dir, 'changes.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>).filter((c) => c.rule === 'merge.note');
    expect(notes.length).toBeGreaterThan(5);
    for (const n of notes) {
      const rows = /Merged duplicates \(rows ([\d, ]+)\)/.exec(n.after ?? '')?.[1]?.split(', ') ?? [];
      expect(rows).toContain(n.row);
      for (const r of rows.filter((x) => x !== n.row)) expect(archive.some((a) => a['Original row'] === r && a['Merged into row'] === n.row)).toBe(true);
    }
  });
});
