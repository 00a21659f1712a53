import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { csvLine, csvText } from '../../src/cli/output/write-csv';
import { escapeFormula } from '../../src/cli/output/formula-escape';

// Cells as people type them in the six languages, with every character CSV must quote.
const rows = [
  ['Nguyễn Thị Lợi', 'loi@yahoo.com.vn', '+84912345678', 'Công ty TNHH Minh Phát, chi nhánh 2', 'Việt Nam'],
  ['ŞAHİN YILMAZ', 'sahin@gmail.cmo', '0532 123 45 67', 'Demir Tekstil Ltd. Şti.', 'Türkiye'],
  ['Jan Novák', '', '+420 602 123 456', 'Moravia Tech s.r.o.; Brno', 'Česká republika'],
  ['Anna "Annie" Svensson', 'anna@telia.se', '', 'Volvo AB (publ)', 'Sverige'],
  ['Budi Santoso', 'budi@majujaya.co.id', '=HYPERLINK("x")', 'PT Maju Jaya Tbk', 'Indonesia'],
  ['', '', '', '', ''],
  ['Ola\nNordmann', "'=1+1", '-- note --', 'a|b', 'tab\there'],
  ['Line\r\nbreak', '"', ',', ';', '@home'],
];

describe('csvLine and csvText', () => {
  for (const delimiter of [',', ';', '\t', '|']) {
    it(`writes exactly what csv-stringify writes, delimiter ${JSON.stringify(delimiter)}`, () => {
      const expected = stringify(rows.map((r) => r.map(escapeFormula)), { delimiter, record_delimiter: '\n' });
      const line = csvLine(delimiter);
      const render = (all: string[][]) => csvText(all.map(line));
      expect(render(rows)).toBe(expected);
      // Again: the second time quoted fields come from the memo.
      expect(render(rows)).toBe(expected);
    });
  }

  it('writes nothing for no rows, and one line per row', () => {
    const line = csvLine(',');
    const render = (all: string[][]) => csvText(all.map(line));
    expect(render([])).toBe('');
    expect(render([['Lestari Hidayat'], ['']])).toBe('Lestari Hidayat\n\n');
  });
});
