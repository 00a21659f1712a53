// The streaming CSV writer (src/cli/output/write-csv.ts) and change-log lines (changes-log.ts):
// what reaches the file is, byte for byte, what csv-stringify writes for the same rows, across
// the writer's 1 MB buffers, with multi-byte text from the six languages and cells too long for
// one buffer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { csvLine, csvText, csvWriter } from '../../src/cli/output/write-csv';
import { escapeFormula } from '../../src/cli/output/formula-escape';
import { changeLines, CHANGES_HEADER } from '../../src/cli/output/changes-log';
import type { CellChange } from '../../src/core/normalize/normalize-table';

const dir = mkdtempSync(join(tmpdir(), 'crm-csv-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Notes'];
const PEOPLE = [
  ['Nguyễn Thị Lợi', 'loi@yahoo.com.vn', '+84912345678', 'Công ty TNHH Minh Phát, chi nhánh 2', 'Việt Nam', 'gọi lại 🙏'],
  ['ŞAHİN YILMAZ', 'sahin@gmail.cmo', '0532 123 45 67', 'Demir Tekstil Ltd. Şti.', 'Türkiye', 'İstanbul "merkez"'],
  ['Jan Novák', '', '+420 602 123 456', 'Moravia Tech s.r.o.; Brno', 'Česká republika', '=HYPERLINK("x")'],
  ['Åsa Öberg', 'asa@telia.se', '-', 'Volvo AB (publ)', 'Sverige', 'rad 1\nrad 2'],
  ['Budi Santoso', 'budi@majujaya.co.id', '+6281234567890', 'PT Maju Jaya Tbk', 'Indonesia', '𝔘nicode beyond the BMP'],
];

function rowsOf(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const p = PEOPLE[i % PEOPLE.length] as string[];
    return p.map((v, c) => (c === 0 ? `${v} ${i}` : v));
  });
}

const stringified = (rows: string[][], delimiter: string) => stringify(rows.map((r) => r.map(escapeFormula)), { delimiter, record_delimiter: '\n' });

describe('csvWriter', () => {
  for (const [delimiter, bom] of [[',', false], [';', true], ['\t', false]] as const) {
    it(`writes what csv-stringify writes over many buffers (delimiter ${JSON.stringify(delimiter)}, BOM ${bom})`, async () => {
      const path = join(dir, `many-${delimiter.charCodeAt(0)}.csv`);
      const rows = rowsOf(40_000); // some 4 MB: several 1 MB buffers
      const w = csvWriter(path, HEADER, { delimiter, bom });
      for (const row of rows) {
        const wait = w.write(row);
        if (wait) await wait;
      }
      await w.close();
      const expected = (bom ? '\uFEFF' : '') + stringified([HEADER, ...rows], delimiter);
      expect(readFileSync(path, 'utf8')).toBe(expected);
    });
  }

  it('keeps rows, rendered text and lines in the order they were written, a cell longer than a buffer too', async () => {
    const path = join(dir, 'mixed.csv');
    const huge = `${'Vượt quá giới hạn, '.repeat(70_000)}end`; // ~1.3 M characters, up to 3 bytes each
    const w = csvWriter(path, HEADER);
    const parts: string[][] = [];
    const first = rowsOf(3);
    for (const r of first) await w.write(r);
    parts.push(...first);
    const rendered = rowsOf(4).slice(1);
    await w.writeText(csvText(rendered.map(csvLine(','))));
    parts.push(...rendered);
    const big = ['Lê Văn Tám', 'tam@fpt.vn', '', 'FPT', 'Việt Nam', huge];
    await w.write(big);
    parts.push(big);
    await w.writeLine('Ola Nordmann,ola@example.no,,,Norge,');
    parts.push(['Ola Nordmann', 'ola@example.no', '', '', 'Norge', '']);
    await w.close();
    expect(readFileSync(path, 'utf8')).toBe(stringified([HEADER, ...parts], ','));
  });

  it('writes a lone surrogate as a replacement character, as Buffer.from does', async () => {
    const path = join(dir, 'surrogate.csv');
    const w = csvWriter(path, ['Notes']);
    await w.write(['broken \ud83d pair']);
    await w.close();
    expect(readFileSync(path)).toEqual(Buffer.from('Notes\nbroken \ud83d pair\n'));
  });

  it('reports a file it cannot write instead of losing rows silently', async () => {
    const w = csvWriter(join(dir, 'no-such-folder', 'out.csv'), HEADER);
    await expect((async () => {
      for (const row of rowsOf(30_000)) await w.write(row);
      await w.close();
    })()).rejects.toThrow(/ENOENT/);
  });
});

describe('changeLines', () => {
  const header = ['Tên', 'Telefon, mobil', 'Ülke'];
  const sheetRow = (r: number) => r + 2;
  const change = (row: number, column: number, before: string, after: string, rule: string, why: string): CellChange =>
    ({ row, column, before, after, rule, why }) as CellChange;
  const changes = [
    change(0, 1, '+420 602 123 456', '+420602123456', 'phone.e164', 'written in E.164 (+420 Czechia)'),
    change(5, 0, 'NGUYỄN VĂN AN', 'Nguyễn Văn An', 'name.case', 'capitalized'),
    change(7, 2, 'Amerika Birleşik Devletleri', 'United States', 'country.canonical', '"Amerika Birleşik Devletleri" is United States'),
    change(9, 4, '=1+1', '', 'text.trim', 'a column past the header'),
  ];
  for (const delimiter of [',', ';']) {
    it(`are the CSV lines of [row, column, before, after, rule, why] (delimiter ${JSON.stringify(delimiter)})`, () => {
      const line = changeLines(header, sheetRow, delimiter);
      const records = changes.map((c) => [String(c.row + 2), header[c.column] ?? `column ${c.column + 1}`, c.before, c.after, c.rule, c.why]);
      const expected = stringify(records.map((r) => r.map((v) => escapeFormula(String(v)))), { delimiter, record_delimiter: '\n' });
      expect(`${changes.map(line).join('\n')}\n`).toBe(expected);
      // The second time the column and rule fields come from what was rendered before.
      expect(`${changes.map(line).join('\n')}\n`).toBe(expected);
      expect(CHANGES_HEADER).toEqual(['row', 'column', 'before', 'after', 'rule', 'why']);
    });
  }
});
