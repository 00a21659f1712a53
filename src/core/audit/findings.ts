// One finding on a row. The kinds themselves (and how a normalizer's flag becomes one) are listed
// in kinds.ts; the plan, the report, the highlights and the sidebar all speak that vocabulary.
import type { FindingKind } from './kinds';

export type { FindingKind };

/** One finding on one row (0-based index into Table.rows); column when it is about one cell. */
export interface RowFinding {
  row: number;
  kind: FindingKind;
  column?: number;
  why: string;
}
