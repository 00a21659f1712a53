/**
 * Cheap identity keys for batching a large file: rows that share one of these keys may be the
 * same customer and must be planned (deduplicated) together. Deliberately generous: a false link
 * only puts two rows in the same batch, where the real matcher decides.
 *  - email: the normalized address (typo-fixed domain, lower-case), so gmail.cmo meets gmail.com;
 *  - phone: the last 9 digits, equal for "0812-4735-5786", "+62 812 4735 5786" and "6281247355786"
 *    without paying for a full phone parse of every row (9 digits: national numbers of all six
 *    markets are at least that long, and shorter junk like "12345" links nothing).
 */
import type { Cell, ColumnRoles } from '../../core/table';
import { normalizeEmail } from '../../core/normalize/email';

const PHONE_TAIL = 9;

function phoneKey(v: Cell): string | null {
  if (v === null || v === undefined || v === '') return null;
  const text = String(v).replace(/\s*(?:ext\.?|x|#)\s*\d+\s*$/i, '');
  const digits = text.replace(/\D+/g, '');
  return digits.length >= PHONE_TAIL ? `p:${digits.slice(-PHONE_TAIL)}` : null;
}

function emailKey(v: Cell): string | null {
  if (typeof v !== 'string' || !v.includes('@')) return null;
  const n = normalizeEmail(v);
  const value = typeof n.value === 'string' ? n.value.toLowerCase() : '';
  return n.flags.includes('invalid') || !value.includes('@') ? null : `e:${value}`;
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
