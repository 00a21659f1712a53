// "Clean this sheet" writes the dates it reads as real date cells at midnight in the spreadsheet's
// time zone, with one number format, and leaves an undecided column as typed (issue 12).
import { describe, expect, it } from 'vitest';
import { harness, dump } from './gas-harness';

const HEADER = ['Name', 'Email', 'Last activity', 'Created'];

function sheetWithDates(): ReturnType<typeof harness> {
  const h = harness({
    values: [
      HEADER,
      ['Budi Santoso', 'budi@maju.co.id', '21. 8. 2023', '03/04/2023'],
      ['Nguyễn Thị Lợi', 'loi@congty.vn', '21 tháng 8, 2023', '05/06/2023'],
      ['Jiří Novák', 'jiri@firma.cz', '25/12/2023', 'N/A'],
      ['Ayşe Demir', 'ayse@sirket.com.tr', '14 Şubat 2024', ''],
      ['Åsa Berg', 'asa@bolag.se', 'soon', ''],
    ],
    numberFormats: [{ row: 2, column: 3, format: '0.00' }],
  });
  h.gas.spreadsheet.timeZone = 'Asia/Jakarta';
  return h;
}

const local = (h: ReturnType<typeof harness>, v: unknown): string => {
  const utilities = h.gas.globals.Utilities as { formatDate(d: Date, tz: string, f: string): string };
  return utilities.formatDate(v as Date, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm');
};

describe('dates in Clean this sheet', () => {
  it('turns the dates it can read into date cells at midnight in the spreadsheet zone, formatted one way', () => {
    const h = sheetWithDates();
    h.bundle.menuCleanSheet();
    const values = h.sheet.getRange(2, 3, 5, 2).getValues();
    const formats = h.sheet.getRange(2, 3, 5, 2).getNumberFormats();
    const activity = values.map((r) => r[0]);
    expect(activity.slice(0, 4).map((v) => Object.prototype.toString.call(v))).toEqual(Array(4).fill('[object Date]'));
    expect(activity.slice(0, 4).map((v) => local(h, v))).toEqual(['2023-08-21 00:00', '2023-08-21 00:00', '2023-12-25 00:00', '2024-02-14 00:00']);
    expect(formats.slice(0, 4).map((r) => r[0])).toEqual(Array(4).fill('yyyy-mm-dd'));
    // Text that is no date stays as typed, with its own format.
    expect(activity[4]).toBe('soon');
    // "Created" holds only 03/04/2023 and 05/06/2023 (and a placeholder) in an Indonesian sheet:
    // the locale says day first, so the column is read day first, not guessed row by row.
    expect(local(h, values[0]?.[1])).toBe('2023-04-03 00:00');
    expect(local(h, values[1]?.[1])).toBe('2023-06-05 00:00');
    expect(values[2]?.[1]).toBe('N/A');
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const rules = (log?.getRange(2, 1, log.getLastRow() - 1, log.getLastColumn()).getValues() ?? []).map((r) => r.join('|'));
    expect(rules.filter((r) => r.includes('date.iso')).length).toBe(6);
  });

  it('undo puts every date back as it was typed, formats included', () => {
    const h = sheetWithDates();
    const before = dump(h.sheet);
    h.bundle.menuCleanSheet();
    h.bundle.menuUndoLastClean();
    expect(dump(h.sheet)).toEqual(before);
  });

  it('leaves a column whose day/month order nothing decides as typed, and flags it', () => {
    const h = harness({
      values: [HEADER, ['A', 'a@x.se', '03/04/2023', ''], ['B', 'b@x.se', '05/06/2023', '']],
    }, 'en_CA');
    h.bundle.menuCleanSheet();
    expect(h.sheet.getRange(2, 3, 2, 1).getValues()).toEqual([['03/04/2023'], ['05/06/2023']]);
    expect(h.sheet.getRange(2, 3, 1, 1).getNotes()[0]?.[0] ?? '').toContain('could be');
  });
});
