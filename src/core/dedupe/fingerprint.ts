/**
 * Row fingerprints: a stable identity for a row that survives sorting, inserted rows and the
 * cleaning itself (it is built from normalized keys, so reformatting a phone or re-casing a name
 * does not change it). "Not a duplicate" decisions are stored as pairs of fingerprints.
 */
import type { Cell, ColumnRoles } from '../table';
import { foldText } from '../normalize/text';
import type { Prepared } from './keys';
import { prepareRow } from './keys';
import { fnv1a } from './hash';

/** FNV-1a as 8 hex digits; two different offsets give a 64-bit-ish result. */
function fnv(text: string, seed: number): string {
  return fnv1a(text, seed).toString(16).padStart(8, '0');
}

export function fingerprintPrepared(p: Prepared, row: readonly Cell[], roles: ColumnRoles): string {
  const ids: string[] = [];
  roles.forEach((r, i) => {
    if (r === 'id') ids.push(foldText(String(row[i] ?? '')));
  });
  const parts = [
    ids.join(','),
    p.emails.map((e) => e.key).sort().join(','),
    p.phones.map((ph) => ph.key).sort().join(','),
    p.nameKey,
    p.companyKey,
    p.text.birthDate ?? '',
    p.text.nationalId ?? '',
    p.text.address ?? '',
  ];
  let canonical = parts.join('\u0001');
  // A row with none of the identity fields: fall back to all its folded cells.
  if (parts.every((x) => x === '')) canonical = row.map((c) => foldText(String(c ?? ''))).join('\u0001');
  return fnv(canonical, 0x811c9dc5) + fnv(canonical, 0x01234567);
}

/** Stable identity of a row for remembered decisions; independent of the row's position. */
export function rowFingerprint(row: readonly Cell[], roles: ColumnRoles, defaultCountry?: string): string {
  return fingerprintPrepared(prepareRow(row, roles, defaultCountry), row, roles);
}
