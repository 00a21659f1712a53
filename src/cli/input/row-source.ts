/** An input file as the commands read it: its header, where it sits, and its rows in order. */
import type { Cell } from '../../core/table';

export type FileFormat = 'csv' | 'xlsx';

export interface RowSource {
  format: FileFormat;
  header: string[];
  /** Sheet row number of the header (1, unless blank rows come first). */
  headerRow: number;
  /**
   * Data rows in file order, each as wide as the header. Blank rows between data rows are
   * included (all ''), so row i is sheet row headerRow + 1 + i; blank rows after the last data
   * row are left out, as a sheet's data range ends there. Can be read once.
   */
  rows: AsyncIterable<Cell[]>;
}
