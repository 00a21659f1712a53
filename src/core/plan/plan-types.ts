import type { Cell, ColumnRoles } from '../table';
import type { CellChange } from '../normalize/normalize-table';
import type { DuplicateCluster, MergeResult } from '../dedupe/types';
import type { FindingKind, RowFinding } from '../audit/findings';
import type { ScorePart } from '../audit/score';

/** A sure duplicate cluster turned into actions: fill the primary, move the others to the archive. */
export interface PlannedMerge {
  cluster: DuplicateCluster;
  primary: number;
  /** Rows that move to the archive sheet (0-based), ascending. */
  losers: number[];
  merge: MergeResult;
  /** Cell edits on the primary row (blanks filled from the losers). */
  primaryEdits: CellChange[];
  /** Why these rows were merged, in plain words. */
  reason: string;
  /**
   * Set when merge.note was also appended to the sheet's notes column (as a 'merge.note' edit in
   * primaryEdits), so the shell need not add it again as a cell note.
   */
  noteColumn?: number;
}

export interface PlanSummary {
  rows: number;
  changes: number;
  changesByRule: Record<string, number>;
  merged: number; // clusters merged
  archived: number; // rows moved to the archive
  review: number; // doubtful clusters left for review
  findingsByKind: Partial<Record<FindingKind, number>>;
  scoreBefore: number;
  scoreAfter: number;
  /** Points lost per dimension before and after (what the report explains the score with). */
  scorePartsBefore?: ScorePart[];
  scorePartsAfter?: ScorePart[];
}

/**
 * What "Clean this sheet" (and `crm-hygiene clean`) will do, computed purely from the values.
 * Row indices refer to the table as read, before anything moves.
 */
export interface Plan {
  roles: ColumnRoles;
  /** Normalized values; never includes protected (formula) cells. */
  edits: CellChange[];
  merges: PlannedMerge[];
  review: DuplicateCluster[];
  /** Findings on the table as it will be after the plan (what gets highlighted). */
  findings: RowFinding[];
  /** The rows after edits and merge fills, before archived rows are removed (same shape as input). */
  rows: Cell[][];
  summary: PlanSummary;
}
