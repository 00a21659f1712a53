// One rule turns a cell into text everywhere (sidebar, log, archive labels, report, CSV, quotes).
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/core/table/cell-text';
import { a1, columnLetters } from '../../src/core/table/a1';

describe('cellText', () => {
  it('keeps text exactly as typed, spaces and all', () => {
    expect(cellText('  Nguyễn Thị Lợi ')).toBe('  Nguyễn Thị Lợi ');
    expect(cellText("'00123")).toBe("'00123");
  });

  it('writes numbers and booleans as Sheets shows them', () => {
    expect(cellText(6281234567890)).toBe('6281234567890');
    expect(cellText(0.5)).toBe('0.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
  });

  it('writes a date as yyyy-mm-dd, with the time only when it has one', () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(cellText(new Date(Date.UTC(2024, 2, 1, 9, 5, 7)))).toBe('2024-03-01 09:05:07');
  });

  it('gives an empty text for blanks, invalid dates and numbers that are not finite', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(new Date(Number.NaN))).toBe('');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('A1 notation', () => {
  it('names columns and cells as Sheets does', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(703)).toBe('AAA');
    expect(a1(7, 4)).toBe('D7');
  });
});
