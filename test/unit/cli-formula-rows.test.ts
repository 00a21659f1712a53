// Formulas after rows are deleted from the data sheet of a cleaned XLSX, as a spreadsheet moves
// them (src/cli/output/formula-rows.ts): sheet rows 3 and 5 of "Kontakty" are deleted.
import { describe, expect, it } from 'vitest';
import { rowShift, shiftFormulaRows } from '../../src/cli/output/formula-rows';

const shift = rowShift([3, 5]);
const onData = (f: string): string => shiftFormulaRows(f, shift, 'Kontakty', true);
const elsewhere = (f: string): string => shiftFormulaRows(f, shift, 'Kontakty', false);

describe('formula references when rows 3 and 5 leave the data sheet', () => {
  it.each([
    ['LEN(B7)', 'LEN(B5)'], // two deleted rows above it
    ['LEN(B4)', 'LEN(B3)'],
    ['B2&" "&C2', 'B2&" "&C2'], // above every deleted row: unchanged
    ['B3', '#REF!'], // the row itself left
    ['SUM(C2:C9)', 'SUM(C2:C7)'],
    ['SUM($C$2:$C$3)', 'SUM($C$2:$C$2)'], // absolute references move too, as in Sheets and Excel
    ['COUNTA(C3:C3)', 'COUNTA(#REF!)'],
    ['4:6', '3:4'],
    ['HYPERLINK("mailto:"&B6,"B6 row")', 'HYPERLINK("mailto:"&B4,"B6 row")'], // text in quotes is text
    ['LOG10(A4)', 'LOG10(A3)'], // LOG10 is a function, not cell LOG10
    ['Kontakty!A6+\'Přehled\'!A6', 'Kontakty!A4+\'Přehled\'!A6'],
    ['A:A', 'A:A'],
  ])('on the data sheet: =%s becomes =%s', (before, after) => {
    expect(onData(before)).toBe(after);
  });

  it.each([
    ['Kontakty!A6', 'Kontakty!A4'],
    ["'Kontakty'!B7", "'Kontakty'!B5"],
    ['A6', 'A6'], // a reference to its own sheet
    ['Jiný!A6', 'Jiný!A6'],
  ])('on another sheet: =%s becomes =%s', (before, after) => {
    expect(elsewhere(before)).toBe(after);
  });
});
