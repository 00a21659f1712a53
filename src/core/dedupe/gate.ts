/**
 * The "sure" gate: which strong identifier agreed, and which one spoke against. The
 * Fellegi-Sunter sum decides how likely a pair is; the gate decides whether that is enough to
 * merge without asking. A sum built from name + company + city can reach any height in a big
 * sheet of namesakes, so a sure merge also needs a personal identifier that agrees and none that
 * disagrees. Each rule below is one short step; `gateOf` only runs them in order.
 */
import type { Prepared } from './keys';
import type { Comparison } from './compare';
import type { ScoreContext } from './scoring';
import { COMMON_NAME_ROWS } from './scoring';
import { compareNameTokens } from './compare';
import { compareOrgs } from './compare-org';
import { damerau, sortedUnique } from './similarity';

export interface Gate {
  agree: string;
  against: string;
}

/** The comparisons the gate reads, found once. */
interface Facts {
  email?: Comparison;
  phone?: Comparison;
  id?: Comparison;
  dob?: Comparison;
  address?: Comparison;
  company?: Comparison;
  /** Person-name comparisons (full name, or first and last). */
  parts: Comparison[];
  /** City, postcode and street number: all must agree for "same full address". */
  places: Comparison[];
}

function factsOf(cs: readonly Comparison[]): Facts {
  const f: Facts = { parts: [], places: [] };
  for (const c of cs) {
    switch (c.field) {
      case 'email': f.email = c; break;
      case 'phone': f.phone = c; break;
      case 'nationalId': f.id = c; break;
      case 'birthDate': f.dob = c; break;
      case 'address': f.address = c; break;
      case 'company': f.company = c; break;
      case 'name': case 'firstName': case 'lastName': f.parts.push(c); break;
      case 'city': case 'postcode': case 'streetNumber': f.places.push(c); break;
    }
  }
  return f;
}

/** Exactly equal or one character off: how an identifier (national id, birth date) agrees. */
export function exactOrSlip(c: Comparison | undefined): boolean {
  return c !== undefined && (c.level === 'exact' || c.level === 'typo');
}

/** A national id (or a one-character slip in it) names one person: the one place this is decided. */
export const idAgrees = exactOrSlip;

const isExact = (c: Comparison) => c.level === 'exact';
const isCloseOrExact = (c: Comparison) => c.level === 'exact' || c.level === 'high';
const isAgainst = (c: Comparison) => c.level === 'conflict' || c.level === 'diff';

/** A personal identifier shared by more rows than this is a shared line or mailbox, not one person. */
const MAX_OWN_ROWS = 6;

interface NameVerdict {
  ok: boolean;
  /** Every name part exact or a close typo (0.95+). */
  exact: boolean;
  /** Every name part exactly equal. */
  same: boolean;
  /** The rows are organisations: the company is their name. */
  org: boolean;
}

/** Do the names allow a sure merge at all, and how closely do they agree? */
function nameVerdict(a: Prepared, b: Prepared, f: Facts, ctx: ScoreContext): NameVerdict {
  if (f.parts.length === 0 && a.nameTokens.length === 0 && b.nameTokens.length === 0) return organisationName(a, b, f);
  const exact = f.parts.length > 0 && f.parts.every(isCloseOrExact);
  const same = f.parts.length > 0 && f.parts.every(isExact);
  let ok = !f.parts.some(isAgainst);
  if (ok && !same && !idAgrees(f.id) && distinctCommonNames(a, b, ctx)) ok = false;
  // A national id names one person even when one name part was changed (nickname, marriage,
  // a typo beyond recognition), as long as the other part still agrees.
  if (!ok && idAgrees(f.id) && f.parts.length > 1 && f.parts.some(isCloseOrExact)) ok = true;
  return { ok, exact, same, org: false };
}

/**
 * Organisations: the company column is the name. "Hamline" inside "Chicago Public Schools
 * Hamline" is a different site of the same body, so only an exact or near-exact name counts.
 */
function organisationName(a: Prepared, b: Prepared, f: Facts): NameVerdict {
  const co = f.company;
  const exact = co !== undefined && (co.level === 'exact' || (co.level === 'high' && strictSame(a.companySet, b.companySet)));
  // The same legal name: the same words and the same legal form (DSM N.V. is not DSM B.V.).
  const same = a.org !== null && b.org !== null && a.org.legal === b.org.legal && compareOrgs(a.org, b.org).level === 'exact';
  return { ok: co !== undefined && co.level !== 'diff', exact, same, org: true };
}

export function personalEmail(p: Prepared): boolean {
  return p.emails.some((e) => !e.role);
}

/** A row whose only mailbox is a team one (info@) is the organisation's record. */
function teamRow(p: Prepared): boolean {
  return p.emails.length > 0 && !personalEmail(p);
}

function emailAgreement(a: Prepared, b: Prepared, f: Facts, name: NameVerdict, ctx: ScoreContext): string {
  const e = f.email;
  if (!e) return '';
  if (e.level === 'exact' && e.tfValue !== undefined && ownValue(`e:${e.tfValue}`, ctx.counts.get('email')?.get(e.tfValue) ?? 0, a, b, ctx)) return 'same personal email';
  // A one-letter slip in a long personal mailbox (susanto.fajar802 / susanto.fajr802) is the same
  // person; "jan.novak" / "jannovak" are two mailboxes (only a separator differs), never merged.
  // The name must agree exactly: budi.santoso / rudi.santoso is Budi and Rudi, not a slip.
  if (e.level === 'typo' && name.same && !name.org && typoIsSlip(a, b)) return 'personal email with a one-letter slip';
  return '';
}

/**
 * One number, one person: the phone is this person's own line (few rows, compatible names),
 * neither row is a team mailbox's record, and for organisations the names agree closely.
 */
function phoneAgrees(a: Prepared, b: Prepared, f: Facts, name: NameVerdict, ctx: ScoreContext): boolean {
  const p = f.phone;
  if (!p || p.level !== 'exact' || p.tfValue === undefined) return false;
  if (!ownValue(`p:${p.tfValue}`, ctx.counts.get('phone')?.get(p.tfValue) ?? 0, a, b, ctx)) return false;
  return !teamRow(a) && !teamRow(b) && (name.org ? name.exact : true);
}

/** Identifiers that speak for one person, strongest first. */
function agreement(a: Prepared, b: Prepared, f: Facts, name: NameVerdict, phoneOk: boolean, ctx: ScoreContext): string {
  if (idAgrees(f.id)) return 'same national id';
  const email = emailAgreement(a, b, f, name, ctx);
  if (email) return email;
  if (phoneOk) return 'same phone, not shared with others';
  // A birth date one digit off is how a common name's namesakes often differ: only an exact one counts.
  if (f.dob?.level === 'exact' && name.exact) return 'same birth date and name';
  // An account list: the same legal name, and no contact detail to tell the rows apart.
  if (name.org && name.same && !f.email && !f.phone && !f.id && (!f.address || isCloseOrExact(f.address))) return 'same company name and legal form';
  // Sheets without personal identifiers (organisation lists, addresses): exact name + full address.
  const fullAddress = f.address !== undefined && isCloseOrExact(f.address) && f.places.every(isExact);
  if (name.exact && fullAddress && !f.email && !f.id && !f.dob) return 'same name and full address';
  return '';
}

/** Identifiers that speak against one person, strongest first. */
function disagreement(a: Prepared, b: Prepared, f: Facts, name: NameVerdict, agree: string, phoneOk: boolean): string {
  // Bob and Robert are often two people: a short form of the name is for a person to judge,
  // unless a national id says who it is.
  if (f.parts.some((c) => c.level === 'nickname') && !idAgrees(f.id)) return 'a short form of the name';
  if (f.id?.level === 'diff') return 'different national id';
  // A mistyped birth date is common; it only speaks against when no national id agrees.
  if (f.dob?.level === 'diff' && !idAgrees(f.id)) return 'different birth date';
  // One organisation has many sites with one name and one switchboard: a different address is
  // a different site.
  if (name.org && f.address?.level === 'diff') return 'different address (another site?)';
  // People change numbers and keep two; a different phone only blocks a merge that no personal
  // email carries. (A one-letter slip in an email is not strong enough to outvote a different
  // phone: in a big sheet namesakes have near-identical mailboxes, annguyen417@ / anguyen417@.)
  if (f.phone?.level === 'diff' && agree !== 'same personal email') return 'different phones';
  // A second mailbox of the same person (jan.novak@seznam.cz / jannovak77@gmail.com) is common;
  // with a personal phone agreeing and mailbox names that spell the same words it is no conflict.
  if (f.email?.level === 'diff' && personalEmail(a) && personalEmail(b) && !(phoneOk && sameMailboxWords(a, b))) return 'different personal emails';
  return '';
}

export function gateOf(a: Prepared, b: Prepared, cs: readonly Comparison[], ctx: ScoreContext): Gate {
  const f = factsOf(cs);
  const name = nameVerdict(a, b, f, ctx);
  if (!name.ok) return { agree: '', against: 'names differ' };
  const phoneOk = phoneAgrees(a, b, f, name, ctx);
  const agree = agreement(a, b, f, name, phoneOk, ctx);
  return { agree, against: disagreement(a, b, f, name, agree, phoneOk) };
}

/**
 * A value (email or phone) is one person's own when few rows carry it and every name it appears
 * under is compatible with both rows' names: "Nguyễn Thị Lợi" and "Loi Nguyen Thi" own one line;
 * Jan and Eva Novák on one home phone, or a switchboard, do not.
 */
function ownValue(key: string, rows: number, a: Prepared, b: Prepared, ctx: ScoreContext): boolean {
  if (rows > MAX_OWN_ROWS) return false;
  const names = ctx.owners.get(key);
  if (!names) return true;
  return [a, b].every((p) => names.every((name) => ownerFits(name, p)));
}

function ownerFits(name: string, p: Prepared): boolean {
  if (name.startsWith('c:')) {
    if (p.nameTokens.length > 0) return true;
    const other = name.slice(2);
    return other === p.companyKey || strictSame(sortedUnique(other.split(' ')), p.companySet);
  }
  if (p.nameTokens.length === 0 || name === p.nameKey) return true;
  const c = compareNameTokens(name.split(' '), p.nameTokens, 'name', name, p.nameKey);
  return c !== null && !isAgainst(c);
}

/**
 * Linh / Binh, Budi / Yudi, Kara / Kaya: one letter apart, but both are names many rows of the
 * sheet carry, so they are two names, not a typo (a typo is rare: it appears once or twice).
 */
function distinctCommonNames(a: Prepared, b: Prepared, ctx: ScoreContext): boolean {
  const tokens = ctx.counts.get('nameToken');
  if (!tokens) return false;
  const common = (t: string) => t.length > 1 && (tokens.get(t) ?? 0) >= COMMON_NAME_ROWS;
  const onlyA = a.nameTokens.filter((t) => !b.nameTokens.includes(t));
  const onlyB = b.nameTokens.filter((t) => !a.nameTokens.includes(t));
  return onlyA.some(common) && onlyB.some(common);
}

/** Company token sets equal up to one extra or changed word on each side of a long name. */
export function strictSame(x: readonly string[], y: readonly string[]): boolean {
  let common = 0;
  for (const t of x) if (y.includes(t)) common++;
  const union = x.length + y.length - common;
  return union > 0 && common / union >= 0.75;
}

function typoIsSlip(a: Prepared, b: Prepared): boolean {
  for (const x of a.emails) {
    if (x.role) continue;
    for (const y of b.emails) {
      if (y.role || x.domain !== y.domain) continue;
      const lx = x.local.replace(/[^a-z0-9]/g, '');
      const ly = y.local.replace(/[^a-z0-9]/g, '');
      if (lx !== ly && Math.max(lx.length, ly.length) >= 8 && x.local.replace(/\D/g, '') === y.local.replace(/\D/g, '') && damerau(lx, ly, 1) <= 1) return true;
    }
  }
  return false;
}

function mailboxWords(p: Prepared): string[] {
  return p.emails.filter((e) => !e.role).map((e) => e.local.replace(/[^a-z]/g, ''));
}

function sameMailboxWords(a: Prepared, b: Prepared): boolean {
  const wb = mailboxWords(b);
  return mailboxWords(a).some((w) => w.length >= 4 && wb.includes(w));
}
