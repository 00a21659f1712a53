/**
 * What every audit check sees: the rows to check (already padded to the header's width), the
 * column roles, the settings, and a way to record a finding. Checks are plain functions over
 * this context so the audit and the clean plan run exactly the same rules.
 */
import type { Cell, ColumnRoles } from '../table';
import type { Settings } from '../settings';
import type { FindingKind, RowFinding } from './findings';
import type { ValueMap } from '../lists/value-map';
import type { RunMemo } from '../normalize/run-memo';

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
  /** Answers kept across the batches of one file (see normalize/run-memo.ts). */
  memo?: RunMemo;
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
  /** (row, kind, column) as one number: no key string per finding (a large file has millions). */
  private readonly seen = new Set<number>();
  /** Keys of findings whose column does not fit in a number key (never in a real sheet). */
  private readonly seenWide = new Set<string>();
  readonly findings: RowFinding[] = [];

  readonly emit: Emit = (row, kind, column, why) => {
    if (this.repeated(row, kind, column)) return;
    const finding: RowFinding = { row, kind, why };
    if (column !== undefined) finding.column = column;
    this.findings.push(finding);
  };

  /** True when (row, kind, column) was emitted before; remembers it otherwise. */
  private repeated(row: number, kind: FindingKind, column: number | undefined): boolean {
    const slot = column === undefined ? 0 : column + 1;
    const key = (row * (KIND_ORDER.length + 1) + kindRank(kind) + 1) * COLUMN_SLOTS + slot;
    if (!Number.isSafeInteger(key) || row < 0 || !Number.isInteger(slot) || slot < 0 || slot >= COLUMN_SLOTS) {
      const text = `${row}|${kind}|${column ?? ''}`;
      return this.seenWide.has(text) || (this.seenWide.add(text), false);
    }
    return this.seen.has(key) || (this.seen.add(key), false);
  }

  sorted(): RowFinding[] {
    return this.findings.slice().sort((a, b) => a.row - b.row || kindRank(a.kind) - kindRank(b.kind) || (a.column ?? -1) - (b.column ?? -1));
  }
}

/** Columns a finding's number key has room for (Sheets allows 18,278 columns). */
const COLUMN_SLOTS = 2 ** 16;

let ranks: Map<string, number> | undefined;

/** A kind's place in KIND_ORDER, -1 for a kind not listed there (as indexOf says). */
function kindRank(kind: FindingKind): number {
  ranks ??= new Map(KIND_ORDER.map((k, i) => [k, i]));
  return ranks.get(kind) ?? -1;
}

export { quoteCell as quote } from '../table/cell-text';
