/**
 * Validity: what the normalizers could not fix and a person must look at. The flags come from
 * normalizeTable (one pass over the cells), so the audit and the clean agree on what "invalid"
 * means, and cells are parsed once. Which flag is which finding is decided in kinds.ts.
 */
import type { CellFinding } from '../normalize/normalize-table';
import type { CheckContext, Emit } from './context';
import { findingKindOf, type FindingKind } from './kinds';

const DEFAULT_WHY: ReadonlyMap<FindingKind, string> = new Map<FindingKind, string>([
  ['invalid-email', 'not a valid email address'],
  ['invalid-phone', 'not a valid phone number'],
  ['invalid-date', 'not a date'],
  ['role-account', 'shared team mailbox, not a person'],
  ['disposable-email', 'disposable (throw-away) email domain'],
  ['non-canonical', 'not a recognised country'],
  ['several-phones', 'several phone numbers in one cell'],
  ['ambiguous-date', 'day and month could be either way round'],
  ['future-date', 'a date far in the future'],
]);

export function checkValidity(ctx: CheckContext, cellFindings: Iterable<CellFinding>, emit: Emit): void {
  for (const f of cellFindings) {
    if (ctx.skip?.(f.row)) continue;
    const kind = findingKindOf(f.flag, f.role);
    if (kind) emit(f.row, kind, f.column, f.why || DEFAULT_WHY.get(kind) || kind);
  }
}
