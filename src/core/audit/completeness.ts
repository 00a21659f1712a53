/**
 * Completeness: every role in settings.requiredFields must be filled. A spreadsheet error value
 * (#N/A, #REF!) and a placeholder ("N/A", "-", "TBD", "tidak ada", a team's own tokens) count as
 * missing: they hold no data a rep could use. Such a row is "incomplete", never "invalid email".
 */
import type { Cell, ColumnRole } from '../table';
import { columnsWithRole } from '../table';
import { isBlank, isErrorValue } from '../normalize/cell';
import { isPlaceholder, placeholderSet } from '../normalize/placeholder';
import type { CheckContext, Emit } from './context';
import { RunMemo } from '../normalize/run-memo';
import { remembered } from '../normalize/bounded-memo';

const ROLE_WORDS: Partial<Record<ColumnRole, string>> = {
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  email: 'email',
  phone: 'phone',
  company: 'company',
  country: 'country',
  title: 'job title',
  status: 'status',
  source: 'source',
  owner: 'owner',
  lastActivity: 'last activity',
};

/**
 * Columns that satisfy a required role. A required "name" is met by a full-name column or, in a
 * sheet that splits names, by first or last name. A required role with no column at all is not
 * checked: the sheet cannot be blamed for a column it never had (the settings screen shows it).
 */
function groupsFor(role: ColumnRole, ctx: CheckContext): number[] {
  const cols = columnsWithRole(ctx.roles, role);
  if (cols.length > 0 || role !== 'name') return cols;
  return [...columnsWithRole(ctx.roles, 'firstName'), ...columnsWithRole(ctx.roles, 'lastName')];
}

export function checkCompleteness(ctx: CheckContext, emit: Emit): void {
  const required = [...new Set(ctx.settings.requiredFields ?? [])];
  const groups = required
    .map((role) => ({ role, cols: groupsFor(role, ctx) }))
    .filter((g) => g.cols.length > 0);
  if (groups.length === 0) return;
  const extra = placeholderSet(ctx.settings.placeholders);
  // Names and companies repeat across a large file: each distinct one is looked at once. Emails
  // and phones are nearly all distinct, and isPlaceholder refuses them at once (an @, digits).
  const seen = (ctx.memo ?? new RunMemo()).of<boolean>(ctx.settings, 'placeholder');
  const placeholderIn = (role: ColumnRole) =>
    role === 'email' || role === 'phone'
      ? (v: Cell): boolean => typeof v === 'string' && isPlaceholder(v, extra)
      : (v: Cell): boolean => typeof v === 'string' && remembered(seen, v, () => isPlaceholder(v, extra));
  const checks = groups.map((g) => ({ ...g, placeholder: placeholderIn(g.role) }));
  ctx.rows.forEach((row, r) => {
    if (ctx.skip?.(r)) return;
    for (const { role, cols, placeholder } of checks) {
      let filled = false;
      for (const c of cols) {
        const v = row[c];
        if (!isBlank(v) && !isErrorValue(v) && !placeholder(v)) {
          filled = true;
          break;
        }
      }
      if (filled) continue;
      const first = cols[0] as number;
      const v = row[first];
      const label = ROLE_WORDS[role] ?? role;
      const header = ctx.header[first] ?? '';
      let why = `required ${label} is missing${header ? ` (column "${header}")` : ''}`;
      if (isErrorValue(v)) why = `required ${label} holds the error ${String(v).trim()}`;
      else if (placeholder(v)) why = `required ${label} holds only the placeholder "${String(v).trim()}"`;
      emit(r, 'incomplete', first, why);
    }
  });
}
