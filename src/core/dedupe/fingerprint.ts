/**
 * Row fingerprints: a stable identity for a row that survives sorting, inserted rows and the
 * cleaning itself (it is built from normalized keys, so reformatting a phone or re-casing a name
 * does not change it). "Not a duplicate" decisions are stored as pairs of fingerprints.
 */
import type { Cell, ColumnRoles, Table } from '../table';
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

/**
 * "Not duplicates" decisions are stored as row fingerprints taken from the sheet as the user saw
 * it, often before any clean. Fingerprints are built from normalized keys, but a national phone
 * number only gets its country code from the row's country column during normalization, so a
 * row's fingerprint can differ before and after. Each remembered fingerprint is therefore also
 * translated to the fingerprint of the same row after normalization. Only rows named in a
 * decision cost anything extra beyond one fingerprint per row.
 */
export function notDuplicatesAfterNormalizing(
  table: Table,
  rows: Cell[][],
  roles: ColumnRoles,
  pairs: Array<[string, string]> | undefined,
  defaultCountry: string | undefined,
): Array<[string, string]> | undefined {
  if (!pairs || pairs.length === 0) return pairs;
  const wanted = new Set(pairs.flat());
  const also = new Map<string, Set<string>>();
  table.rows.forEach((row, r) => {
    const asRead = rowFingerprint(row, roles, defaultCountry);
    if (!wanted.has(asRead)) return;
    const after = rowFingerprint(rows[r] ?? row, roles, defaultCountry);
    if (after === asRead) return;
    let set = also.get(asRead);
    if (!set) also.set(asRead, (set = new Set()));
    set.add(after);
  });
  if (also.size === 0) return pairs;
  const out: Array<[string, string]> = [];
  for (const [a, b] of pairs) {
    for (const x of [a, ...(also.get(a) ?? [])]) for (const y of [b, ...(also.get(b) ?? [])]) out.push([x, y]);
  }
  return out;
}
