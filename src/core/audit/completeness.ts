/**
 * Completeness: every role in settings.requiredFields must be filled. A spreadsheet error value
 * (#N/A, #REF!) counts as missing: it holds no data a rep could use.
 */
import type { ColumnRole } from '../table';
import { columnsWithRole } from '../table';
import { isBlank, isErrorValue } from '../normalize/cell';
import type { CheckContext, Emit } from './context';

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
  ctx.rows.forEach((row, r) => {
    if (ctx.skip?.(r)) return;
    for (const { role, cols } of groups) {
      let filled = false;
      for (const c of cols) {
        const v = row[c];
        if (!isBlank(v) && !isErrorValue(v)) {
          filled = true;
          break;
        }
      }
      if (filled) continue;
      const first = cols[0] as number;
      const v = row[first];
      const label = ROLE_WORDS[role] ?? role;
      const header = ctx.header[first] ?? '';
      const why = isErrorValue(v)
        ? `required ${label} holds the error ${String(v).trim()}`
        : `required ${label} is missing${header ? ` (column "${header}")` : ''}`;
      emit(r, 'incomplete', first, why);
    }
  });
}
