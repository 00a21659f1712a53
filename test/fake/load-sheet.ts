// Fills a fake sheet directly (as if a person had typed the data), without counting calls.
import type { Cell } from '../../src/core/table';
import type { FakeSheet } from './sheet';
import { storeValue } from './sheet-data';

export interface SheetContent {
  values: Cell[][];
  /**
   * Formula cells: 1-based row/column, the formula and the value it shows; an array formula also
   * gives the values its result fills (`spill`, its own cell's value first: spill.ts).
   */
  formulas?: Array<{ row: number; column: number; formula: string; value?: Cell; spill?: Cell[][] }>;
  numberFormats?: Array<{ row: number; column: number; format: string }>;
  notes?: Array<{ row: number; column: number; note: string }>;
  backgrounds?: Array<{ row: number; column: number; color: string }>;
}

/** A Date in `values` is an instant, stored as the wall clock the spreadsheet's zone shows then. */
export function loadSheet(sheet: FakeSheet, content: SheetContent): void {
  const zone = sheet.doc.timeZone;
  content.values.forEach((line, r) => {
    const d = sheet.rowAt(r + 1);
    line.forEach((v, c) => {
      d.v[c] = v === '' || v === null ? undefined : storeValue(v, zone);
      d.f[c] = undefined;
    });
  });
  for (const f of content.formulas ?? []) {
    const d = sheet.rowAt(f.row);
    d.f[f.column - 1] = f.formula;
    d.v[f.column - 1] = storeValue(f.spill?.[0]?.[0] ?? f.value ?? 0, zone);
    if (!f.spill) continue;
    const output = f.spill.map((line) => line.map((v) => storeValue(v === '' ? undefined : v, zone)));
    const rows = output.map((_, i) => sheet.rowAt(f.row + i));
    rows.forEach((row, i) => (output[i] ?? []).forEach((v, j) => {
      if (i === 0 && j === 0) return;
      row.v[f.column - 1 + j] = v;
      row.f[f.column - 1 + j] = undefined;
    }));
    sheet.spills.push({ anchor: d, column: f.column, rows, output, broken: false });
  }
  for (const n of content.numberFormats ?? []) sheet.rowAt(n.row).fmt[n.column - 1] = n.format;
  for (const n of content.notes ?? []) sheet.rowAt(n.row).note[n.column - 1] = n.note;
  for (const b of content.backgrounds ?? []) sheet.rowAt(b.row).bg[b.column - 1] = b.color;
}
