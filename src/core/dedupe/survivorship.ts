/**
 * Survivorship: which row of a cluster survives as the primary. The most valid row first (a real
 * email and a parsed phone are worth more than extra filled cells), then the most complete, then
 * the most recently active; then the most typical row of the cluster (a row with a typo makes a
 * poor centre for the others to match), then a position-independent tie-break.
 */
import type { Cell, ColumnRoles } from '../table';
import type { Prepared } from './keys';
import { isDate } from '../normalize/cell';

export interface RowQuality {
  valid: number;
  filled: number;
  /** Latest activity (or creation) time in ms, 0 when unknown. */
  recent: number;
}

function timeOf(cell: Cell): number {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? 0 : cell.getTime();
  if (typeof cell === 'string' && cell.trim() !== '') {
    const t = Date.parse(cell.trim());
    return Number.isNaN(t) ? 0 : t;
  }
  return 0;
}

export function rowQuality(row: readonly Cell[], roles: ColumnRoles, p: Prepared): RowQuality {
  let recent = 0;
  roles.forEach((r, i) => {
    if (r === 'lastActivity' || r === 'createdAt') recent = Math.max(recent, timeOf(row[i]));
  });
  const valid = p.emails.length + p.phones.filter((ph) => ph.e164).length;
  return { valid, filled: p.filled, recent };
}

/**
 * Negative when row x should be the primary rather than row y, 0 when they are as good. Among
 * equally good rows the clustering prefers the most typical one (cluster.ts), then a
 * position-independent order.
 */
export function comparePrimary(x: RowQuality, y: RowQuality): number {
  if (x.valid !== y.valid) return y.valid - x.valid;
  if (x.filled !== y.filled) return y.filled - x.filled;
  return y.recent - x.recent;
}
