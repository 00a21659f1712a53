/**
 * Scoring one pair: comparisons -> weights -> probability, with the one rule Fellegi-Sunter's
 * independence assumption gets wrong in a CRM. Colleagues share a switchboard, an info@ address,
 * the company and its address; relatives share a home phone and a surname. All of that is
 * organisational or household evidence, and it adds up past any threshold. So when the person
 * names clearly conflict (Jan Novák / Eva Novák), the pair is never "sure"; and unless a personal
 * identifier (own email, national id, birth date) also agrees, it is not even shown for review.
 */
import type { FieldEvidence } from './types';
import type { Prepared } from './keys';
import type { Comparison, Level } from './compare';
import { compareIdentity, compareNameTokens, compareRest, restFields } from './compare';
import { damerau, sortedUnique } from './similarity';
import type { Owners, TermCounts } from './scoring';
import { maxWeight, probability, weigh, weightOf } from './scoring';

export interface PairScore {
  score: number;
  fields: FieldEvidence[];
  /** Why the score was held down, '' when it was not. */
  capped: string;
}

export interface ScoreContext {
  counts: TermCounts;
  /** Name signature owning each email / phone key ('*' when people with different names share it). */
  owners: Owners;
  n: number;
  /** Prior log2-odds of a match for this sheet's size (priorBits). */
  prior: number;
  sureScore: number;
  reviewScore: number;
}

/** A personal identifier shared by more rows than this is a shared line or mailbox, not one person. */
const MAX_OWN_ROWS = 6;

/**
 * Verdict of the "sure" gate: which strong identifier agreed, and which one spoke against.
 * The Fellegi-Sunter sum decides how likely a pair is; the gate decides whether that is enough to
 * merge without asking. A sum built from name + company + city can reach any height in a big
 * sheet of namesakes, so a sure merge also needs a personal identifier that agrees and none that
 * disagrees.
 */
interface Gate {
  agree: string;
  against: string;
}

function personalEmail(p: Prepared): boolean {
  return p.emails.some((e) => !e.role);
}

function gateOf(a: Prepared, b: Prepared, cs: readonly Comparison[], ctx: ScoreContext): Gate {
  let agree = '';
  let against = '';
  let nameOk = true;
  let orgName = false;
  let address = false;
  let place = true;
  let email: Comparison | undefined;
  let phone: Comparison | undefined;
  let phoneAgree = false;
  for (const c of cs) {
    switch (c.field) {
      case 'email':
        email = c;
        break;
      case 'phone':
        phone = c;
        break;
      case 'name':
      case 'firstName':
      case 'lastName':
        if (c.level === 'conflict' || c.level === 'diff') nameOk = false;
        break;
      case 'nationalId':
        if (c.level === 'exact' || c.level === 'typo') agree ||= 'same national id';
        else if (c.level === 'diff') against ||= 'different national id';
        break;
      case 'birthDate':
        // A mistyped birth date is common; it only speaks against when no national id agrees.
        if (c.level === 'diff' && !cs.some((x) => x.field === 'nationalId' && (x.level === 'exact' || x.level === 'typo'))) against ||= 'different birth date';
        break;
      case 'address':
        address = c.level === 'exact' || c.level === 'high';
        break;
      case 'city':
      case 'postcode':
      case 'streetNumber':
        if (c.level !== 'exact') place = false;
        break;
    }
  }
  // Exact-ish name: every compared name part exact or a close typo (0.95+), none conflicting.
  const parts = cs.filter((c) => c.field === 'name' || c.field === 'firstName' || c.field === 'lastName');
  let nameExact = parts.length > 0 && parts.every((c) => c.level === 'exact' || c.level === 'high');
  const nameSame = parts.length > 0 && parts.every((c) => c.level === 'exact');
  if (parts.length === 0 && a.nameTokens.length === 0 && b.nameTokens.length === 0) {
    // Organisations: the company column is the name. "Hamline" inside "Chicago Public Schools
    // Hamline" is a different site of the same body, so only an exact or near-exact name counts.
    const co = cs.find((c) => c.field === 'company');
    orgName = true;
    nameExact = co !== undefined && (co.level === 'exact' || (co.level === 'high' && strictSame(a.companySet, b.companySet)));
    nameOk = co !== undefined && co.level !== 'diff';
  }
  // A national id names one person even when one name part was changed (nickname, marriage,
  // a typo beyond recognition), as long as the other part still agrees.
  const idAgrees = cs.some((c) => c.field === 'nationalId' && (c.level === 'exact' || c.level === 'typo'));
  if (nameOk && !nameSame && !idAgrees && distinctCommonNames(a, b, ctx)) nameOk = false;
  if (!nameOk && idAgrees && !orgName && parts.length > 1 && parts.some((c) => c.level === 'exact' || c.level === 'high')) nameOk = true;
  if (!nameOk) return { agree: '', against: 'names differ' };
  // One organisation has many sites with one name and one switchboard: a different address is
  // a different site.
  if (orgName && cs.some((c) => c.field === 'address' && c.level === 'diff')) against ||= 'different address (another site?)';
  if (email) {
    const own = email.tfValue !== undefined && ownValue(`e:${email.tfValue}`, (ctx.counts.get('email')?.get(email.tfValue) ?? 0), a, b, ctx);
    if (email.level === 'exact' && own) agree ||= 'same personal email';
    // A one-letter slip in a long personal mailbox (susanto.fajar802 / susanto.fajr802) is the same
    // person; "jan.novak" / "jannovak" are two mailboxes (only a separator differs), never merged.
    // The name must agree exactly: budi.santoso / rudi.santoso is Budi and Rudi, not a slip.
    if (email.level === 'typo' && nameSame && typoIsSlip(a, b)) agree ||= 'personal email with a one-letter slip';
  }
  if (phone) {
    const key = phone.tfValue;
    const own = key !== undefined && ownValue(`p:${key}`, (ctx.counts.get('phone')?.get(key) ?? 0), a, b, ctx);
    // Two team mailboxes and one number: the number is the organisation's, not a person's.
    // A row whose only mailbox is a team one (info@) is the organisation's record: its number is
    // the switchboard, not a person's own line.
    const teamRows = (a.emails.length > 0 && !personalEmail(a)) || (b.emails.length > 0 && !personalEmail(b));
    phoneAgree = phone.level === 'exact' && own && !teamRows && (orgName ? nameExact : true);
    if (phoneAgree) agree ||= 'same phone, not shared with others';
    // People change numbers and keep two; a different phone only blocks a merge that no personal
    // email carries.
    // (A one-letter slip in an email is not strong enough to outvote a different phone: in a big
    // sheet namesakes have near-identical mailboxes, annguyen417@ / anguyen417@.)
    if (phone.level === 'diff' && agree !== 'same personal email') against ||= 'different phones';
  }
  if (email && email.level === 'diff' && personalEmail(a) && personalEmail(b)) {
    // A second mailbox of the same person (jan.novak@seznam.cz / jannovak77@gmail.com) is common;
    // with a personal phone agreeing and mailbox names that spell the same words it is no conflict.
    if (!(phoneAgree && sameMailboxWords(a, b))) against ||= 'different personal emails';
  }
  const dob = cs.find((c) => c.field === 'birthDate');
  if (dob && (dob.level === 'exact' || dob.level === 'typo') && nameExact) agree ||= 'same birth date and name';
  // Sheets without personal identifiers (organisation lists, addresses): exact name + full address.
  if (agree === '' && nameExact && address && place && !email && !cs.some((c) => c.field === 'nationalId' || c.field === 'birthDate')) {
    agree = 'same name and full address';
  }
  return { agree, against };
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
  for (const p of [a, b]) {
    for (const name of names) {
      if (name.startsWith('c:')) {
        if (p.nameTokens.length > 0) continue;
        const other = name.slice(2);
        if (other !== p.companyKey && !strictSame(sortedUnique(other.split(' ')), p.companySet)) return false;
        continue;
      }
      if (p.nameTokens.length === 0 || name === p.nameKey) continue;
      const c = compareNameTokens(name.split(' '), p.nameTokens, 'name', name, p.nameKey);
      if (!c || c.level === 'conflict' || c.level === 'diff') return false;
    }
  }
  return true;
}

/**
 * Linh / Binh, Budi / Yudi, Kara / Kaya: one letter apart, but both are names many rows of the
 * sheet carry, so they are two names, not a typo (a typo is rare: it appears once or twice).
 */
function distinctCommonNames(a: Prepared, b: Prepared, ctx: ScoreContext): boolean {
  const tokens = ctx.counts.get('nameToken');
  if (!tokens) return false;
  const onlyA = a.nameTokens.filter((t) => !b.nameTokens.includes(t));
  const onlyB = b.nameTokens.filter((t) => !a.nameTokens.includes(t));
  const common = (t: string) => t.length > 1 && (tokens.get(t) ?? 0) >= COMMON_NAME_ROWS;
  return onlyA.some(common) && onlyB.some(common);
}

/** A name word carried by at least this many rows is a name in its own right. */
const COMMON_NAME_ROWS = 3;

/** Company token sets equal up to one extra or changed word on each side of a long name. */
function strictSame(x: readonly string[], y: readonly string[]): boolean {
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

function compareRestList(a: Prepared, b: Prepared): Comparison[] {
  const out: Comparison[] = [];
  compareRest(a, b, out);
  return out;
}

/** Personal email and phone on both rows, and both clearly different (not a typo, not a shared line). */
function bothIdentifiersDiffer(a: Prepared, b: Prepared, cs: readonly Comparison[]): boolean {
  let email = false;
  let phone = false;
  for (const c of cs) {
    if (c.field === 'email' && c.level === 'diff') email = true;
    else if (c.field === 'phone' && c.level === 'diff') phone = true;
  }
  return email && phone && personalEmail(a) && personalEmail(b);
}

/** Log2-odds of a probability: the score sum a pair needs to reach it. */
function bitsFor(p: number): number {
  return Math.log2(p / (1 - p));
}

export function scorePair(a: Prepared, b: Prepared, ctx: ScoreContext, explain = true): PairScore {
  const comparisons: Comparison[] = [];
  compareIdentity(a, b, comparisons);
  if (bothIdentifiersDiffer(a, b, comparisons)) {
    // Namesakes: two people called Jan Novák, often at one company in one city, each with an own
    // email and phone. Name + company + city add up to a lot in Fellegi-Sunter's sum, but a true
    // duplicate with both its email and its phone changed is rare: not even shown for review.
    const score = Math.min(ctx.reviewScore - 0.1, 0.5);
    if (!explain) return { score, fields: [], capped: '' };
    const fields = comparisons.concat(compareRestList(a, b)).map((c) => weigh(c, ctx.counts, ctx.n));
    return { score, fields, capped: 'own email and own phone both differ: probably a namesake' };
  }
  if (!explain) {
    // Early rejection: email, phone and name decide most candidate pairs. When even the best
    // possible agreement of every remaining field cannot lift the pair to the review score, the
    // rest is not compared at all (the score returned is that upper bound, below review).
    let bits = ctx.prior;
    for (const c of comparisons) bits += weightOf(c, ctx.counts, ctx.n);
    const rest = restFields(a, b);
    let best = bits;
    for (const f of rest) best += maxWeight(f);
    if (ctx.reviewScore > 0 && ctx.reviewScore < 1 && best < bitsFor(ctx.reviewScore)) return { score: probability(best), fields: [], capped: '' };
  }
  compareRest(a, b, comparisons);
  let bits = ctx.prior;
  const fields: FieldEvidence[] = [];
  let nameConflict = false;
  let idAgree = false;
  let emailAgree = false;
  let dobAgree = false;
  let first: Level | undefined;
  let last: Level | undefined;
  for (const c of comparisons) {
    if (explain) {
      const ev = weigh(c, ctx.counts, ctx.n);
      bits += ev.weight;
      fields.push(ev);
    } else {
      bits += weightOf(c, ctx.counts, ctx.n);
    }
    if (c.field === 'name' && (c.level === 'conflict' || c.level === 'diff')) nameConflict = true;
    else if (c.field === 'nationalId' && (c.level === 'exact' || c.level === 'typo')) idAgree = true;
    else if (c.field === 'email' && (c.level === 'exact' || c.level === 'typo')) emailAgree = true;
    else if (c.field === 'birthDate' && c.level === 'exact') dobAgree = true;
    else if (c.field === 'firstName') first = c.level;
    else if (c.field === 'lastName') last = c.level;
  }
  // Separate name columns: same family name with a clearly different given name.
  if (first === 'diff' && (last === 'exact' || last === 'high' || last === 'diff')) nameConflict = true;
  let score = probability(bits);
  let capped = '';
  // A national id (or birth date plus own email) names one person even under another name
  // (nickname, marriage, a typo beyond recognition): no cap. A family can share an email, twins
  // a birth date: one of those alone lifts the cap only as far as "doubtful".
  const strongId = idAgree || (dobAgree && emailAgree);
  const identifier = emailAgree || dobAgree;
  if (nameConflict && !strongId) {
    const cap = identifier ? Math.min(ctx.sureScore - 0.01, 0.89) : Math.max(0, ctx.reviewScore - 0.1);
    if (score > cap) {
      score = cap;
      capped = identifier ? 'names differ, so never merged without review' : 'names differ: probably a colleague or relative';
    }
  }
  if (score >= ctx.sureScore) {
    // The sure gate: a strong identifier agrees and none disagrees, else at most doubtful.
    const gate = gateOf(a, b, comparisons, ctx);
    if (gate.agree === '' || gate.against !== '') {
      score = Math.max(ctx.reviewScore, Math.min(score, ctx.sureScore - 0.01));
      capped = gate.agree === '' ? 'no personal identifier (own email, own phone, id) agrees: review' : `${gate.against}: review`;
    }
  }
  return { score: Math.round(score * 10000) / 10000, fields, capped };
}
