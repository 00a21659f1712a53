/**
 * Streaming XLSX writer (exceljs WorkbookWriter). Strings are written as string cells, which a
 * spreadsheet never runs as formulas, so no apostrophe escaping is needed (or wanted) here.
 * Phone numbers stay text: `+6281234567890` is not turned into a number.
 */
import ExcelJS from 'exceljs';
import type { Cell } from '../../core/table';

function xlsxValue(v: Cell): string | number | boolean | Date | null {
  if (v === undefined || v === null || v === '') return null;
  return v;
}

export async function writeXlsx(path: string, sheetName: string, header: readonly string[], rows: Iterable<readonly Cell[]>): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  const headerRow = ws.addRow([...header]);
  headerRow.font = { bold: true };
  headerRow.commit();
  for (const row of rows) ws.addRow(row.map(xlsxValue)).commit();
  ws.commit();
  await wb.commit();
}
