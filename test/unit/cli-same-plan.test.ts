// The CLI and the add-on produce the same plan on the same sample.
//
// Add-on side: the built Apps Script bundle (dist/*.js) in node:vm over the strict fake of
// SpreadsheetApp (test/integration/gas-harness.ts), with the sample pasted into a sheet. Its
// sidebar preview reports the plan ("Clean this sheet" computes exactly this plan), and
// menuCleanSheet applies it. CLI side: `crm-hygiene clean` on the CSV with the same settings
// (the sheet's locale id_ID). We compare the plan summaries, every change count per rule, the
// merges, and the resulting rows: the cleaned sheet vs the cleaned CSV, the archive sheet vs
// the archive CSV.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { harness } from '../integration/gas-harness';
import { needsFormulaEscape } from '../../src/cli/output/formula-escape';
import { runCli, tempDir, writeFixture, SAMPLE } from '../cli/run-cli';
import { calendarDateOf, isoDateText } from '../../src/core/normalize/date';
import { wallClock } from '../../src/core/table/zoned';

type Grid = string[][];

/** A cell as text; a date cell as the day it shows in the spreadsheet's zone (getValues gives its midnight there). */
const cellAsText = (zone: string) => (v: unknown): string =>
  v instanceof Date ? isoDateText(calendarDateOf(wallClock(v, zone)) ?? { year: 0, month: 0, day: 0 }) : v === null || v === undefined ? '' : String(v);

/** A CSV cell as the value it stands for: the formula-escape apostrophe removed. */
const unescape = (s: string): string => (s.startsWith("'") && needsFormulaEscape(s.slice(1)) ? s.slice(1) : s);

function readCsvGrid(path: string): Grid {
  return (parse(readFileSync(path, 'utf8')) as Grid).map((row) => row.map(unescape));
}

describe('CLI and add-on produce the same plan', () => {
  it('on examples/crm-sample.csv', () => {
    const values = parse(readFileSync(SAMPLE, 'utf8')) as Grid;

    // Add-on: preview (the plan), then the one-click clean.
    const h = harness({ values }, 'id_ID');
    const preview = h.bundle.sidebarPreviewClean() as {
      groups: Array<{ rule: string; count: number }>;
      merges: number;
      archived: number;
      review: number;
      scoreBefore: number;
      scoreAfter: number;
    };
    h.bundle.menuCleanSheet();
    const text = cellAsText(h.gas.spreadsheet.getSpreadsheetTimeZone());
    const sheet = h.sheet.getRange(1, 1, h.sheet.getLastRow(), h.sheet.getLastColumn()).getValues().map((r) => r.map(text));
    const archiveSheet = h.gas.spreadsheet.getSheetByName('CRM Archive');
    const archive = archiveSheet ? archiveSheet.getRange(1, 1, archiveSheet.getLastRow(), archiveSheet.getLastColumn()).getValues().map((r) => r.map(text)) : [];

    // CLI, same settings as the sheet: its locale.
    const dir = tempDir();
    const settings = writeFixture(dir, 'settings.json', JSON.stringify({ locale: 'id_ID' }));
    const r = runCli(['clean', SAMPLE, '--settings', settings, '--json', '--out-dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    const cli = JSON.parse(r.stdout) as { summary: { changesByRule: Record<string, number>; merged: number; archived: number; review: number; scoreBefore: number; scoreAfter: number } };

    // 1. The plan: counts per rule, merges, archive, review, scores.
    const addonRules = Object.fromEntries(preview.groups.filter((g) => g.rule !== 'merge').map((g) => [g.rule, g.count]));
    expect(cli.summary.changesByRule).toEqual(addonRules);
    expect({ merged: cli.summary.merged, archived: cli.summary.archived, review: cli.summary.review }).toEqual({
      merged: preview.merges,
      archived: preview.archived,
      review: preview.review,
    });
    expect([cli.summary.scoreBefore, cli.summary.scoreAfter]).toEqual([preview.scoreBefore, preview.scoreAfter]);

    // 2. The result: cleaned sheet == cleaned CSV, row for row, cell for cell.
    const cleaned = readCsvGrid(join(dir, 'cleaned.csv'));
    expect(cleaned.length).toBe(sheet.length);
    expect(cleaned).toEqual(sheet);

    // 3. The archive: the same rows (as read), reasons, primary and original row numbers.
    const cliArchive = readCsvGrid(join(dir, 'archive.csv'));
    expect(cliArchive.length).toBe(archive.length);
    const addonHeader = archive[0] ?? [];
    const col = (name: string): number => addonHeader.findIndex((c) => c === name);
    const addonRows = archive.slice(1).map((row) => ({ reason: row[col('Reason')], primary: row[col('Primary row')], original: row[col('Original row')] }));
    const cliRows = cliArchive.slice(1).map((row) => ({ reason: row.at(-3), primary: row.at(-2), original: row.at(-1) }));
    const byOriginal = (a: { original?: string }, b: { original?: string }): number => Number(a.original) - Number(b.original);
    expect(cliRows.sort(byOriginal)).toEqual(addonRows.sort(byOriginal));
  });
});
