/** Where rows go, one at a time, in order: a CSV or a new XLSX sheet being written. */
import ExcelJS from 'exceljs';
import type { Cell } from '../../core/table';

export interface RowWriter {
  /** A promise only when the caller must wait (the file is catching up); await it before the next row. */
  write(row: readonly Cell[]): Promise<void> | void;
  close(): Promise<void>;
}

/** An exceljs cell value as written: blank cells stay empty instead of holding ''. */
export type XlsxValue = ExcelJS.CellValue;

function xlsxValue(v: unknown): XlsxValue {
  if (v === undefined || v === null || v === '') return null;
  return v as XlsxValue;
}

/**
 * A new workbook, written as a stream (exceljs WorkbookWriter). Strings are string cells, which a
 * spreadsheet never runs as formulas, so no apostrophe escaping is needed (or wanted) here, and
 * phone numbers stay text. Cells may also be exceljs values (hyperlinks) from an XLSX input.
 */
export function xlsxWriter(path: string, sheetName: string, header: readonly string[]): RowWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  const headerRow = ws.addRow([...header]);
  headerRow.font = { bold: true };
  headerRow.commit();
  return {
    async write(row) {
      ws.addRow(row.map(xlsxValue)).commit();
    },
    async close() {
      ws.commit();
      await wb.commit();
    },
  };
}
