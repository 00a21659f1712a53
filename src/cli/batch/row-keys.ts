/**
 * Cheap identity keys for batching a large file: rows that share one of these keys may be the
 * same customer and must be planned (deduplicated) together. Deliberately generous: a false link
 * only puts two rows in the same batch, where the real matcher decides.
 *  - email: the mailbox (lower-case, without spaces and invisible characters) and the first letter
 *    of the domain, so "John.Smith@gmail.cmo" meets "john.smith@gmail.com" (a typo in the domain
 *    rarely hits its first letter) without running the email normalizer on every row;
 *  - phone: the last 9 digits, equal for "0812-4735-5786", "+62 812 4735 5786" and "6281247355786"
 *    without paying for a full phone parse of every row (9 digits: national numbers of all six
 *    markets are at least that long, and shorter junk like "12345" links nothing).
 */
import type { Cell, ColumnRoles } from '../../core/table';
import type { RowStore } from '../rows/row-store';

const PHONE_TAIL = 9;

function phoneKey(v: Cell): string | null {
  if (v === null || v === undefined || v === '') return null;
  const text = String(v).replace(/\s*(?:ext\.?|x|#)\s*\d+\s*$/i, '');
  const digits = text.replace(/\D+/g, '');
  return digits.length >= PHONE_TAIL ? `p:${digits.slice(-PHONE_TAIL)}` : null;
}

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

function emailKey(v: Cell): string | null {
  if (typeof v !== 'string') return null;
  const at = v.indexOf('@');
  if (at < 0) return null;
  const local = v.slice(0, at).replace(INVISIBLE, '').toLowerCase();
  const domain = v.slice(at + 1).replace(INVISIBLE, '').toLowerCase();
  return local && domain ? `e:${local}@${domain.charAt(0)}` : null;
}

export function rowKeyer(roles: ColumnRoles): (row: readonly Cell[]) => string[] {
  const emails = roles.flatMap((r, i) => (r === 'email' ? [i] : []));
  const phones = roles.flatMap((r, i) => (r === 'phone' ? [i] : []));
  return (row) => {
    const keys: string[] = [];
    for (const c of emails) {
      const k = emailKey(row[c]);
      if (k) keys.push(k);
    }
    for (const c of phones) {
      const k = phoneKey(row[c]);
      if (k) keys.push(k);
    }
    return keys;
  };
}

/**
 * The keys of each stored row, reading only its email and phone cells (RowStore.cells): a pass
 * over every row of a large file need not unpack all of them.
 */
export function storedRowKeyer(store: RowStore, roles: ColumnRoles): (row: number) => string[] {
  const keysOf = rowKeyer(roles);
  const columns = roles.flatMap((r, i) => (r === 'email' || r === 'phone' ? [i] : []));
  return (row) => keysOf(store.cells(row, columns));
}
