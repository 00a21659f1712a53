// The strict fake refuses what Google Sheets refuses: a cell of more than 50,000 characters (value
// or formula) and a workbook of more than 10,000,000 cells, where a new sheet counts as 1000 rows
// x 26 columns whatever it holds.
import { describe, expect, it } from 'vitest';
import { createFakeGas } from '../fake/gas';

describe('the fake at Sheets limits', () => {
  it('refuses a value or a formula of more than 50,000 characters and keeps the cell as it was', () => {
    const gas = createFakeGas();
    const sheet = gas.spreadsheet.getSheets()[0];
    if (!sheet) throw new Error('no sheet');
    sheet.getRange(1, 1).setValue('Nguyễn Thị Lợi');
    expect(() => sheet.getRange(1, 1).setValue('x'.repeat(50_001))).toThrow('more than the maximum of 50000 characters in a single cell');
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['ok', 'y'.repeat(50_001)]])).toThrow('50000 characters');
    expect(() => sheet.getRange(1, 1).setFormula(`=LEN("${'z'.repeat(50_000)}")`)).toThrow('50000 characters');
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['Nguyễn Thị Lợi', '']]);
    sheet.getRange(1, 2).setValue('w'.repeat(50_000));
    expect(gas.spreadsheet.longestWrite).toBe(50_000);
  });

  it('counts a new sheet as 1000 x 26 cells and refuses to grow past 10,000,000', () => {
    const gas = createFakeGas();
    expect(gas.spreadsheet.totalCells()).toBe(26_000);
    const log = gas.spreadsheet.insertSheet('CRM Hygiene Log');
    expect(gas.spreadsheet.totalCells()).toBe(52_000);
    log.deleteColumns(9, 18);
    log.deleteRows(3, 998);
    expect(gas.spreadsheet.totalCells()).toBe(26_000 + 2 * 8);
    const big = gas.spreadsheet.insertSheet('Kontakty');
    big.insertRowsAfter(1000, 383_000 - 1000);
    expect(gas.spreadsheet.totalCells()).toBe(26_000 + 16 + 383_000 * 26);
    expect(() => big.insertRowsAfter(383_000, 1000)).toThrow('above the limit of 10000000 cells');
    expect(big.getMaxRows()).toBe(383_000);
  });
});
