// STUB: replaced by column-role detection.
import type { Cell, ColumnRoles } from './table';

export function detectColumns(header: Cell[], _sample: Cell[][] = []): ColumnRoles {
  return header.map(() => null);
}
