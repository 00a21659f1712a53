// Fills a fake sheet directly (as if a person had typed the data), without counting calls.
import type { Cell } from '../../src/core/table';
import type { FakeSheet } from './sheet';
import { storeValue } from './sheet-data';

export interface SheetContent {
  values: Cell[][];
  /** Formula cells: 1-based row/column, the formula and the value it shows. */
  formulas?: Array<{ row: number; column: number; formula: string; value?: Cell }>;
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
    d.v[f.column - 1] = storeValue(f.value ?? 0, zone);
  }
  for (const n of content.numberFormats ?? []) sheet.rowAt(n.row).fmt[n.column - 1] = n.format;
  for (const n of content.notes ?? []) sheet.rowAt(n.row).note[n.column - 1] = n.note;
  for (const b of content.backgrounds ?? []) sheet.rowAt(b.row).bg[b.column - 1] = b.color;
}
