/**
 * Validity: what the normalizers could not fix and a person must look at. The flags come from
 * normalizeTable (one pass over the cells), so the audit and the clean agree on what "invalid"
 * means, and cells are parsed once.
 */
import type { FindingKind } from './findings';
import type { CellFinding } from '../normalize/normalize-table';
import type { CheckContext, Emit } from './context';

function kindOf(f: CellFinding): FindingKind | null {
  switch (f.flag) {
    case 'invalid':
      if (f.role === 'email') return 'invalid-email';
      if (f.role === 'phone') return 'invalid-phone';
      return null;
    case 'role-account':
      // A shared info@ mailbox is not one person: fine for a company record, weak for a contact.
      return f.role === 'email' ? 'role-account' : null;
    case 'disposable':
      return f.role === 'email' ? 'disposable-email' : null;
    case 'unrecognized':
    case 'ambiguous':
      // "Narnia" or "Korea" in the country column cannot be put into a dropdown as it is.
      return f.role === 'country' ? 'non-canonical' : null;
    default:
      return null;
  }
}

const DEFAULT_WHY: Record<string, string> = {
  'invalid-email': 'not a valid email address',
  'invalid-phone': 'not a valid phone number',
  'role-account': 'shared team mailbox, not a person',
  'disposable-email': 'disposable (throw-away) email domain',
  'non-canonical': 'not a recognised country',
};

export function checkValidity(ctx: CheckContext, cellFindings: Iterable<CellFinding>, emit: Emit): void {
  for (const f of cellFindings) {
    if (ctx.skip?.(f.row)) continue;
    const kind = kindOf(f);
    if (kind) emit(f.row, kind, f.column, f.why || DEFAULT_WHY[kind] || kind);
  }
}
