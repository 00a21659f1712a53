// Loads the built bundle with a fresh strict fake holding one messy data sheet.
import { createFakeGas, type FakeGas } from '../fake/gas';
import type { SheetContent } from '../fake/load-sheet';
import type { FakeSheet } from '../fake/sheet';
import { loadBundle, type Bundle } from './load-bundle';

export interface Harness {
  gas: FakeGas;
  bundle: Bundle;
  sheet: FakeSheet;
}

/**
 * The spreadsheet's zone defaults to Jakarta (with the id_ID locale): east of UTC, so a date read
 * in UTC or in the test process's zone (test/setup/process-zone.ts) is a day off.
 */
export function harness(content: SheetContent, locale = 'id_ID', timeZone = 'Asia/Jakarta'): Harness {
  const gas = createFakeGas({ locale, timeZone });
  const sheet = gas.addSheet('Contacts', content);
  gas.spreadsheet.setActiveSheet(sheet);
  gas.spreadsheet.deleteSheet(gas.spreadsheet.getSheetByName('Sheet1') as FakeSheet);
  const bundle = loadBundle(gas.globals);
  return { gas, bundle, sheet };
}

/** Everything of a sheet's used block: values, formulas, formats, backgrounds, notes, as plain data. */
export function dump(sheet: FakeSheet): unknown {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0) return [];
  const r = sheet.getRange(1, 1, rows, cols);
  const values = r.getValues().map((row) => row.map((v) => (v instanceof Date ? `D${v.getTime()}` : `${typeof v}:${String(v)}`)));
  return { values, formulas: r.getFormulas(), formats: r.getNumberFormats(), backgrounds: r.getBackgrounds(), notes: r.getNotes() };
}
