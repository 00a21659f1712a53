/**
 * What every audit check sees: the rows to check (already padded to the header's width), the
 * column roles, the settings, and a way to record a finding. Checks are plain functions over
 * this context so the audit and the clean plan run exactly the same rules.
 */
import type { Cell, ColumnRoles } from '../table';
import type { Settings } from '../settings';
import type { FindingKind, RowFinding } from './findings';
import type { ValueMap } from '../lists/value-map';

export interface CheckContext {
  header: string[];
  rows: Cell[][];
  roles: ColumnRoles;
  settings: Settings;
  /** The value map in effect (user lists over the defaults). */
  valueMap: ValueMap;
  /** Lists the user defined themselves (country and title are only checked against these). */
  userValueMap: ValueMap;
  now: Date;
  /** Rows not to check (merged-away duplicates that leave the sheet). */
  skip?: (row: number) => boolean;
  /** Sheet row of each row, when they are not consecutive (a batch of a large file). */
  rowNumber?: (row: number) => number;
}

export type Emit = (row: number, kind: FindingKind, column: number | undefined, why: string) => void;

/** Sheet row number of a data row, for sentences people read ("row 7"). */
export function sheetRow(settings: Settings, row: number): number {
  return row + Math.max(1, settings.headerRow || 1) + 1;
}

/** Sheet row number of a checked row: its own number when the rows are a batch of a file. */
export function rowLabel(ctx: CheckContext, row: number): number {
  return ctx.rowNumber ? ctx.rowNumber(row) : sheetRow(ctx.settings, row);
}

/** The order findings are listed in within a row: what most needs a human first. */
export const KIND_ORDER: readonly FindingKind[] = [
  'incomplete',
  'invalid-email',
  'invalid-phone',
  'invalid-date',
  'future-date',
  'suspected-duplicate',
  'disposable-email',
  'role-account',
  'stale',
  'outdated',
  'non-canonical',
  'ambiguous-date',
  'several-phones',
];

/**
 * Collects findings, dropping repeats of the same (row, kind, column), and returns them in a
 * stable order: by row, then KIND_ORDER, then column. Determinism matters: the same sheet must
 * give the same plan, log and highlights every time.
 */
export class FindingCollector {
  private readonly seen = new Set<string>();
  readonly findings: RowFinding[] = [];

  readonly emit: Emit = (row, kind, column, why) => {
    const key = `${row}|${kind}|${column ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const finding: RowFinding = { row, kind, why };
    if (column !== undefined) finding.column = column;
    this.findings.push(finding);
  };

  sorted(): RowFinding[] {
    return this.findings.slice().sort(
      (a, b) => a.row - b.row || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.column ?? -1) - (b.column ?? -1),
    );
  }
}

export { quoteCell as quote } from '../table/cell-text';
