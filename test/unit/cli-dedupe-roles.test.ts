import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeFixture } from '../cli/run-cli';

// A Salesforce-style export: the middle name and the county must not be read as name and state.
const CSV = [
  'First Name,Middle Name,Last Name,Email,County,Mailing City',
  'Kateřina,Anna,Dvořáková,katerina.dvorakova@seznam.cz,Jihomoravský,Brno',
  'Lars,Anna,Nilsson,lars.nilsson@telia.com,Skåne,Malmö',
  'Katerina,,Dvorakova,katerina.dvorakova@seznam.cz,,Brno',
].join('\n');

describe('crm-hygiene dedupe shows the column roles it used', () => {
  it('--json has a roles field next to the clusters', () => {
    const dir = tempDir();
    const r = runCli(['dedupe', writeFixture(dir, 'export.csv', CSV), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { roles: unknown; clusters: Array<{ rows: number[] }> };
    expect(j.roles).toEqual([
      { column: 1, header: 'First Name', role: 'firstName' },
      { column: 2, header: 'Middle Name', role: null },
      { column: 3, header: 'Last Name', role: 'lastName' },
      { column: 4, header: 'Email', role: 'email' },
      { column: 5, header: 'County', role: null },
      { column: 6, header: 'Mailing City', role: 'city' },
    ]);
    // Sharing the middle name "Anna" does not make Kateřina and Lars one person.
    expect(j.clusters.map((c) => c.rows)).toEqual([[2, 4]]);
  });

  it('the text report names them, and the clean report lists them', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'export.csv', CSV);
    expect(runCli(['dedupe', input]).stdout).toContain('Columns: First Name = firstName, Middle Name = (not used), Last Name = lastName');
    expect(runCli(['clean', input, '--out-dir', join(dir, 'out')]).code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('Columns read as');
    expect(html).toMatch(/Middle Name<\/td><td><span class="muted">\(not used\)/);
  });
});
