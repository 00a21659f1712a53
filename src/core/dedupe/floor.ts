/**
 * "Review needs less": pairs that the weights undersell because the sheet has little else to
 * compare. A list with only names (or only company names) gives no identifier to add up, and a
 * person who moved has a new address that weighs against them. When the name agrees and no
 * identifier speaks against it, such a pair is at least offered for review (for companies also
 * when one name contains the other: a subsidiary or the same one); a company written exactly the
 * same way, legal form included, with nothing else against it, is the same account.
 */
import type { Prepared } from './keys';
import type { Comparison } from './compare';
import { isOrganisation } from './compare';
import { compareOrgs } from './compare-org';
import type { ScoreContext } from './scoring';

export interface Floor {
  score: number;
  reason: string;
}

/** Fields that identify a person or an account: a difference there means "another one". */
const IDENTIFIERS = new Set(['email', 'phone', 'nationalId', 'birthDate', 'website']);
const NAME_FIELDS = new Set(['name', 'firstName', 'lastName']);

/** Every name comparison exact, and at least one. */
function sameName(cs: readonly Comparison[]): boolean {
  let names = 0;
  for (const c of cs) {
    if (!NAME_FIELDS.has(c.field)) continue;
    if (c.level !== 'exact') return false;
    names++;
  }
  return names > 0;
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
export function mayHaveFloor(a: Prepared, b: Prepared, identity: readonly Comparison[], ctx: ScoreContext): boolean {
  if (isOrganisation(a) && isOrganisation(b)) return identifiersAgree(identity);
  // Cheapest tests first: most pairs of a contact sheet differ in name or carry contact details.
  if (!sameName(identity)) return false;
  if (a.text.birthDate !== undefined && b.text.birthDate !== undefined && rareName(a, ctx)) return true;
  return !hasContact(a) && !hasContact(b) && identity.every((c) => c.level === 'exact');
}

export function floorOf(a: Prepared, b: Prepared, cs: readonly Comparison[], ctx: ScoreContext): Floor | null {
  const { reviewScore, sureScore } = ctx;
  const moved = movedPerson(a, cs, ctx);
  if (moved) return moved;
  if (!identifiersAgree(cs)) return null;
  if (isOrganisation(a) && isOrganisation(b)) return organisationFloor(a, b, cs, reviewScore, sureScore);
  // People: a list with no contact details at all (names, maybe a city), where the same name and
  // everything else compared the same is all there is. With an email or phone on either row, or
  // any difference, the weights decide: namesakes differ in an address too.
  if (hasContact(a) || hasContact(b) || !sameName(cs) || !cs.every((c) => c.level === 'exact')) return null;
  return { score: reviewScore, reason: 'same name and nothing else to tell the rows apart: review' };
}

/** No other row of the sheet carries this whole name (the pair's two rows at most). */
function rareName(a: Prepared, ctx: ScoreContext): boolean {
  return a.nameKey !== '' && (ctx.counts.get('name')?.get(a.nameKey) ?? 0) <= 2;
}

/**
 * A person who moved, or whose birth date was typed with one part wrong: a whole name no other
 * row of the sheet carries, a birth date that agrees at least in two of its three parts, and no
 * email, phone or id against it. Addresses may differ. A common name with a near birth date is
 * left to the weights: that is how namesakes look.
 */
function movedPerson(a: Prepared, cs: readonly Comparison[], ctx: ScoreContext): Floor | null {
  if (!rareName(a, ctx) || !sameName(cs)) return null;
  let dob = false;
  for (const c of cs) {
    if (c.field === 'birthDate') dob = c.level === 'exact' || c.level === 'typo' || c.level === 'medium' || c.level === 'partial';
    else if ((c.field === 'email' || c.field === 'phone' || c.field === 'nationalId') && c.level === 'diff') return null;
  }
  return dob ? { score: ctx.reviewScore, reason: 'same rare name and birth date alike, the rest may have changed: review' } : null;
}

function organisationFloor(a: Prepared, b: Prepared, cs: readonly Comparison[], reviewScore: number, sureScore: number): Floor | null {
  if (!a.org || !b.org) return null;
  const name = compareOrgs(a.org, b.org);
  if (name.level !== 'exact' && name.level !== 'high' && name.level !== 'partial') return null;
  // One organisation with two addresses is two sites.
  if (cs.some((c) => c.field === 'address' && c.level === 'diff')) return null;
  const others = cs.filter((c) => c.field !== 'company');
  if (name.level === 'exact' && a.org.legal === b.org.legal && others.every((c) => c.level === 'exact')) return { score: sureScore, reason: '' };
  return { score: reviewScore, reason: `${name.note}, nothing against it: review` };
}
