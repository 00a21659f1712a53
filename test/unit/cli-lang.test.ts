// `crm-hygiene clean --lang`: the HTML report in the chosen language; a language it does not
// speak is refused with one line and nothing is written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFixture, filesIn, SMALL_CSV } from '../cli/run-cli';

describe('clean --lang', () => {
  it('writes the report in Turkish, Vietnamese or Indonesian; English by default', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    for (const [lang, title] of [['tr', 'CRM Hygiene raporu'], ['vi', 'Báo cáo CRM Hygiene'], ['id', 'Laporan CRM Hygiene']] as const) {
      expect(runCli(['clean', input, '--out-dir', join(dir, lang), '--lang', lang, '-q']).code).toBe(0);
      const html = readFileSync(join(dir, lang, 'report.html'), 'utf8');
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${title}</h1>`);
    }
    expect(runCli(['clean', input, '--out-dir', join(dir, 'default'), '-q']).code).toBe(0);
    expect(readFileSync(join(dir, 'default', 'report.html'), 'utf8')).toContain('<h1>CRM Hygiene report</h1>');
  });

  it('refuses a language it does not have, in one line, writing nothing', () => {
    const dir = tempDir();
    const input = writeFixture(dir, 'crm.csv', SMALL_CSV);
    const r = runCli(['clean', input, '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--lang takes one of en, id, vi, cs, sv, tr, not "de"/);
    expect(filesIn(dir)).toEqual(['crm.csv']);
  });
});
