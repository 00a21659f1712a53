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
import { compareIdentity, compareRest, restBound } from './compare';
import type { ScoreContext } from './scoring';
import { maxWeight, probability, weigh, weightOf } from './scoring';
import { gateOf, idAgrees, personalEmail } from './gate';
import { floorOf, mayHaveFloor } from './floor';

export type { ScoreContext } from './scoring';

export interface PairScore {
  score: number;
  fields: FieldEvidence[];
  /** Why the score was held down, '' when it was not. */
  capped: string;
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

/**
 * Given and family name both exact: the two weights assume the names are independent, but the
 * sheet tells how rare the whole name is. When the whole name is rarer than its parts suggest
 * (Helga + Mueller are common, "Helga Mueller" only on these two rows), that extra rarity counts.
 */
function wholeNameBonus(a: Prepared, cs: readonly Comparison[], ctx: ScoreContext): number {
  let parts = 0;
  let exact = 0;
  for (const c of cs) {
    if (c.field !== 'firstName' && c.field !== 'lastName') continue;
    if (c.level !== 'exact' || c.tfField !== undefined) return 0;
    exact++;
    parts += weightOf(c, ctx.counts, ctx.n);
  }
  if (exact < 2) return 0;
  const whole = weightOf({ field: 'name', level: 'exact', similarity: 1, note: '', tfValue: a.nameKey }, ctx.counts, ctx.n);
  return Math.max(0, whole - parts);
}

const CONTACT_DETAILS = new Set(['email', 'phone', 'birthDate', 'nationalId']);

/**
 * The family name agrees, the given name does not, the address agrees (street, and the house
 * number and postcode where the sheet has them, up to a typo) and no contact detail differs.
 */
function sameHousehold(cs: readonly Comparison[]): boolean {
  let family = false;
  let address = false;
  for (const c of cs) {
    const close = c.level === 'exact' || c.level === 'high';
    if (CONTACT_DETAILS.has(c.field) && c.level === 'diff') return false;
    if (c.field === 'lastName') family = close;
    else if (c.field === 'address') address = close || c.level === 'medium';
    else if ((c.field === 'streetNumber' || c.field === 'postcode') && c.level !== 'exact' && c.level !== 'typo') return false;
  }
  return family && address;
}

const NAME_PARTS = new Set(['name', 'firstName', 'lastName', 'birthDate']);

/**
 * Nothing but the names and the birth date agrees (no contact detail, no place). In a sheet of
 * thousands, many pairs of people share a birthday and a given name (Walter Hoffmann / Walter
 * Jäger), and twins share one with the family name: with one name part clearly different, that
 * is two people, not a duplicate to review.
 */
function birthDateAlone(cs: readonly Comparison[]): boolean {
  return cs.every((c) => NAME_PARTS.has(c.field) || c.level === 'diff');
}

/** Log2-odds of a probability: the score sum a pair needs to reach it. */
function bitsFor(p: number): number {
  return Math.log2(p / (1 - p));
}

export function scorePair(a: Prepared, b: Prepared, ctx: ScoreContext, explain = true): PairScore {
  const comparisons: Comparison[] = [];
  compareIdentity(a, b, comparisons, ctx.commonName);
  if (bothIdentifiersDiffer(a, b, comparisons)) {
    // Namesakes: two people called Jan Novák, often at one company in one city, each with an own
    // email and phone. Name + company + city add up to a lot in Fellegi-Sunter's sum, but a true
    // duplicate with both its email and its phone changed is rare: not even shown for review.
    const score = Math.min(ctx.reviewScore - 0.1, 0.5);
    if (!explain) return { score, fields: [], capped: '' };
    const fields = comparisons.concat(compareRestList(a, b)).map((c) => weigh(c, ctx.counts, ctx.n));
    return { score, fields, capped: 'own email and own phone both differ: probably a namesake' };
  }
  if (!explain && !mayHaveFloor(a, b, comparisons, ctx)) {
    // Early rejection: email, phone and name decide most candidate pairs. When even the best
    // possible agreement of every remaining field cannot lift the pair to the review score, the
    // rest is not compared at all (the score returned is that upper bound, below review).
    let bits = ctx.prior + wholeNameBonus(a, comparisons, ctx);
    for (const c of comparisons) bits += weightOf(c, ctx.counts, ctx.n);
    const best = bits + restBound(a, b, maxWeight);
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
    else if (c.field === 'nationalId' && idAgrees(c)) idAgree = true;
    else if (c.field === 'email' && (c.level === 'exact' || c.level === 'typo')) emailAgree = true;
    else if (c.field === 'birthDate' && c.level === 'exact') dobAgree = true;
    else if (c.field === 'firstName') first = c.level;
    else if (c.field === 'lastName') last = c.level;
  }
  // Separate name columns: same family name with a clearly different given name.
  if (first === 'diff' && (last === 'exact' || last === 'high' || last === 'diff')) nameConflict = true;
  // Half the name and the birth date are all that agree: see birthDateAlone.
  const dobAlone = dobAgree && (first === 'diff' || last === 'diff') && birthDateAlone(comparisons);
  if (dobAlone && (first === 'exact' || first === 'high')) nameConflict = true;
  bits += wholeNameBonus(a, comparisons, ctx);
  let score = probability(bits);
  let capped = '';
  // A national id (or birth date plus own email) names one person even under another name
  // (nickname, marriage, a typo beyond recognition): no cap. A family can share an email, twins
  // a birth date: one of those alone lifts the cap only as far as "doubtful".
  const strongId = idAgree || (dobAgree && emailAgree);
  const identifier = emailAgree || (dobAgree && !dobAlone);
  if (nameConflict && !strongId) {
    // Only the given name differs, at the same full address, and no contact detail tells them
    // apart: a relative, or the same person with a name mistyped beyond recognition. For a person.
    const home = !identifier && sameHousehold(comparisons);
    const cap = identifier || home ? Math.min(ctx.sureScore - 0.01, 0.89) : Math.max(0, ctx.reviewScore - 0.1);
    if (score > cap) {
      score = cap;
      capped = identifier ? 'names differ, so never merged without review' : home ? 'first names differ at the same address (a relative?): review' : 'names differ: probably a colleague or relative';
    }
  }
  const floor = nameConflict ? null : floorOf(a, b, comparisons, ctx);
  if (floor && score < floor.score) {
    score = floor.score;
    capped = floor.reason;
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
