/**
 * "Review needs less": pairs that the weights undersell because the sheet has little else to
 * compare. A list with only names (or only company names) gives no identifier to add up, and a
 * person who moved has a new address that weighs against them. When the name agrees and no
 * identifier speaks against it, such a pair is at least offered for review; a company written
 * exactly the same way, legal form included, with nothing else against it, is the same account.
 */
import type { Prepared } from './keys';
import type { Comparison } from './compare';
import { isOrganisation } from './compare';
import { compareOrgs } from './compare-org';

export interface Floor {
  score: number;
  reason: string;
}

/** Fields that identify a person or an account: a difference there means "another one". */
const IDENTIFIERS = new Set(['email', 'phone', 'nationalId', 'birthDate', 'website']);
const NAME_FIELDS = new Set(['name', 'firstName', 'lastName']);

/** Every name comparison exact, and at least one. */
function sameName(cs: readonly Comparison[]): boolean {
  const names = cs.filter((c) => NAME_FIELDS.has(c.field));
  return names.length > 0 && names.every((c) => c.level === 'exact');
}

/** Identifiers compared are all exact agreements (or none was compared). */
function identifiersAgree(cs: readonly Comparison[]): boolean {
  return cs.every((c) => !IDENTIFIERS.has(c.field) || c.level === 'exact' || c.level === 'exactRole');
}

/** The row carries something that identifies a person: an email, a phone, a birth date or an id. */
function hasContact(p: Prepared): boolean {
  return p.emails.length > 0 || p.phones.length > 0 || p.text.birthDate !== undefined || p.text.nationalId !== undefined;
}

/** Whether a floor may apply from the identity comparisons alone (email, phone, names): the fast check. */
export function mayHaveFloor(a: Prepared, b: Prepared, identity: readonly Comparison[]): boolean {
  if (isOrganisation(a) && isOrganisation(b)) return identifiersAgree(identity);
  return !hasContact(a) && !hasContact(b) && sameName(identity) && identity.every((c) => c.level === 'exact');
}

export function floorOf(a: Prepared, b: Prepared, cs: readonly Comparison[], reviewScore: number, sureScore: number): Floor | null {
  if (!identifiersAgree(cs)) return null;
  if (isOrganisation(a) && isOrganisation(b)) return organisationFloor(a, b, cs, reviewScore, sureScore);
  // People: a list with no contact details at all (names, maybe a city), where the same name and
  // everything else compared the same is all there is. With an email or phone on either row, or
  // any difference, the weights decide: namesakes differ in an address too.
  if (hasContact(a) || hasContact(b) || !sameName(cs) || !cs.every((c) => c.level === 'exact')) return null;
  return { score: reviewScore, reason: 'same name and nothing else to tell the rows apart: review' };
}

function organisationFloor(a: Prepared, b: Prepared, cs: readonly Comparison[], reviewScore: number, sureScore: number): Floor | null {
  if (!a.org || !b.org) return null;
  const name = compareOrgs(a.org, b.org);
  if (name.level !== 'exact' && name.level !== 'high') return null;
  // One organisation with two addresses is two sites.
  if (cs.some((c) => c.field === 'address' && c.level === 'diff')) return null;
  const others = cs.filter((c) => c.field !== 'company');
  if (name.level === 'exact' && a.org.legal === b.org.legal && others.every((c) => c.level === 'exact')) return { score: sureScore, reason: '' };
  return { score: reviewScore, reason: `${name.note}, nothing against it: review` };
}
