/**
 * Staleness: a row whose last activity is older than settings.staleMonths (default 18, the
 * common "flag inactive contacts after 18 months" practice) relative to `now`. A row with no
 * last activity falls back to its created date, because a lead created three years ago and
 * never touched is just as stale. Rows with no readable date are not called stale: we only say
 * what we can show (an ambiguous 03/04/2024 in a column nothing decides is not read). Future
 * dates are not stale. Dates are calendar dates (normalize/date.ts), compared as day numbers.
 */
import type { Cell } from '../table';
import { columnsWithRole } from '../table';
import { effectiveStaleMonths } from '../settings/effective';
import { dateRegion } from '../settings';
import { isBlank } from '../normalize/cell';
import type { CheckContext, Emit } from './context';
import { quote } from './context';
import { cellDate, columnDayOrder, dayNumber, isoDateText, monthsBefore, todayOf } from '../normalize/date';
import type { DateReadOptions } from '../normalize/date';
import { BoundedMemo, remembered } from '../normalize/bounded-memo';

interface DateColumn {
  column: number;
  opts: DateReadOptions;
}

function dateColumn(ctx: CheckContext, column: number | undefined): DateColumn | null {
  if (column === undefined || column < 0) return null;
  const values = ctx.rows.map((row) => row[column]);
  return { column, opts: { order: columnDayOrder(values, dateRegion(ctx.settings)) } };
}

export function checkStaleness(ctx: CheckContext, emit: Emit): void {
  const activity = dateColumn(ctx, columnsWithRole(ctx.roles, 'lastActivity')[0]);
  const created = dateColumn(ctx, columnsWithRole(ctx.roles, 'createdAt')[0]);
  if (!activity && !created) return;
  const months = effectiveStaleMonths(ctx.settings);
  const cutoff = dayNumber(monthsBefore(todayOf(ctx.now), months));
  // Dates repeat a lot (one per working day): read each distinct text once per column, and once
  // per run when the run keeps answers across batches (the key names all the answer depends on).
  const memos = new Map<DateColumn, BoundedMemo<string | null>>();
  const memoOf = (source: DateColumn): BoundedMemo<string | null> => {
    let memo = memos.get(source);
    if (!memo) {
      const kind = `stale|${source === activity ? 'activity' : 'created'}|${source.opts.order}|${cutoff}|${months}`;
      memo = ctx.memo ? ctx.memo.of<string | null>(ctx.settings, kind) : new BoundedMemo<string | null>(25_000);
      memos.set(source, memo);
    }
    return memo;
  };
  const whyOf = (source: DateColumn, value: Cell): string | null => {
    const when = cellDate(value, source.opts);
    if (when === null || dayNumber(when) >= cutoff) return null;
    const what = source === activity ? 'last activity' : 'no activity recorded; created';
    return `${what} ${typeof value === 'string' ? quote(value) + ' ' : ''}(${isoDateText(when)}) is more than ${months} months ago`;
  };
  ctx.rows.forEach((row, r) => {
    if (ctx.skip?.(r)) return;
    let source = activity;
    if (!source || isBlank(row[source.column])) source = created;
    if (!source) return;
    const value = row[source.column];
    let why: string | null | undefined;
    if (typeof value === 'string') {
      const src = source;
      why = remembered(memoOf(src), value, () => whyOf(src, value));
    } else {
      why = whyOf(source, value);
    }
    if (why) emit(r, 'stale', source.column, why);
  });
}
