/**
 * Merging a cluster into its primary without losing a value: blanks of the primary are filled
 * from the other members (primary's own values win), and every other value that differs from
 * what the primary keeps goes into `kept` and the note. Two spellings of one value (same email
 * key, same E.164 phone, same folded text) are one value: "ACME" next to "Acme" is not a conflict.
 * The merged-away rows themselves go to the archive sheet, so even those spellings survive there.
 */
import type { Cell, ColumnRoles, Table } from '../table';
import { foldText } from '../normalize/text';
import type { DuplicateCluster, MergeResult } from './types';
import { companyKeyOf, emailKeyOf, nameTokensOf, phoneKeyOf } from './keys';
import { isDate } from '../normalize/cell';
import { cellText } from '../table/cell-text';

function blank(c: Cell): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** The value's identity for "is this the same value?" under the column's role. */
export function valueKey(cell: Cell, role: ColumnRoles[number]): string {
  if (blank(cell)) return '';
  if (isDate(cell)) return `d:${cell.getTime()}`;
  switch (role) {
    case 'email': {
      const k = emailKeyOf(cell);
      if (k) return `e:${k.key}`;
      break;
    }
    case 'phone': {
      const k = phoneKeyOf(cell);
      if (k) return `p:${k.key}`;
      break;
    }
    case 'name':
    case 'firstName':
    case 'lastName': {
      const t = nameTokensOf(cell);
      if (t.length > 0) return `n:${t.join(' ')}`;
      break;
    }
    case 'company': {
      const k = companyKeyOf(cell);
      if (k.key !== '') return `c:${k.key}|${foldText(String(cell))}`;
      break;
    }
    default:
      break;
  }
  return `t:${foldText(String(cell)) || String(cell).trim()}`;
}

export function mergeCluster(table: Table, roles: ColumnRoles, cluster: DuplicateCluster): MergeResult {
  const primaryRow = table.rows[cluster.primary] ?? [];
  const row: Cell[] = table.header.map((_, c) => primaryRow[c] ?? '');
  const filled: MergeResult['filled'] = [];
  const kept: MergeResult['kept'] = [];
  const others = cluster.rows.filter((r) => r !== cluster.primary).sort((x, y) => x - y);
  for (let c = 0; c < row.length; c++) {
    const role = roles[c] ?? null;
    const seen = new Set<string>();
    if (!blank(row[c])) seen.add(valueKey(row[c], role));
    for (const r of others) {
      const v = table.rows[r]?.[c];
      if (blank(v)) continue;
      const key = valueKey(v, role);
      if (seen.has(key)) continue;
      seen.add(key);
      if (blank(row[c])) {
        row[c] = v;
        filled.push({ column: c, value: v, from: r });
      } else {
        kept.push({ column: c, value: v, from: r });
      }
    }
  }
  const byColumn = new Map<number, string[]>();
  for (const k of kept) {
    let list = byColumn.get(k.column);
    if (!list) byColumn.set(k.column, (list = []));
    list.push(cellText(k.value));
  }
  const note = [...byColumn.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([c, vals]) => `Other ${table.header[c] ?? `column ${c + 1}`}: ${vals.join('; ')}`)
    .join('\n');
  return { row, filled, kept, note };
}
