/** A batch's results in row indices of the whole file (g maps a batch row to its file row). */
import type { DuplicateCluster } from '../../core/dedupe/types';
import type { CellChange } from '../../core/normalize/normalize-table';

export type RowMap = (batchRow: number) => number;

export function remapCluster(c: DuplicateCluster, g: RowMap): DuplicateCluster {
  return {
    ...c,
    rows: c.rows.map(g),
    primary: g(c.primary),
    pairs: c.pairs.map((p) => ({ ...p, a: g(p.a), b: g(p.b) })),
  };
}

export function remapChange(e: CellChange, g: RowMap): CellChange {
  return { ...e, row: g(e.row) };
}
