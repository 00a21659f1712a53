/**
 * Non-canonical values: a status, source, country or job title that is not one of its list's
 * values, so a dropdown would reject it and reports would split one value into several.
 * Status and source are checked against the value map in effect (the defaults until the user
 * edits the CRM Lists sheet); country and title only when the user defined a list for them,
 * because the normalizers already write those in one canonical form. A default list is only
 * applied to a column where at least half the values already fit it (see mostlyFits).
 */
import type { Cell } from '../table';
import { isBlank, isErrorValue } from '../normalize/cell';
import { listTitle } from '../lists/value-map';
import { compiledList, listOf } from '../lists/cleaned-rows';
import { isPlaceholder, placeholderSet } from '../normalize/placeholder';
import type { CheckContext, Emit } from './context';
import { quote } from './context';
import { cellText } from '../table/cell-text';

export { listOf };

export function checkCanonical(ctx: CheckContext, emit: Emit): void {
  ctx.roles.forEach((role, column) => {
    const list = listOf(ctx, role);
    if (!list) return;
    const canonical = new Set(Object.keys(list.map[list.name] ?? {}));
    const lookup = compiledList(list, ctx.settings, ctx.memo);
    const title = listTitle(list.name);
    // A default list the team has never adopted (their statuses are "Hot / Warm / Cold") is not
    // theirs to be measured against: flag values only when most of the column already fits it.
    if (!ctx.userValueMap[list.name] && !mostlyFits(ctx, column, lookup)) return;
    const memo = new Map<string, string | null>();
    const extra = placeholderSet(ctx.settings.placeholders);
    const nonCanonicalWhy = (text: string): string | null => {
      // A placeholder is a missing value, not a value outside the list (completeness reports it).
      if (canonical.has(text) || isPlaceholder(text, extra)) return null;
      const match = lookup?.(text) ?? null;
      return match ? `${quote(text)} is written differently from the ${title} value "${match}"` : `${quote(text)} is not in the ${title} list`;
    };
    ctx.rows.forEach((row, r) => {
      if (ctx.skip?.(r)) return;
      const value: Cell = row[column];
      if (isBlank(value) || isErrorValue(value)) return;
      const text = cellText(value).trim();
      // null: nothing to say (the list's own value, or a placeholder), remembered like a reason.
      let why = memo.get(text);
      if (why === undefined) {
        why = nonCanonicalWhy(text);
        if (memo.size < 10_000) memo.set(text, why);
      }
      if (why) emit(r, 'non-canonical', column, why);
    });
  });
}

function mostlyFits(ctx: CheckContext, column: number, lookup: ((v: Cell) => string | null) | null): boolean {
  if (!lookup) return false;
  let filled = 0;
  let fits = 0;
  const seen = new Map<string, boolean>();
  const extra = placeholderSet(ctx.settings.placeholders);
  for (let r = 0; r < ctx.rows.length; r++) {
    const v = ctx.rows[r]?.[column];
    if (isBlank(v) || isErrorValue(v) || (typeof v === 'string' && isPlaceholder(v, extra))) continue;
    filled++;
    const text = cellText(v);
    let ok = seen.get(text);
    if (ok === undefined) {
      ok = lookup(text) !== null;
      if (seen.size < 10_000) seen.set(text, ok);
    }
    if (ok) fits++;
  }
  return fits * 2 >= filled;
}
