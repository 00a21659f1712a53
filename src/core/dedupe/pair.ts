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
import { compareRows } from './compare';
import type { TermCounts } from './scoring';
import { PRIOR_BITS, probability, weigh } from './scoring';

export interface PairScore {
  score: number;
  fields: FieldEvidence[];
  /** Why the score was held down, '' when it was not. */
  capped: string;
}

export interface ScoreContext {
  counts: TermCounts;
  n: number;
  sureScore: number;
  reviewScore: number;
}

export function scorePair(a: Prepared, b: Prepared, ctx: ScoreContext, explain = true): PairScore {
  const comparisons = compareRows(a, b);
  let bits = PRIOR_BITS;
  const fields: FieldEvidence[] = [];
  let nameConflict = false;
  let idAgree = false;
  let emailAgree = false;
  let dobAgree = false;
  const levelOf = (field: string) => comparisons.find((c) => c.field === field)?.level;
  for (const c of comparisons) {
    const ev = weigh(c, ctx.counts, ctx.n);
    bits += ev.weight;
    if (explain) fields.push(ev);
    if (c.field === 'name' && (c.level === 'conflict' || c.level === 'diff')) nameConflict = true;
    if (c.field === 'nationalId' && (c.level === 'exact' || c.level === 'typo')) idAgree = true;
    if (c.field === 'email' && (c.level === 'exact' || c.level === 'typo')) emailAgree = true;
    if (c.field === 'birthDate' && c.level === 'exact') dobAgree = true;
  }
  // Separate name columns: same family name with a clearly different given name.
  const last = levelOf('lastName');
  if (levelOf('firstName') === 'diff' && (last === 'exact' || last === 'high')) nameConflict = true;
  if (levelOf('firstName') === 'diff' && last === 'diff') nameConflict = true;
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
  return { score: Math.round(score * 10000) / 10000, fields, capped };
}
