/** Writes rows as CSV or XLSX, chosen by the output path's extension. */
import type { Cell } from '../../core/table';
import { formatOf } from '../input/read-table';
import { writeCsv, type CsvWriteOptions } from './write-csv';
import { writeXlsx } from './write-xlsx';

export async function writeTable(
  tmpPath: string,
  finalPath: string,
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly Cell[]>,
  csv: CsvWriteOptions = {},
): Promise<void> {
  if (formatOf(finalPath) === 'xlsx') await writeXlsx(tmpPath, sheetName, header, rows);
  else await writeCsv(tmpPath, header, rows, csv);
}
