/**
 * Fellegi-Sunter scoring: every compared field adds log2(m / u) to the score, where m is how often
 * true duplicates show that agreement level and u how often two different people do. The sum plus
 * a prior gives the match probability. The defaults below are set from what CRM data and the
 * record-linkage literature show, so the model works with no labelled pairs; exact agreements get
 * their u from the value's frequency in the sheet itself (term-frequency adjustment), so a
 * switchboard number or a common name counts for less than a rare one.
 */
import type { FieldEvidence } from './types';
import type { Comparison, Level } from './compare';
import type { Prepared } from './keys';
import type { CommonName } from './compare-names';

interface LevelProbs {
  m: number;
  u: number;
}

interface FieldModel {
  levels: Partial<Record<Level, LevelProbs>>;
  /** Chance that two different people share one unique value (population rarity). */
  uFloor: number;
  /**
   * Identifiers (email, phone, id) belong to one person: sharing one with several other rows is
   * itself suspicious (switchboard, family line), so u grows with the square of the sharing.
   */
  identifier?: boolean;
}

const MODEL: Record<string, FieldModel> = {
  // People keep several addresses, so a different email is only mild evidence against.
  email: { uFloor: 1e-6, identifier: true, levels: { exact: { m: 0.8, u: 0 }, exactRole: { m: 0.05, u: 0 }, typo: { m: 0.1, u: 1e-5 }, diff: { m: 0.1, u: 0.999 } } },
  phone: { uFloor: 1e-5, identifier: true, levels: { exact: { m: 0.75, u: 0 }, tail: { m: 0.05, u: 1e-4 }, typo: { m: 0.05, u: 1e-3 }, diff: { m: 0.15, u: 0.999 } } },
  // Namesakes are common (Nguyen Van An, Jan Novak): a full name is rarer than a surname, but far
  // from unique, so even an unshared name is only about 13 bits of evidence.
  // A nickname (Bob / Robert) is how a few true duplicates differ, and how a few in a thousand
  // different people do (common given names have many short forms).
  name: { uFloor: 1e-4, levels: { exact: { m: 0.75, u: 0 }, high: { m: 0.12, u: 2e-4 }, medium: { m: 0.05, u: 2e-3 }, nickname: { m: 0.03, u: 5e-4 }, partial: { m: 0.06, u: 2e-3 }, conflict: { m: 0.01, u: 0.05 }, diff: { m: 0.01, u: 0.95 } } },
  firstName: { uFloor: 1e-3, levels: { exact: { m: 0.8, u: 0 }, high: { m: 0.1, u: 4e-3 }, medium: { m: 0.05, u: 0.02 }, nickname: { m: 0.03, u: 4e-3 }, diff: { m: 0.02, u: 0.97 } } },
  lastName: { uFloor: 1e-4, levels: { exact: { m: 0.8, u: 0 }, high: { m: 0.1, u: 1e-3 }, medium: { m: 0.05, u: 0.01 }, diff: { m: 0.03, u: 0.99 } } },
  // Contacts change jobs, so a different company only mildly speaks against.
  company: { uFloor: 1e-4, levels: { exact: { m: 0.8, u: 0 }, high: { m: 0.1, u: 1e-3 }, medium: { m: 0.04, u: 0.01 }, diff: { m: 0.06, u: 0.99 } } },
  address: { uFloor: 1e-4, levels: { exact: { m: 0.7, u: 0 }, high: { m: 0.12, u: 1e-3 }, medium: { m: 0.08, u: 0.01 }, diff: { m: 0.1, u: 0.99 } } },
  streetNumber: { uFloor: 0.01, levels: { exact: { m: 0.85, u: 0 }, typo: { m: 0.05, u: 0.05 }, diff: { m: 0.1, u: 0.95 } } },
  city: { uFloor: 0.01, levels: { exact: { m: 0.85, u: 0 }, high: { m: 0.07, u: 0.01 }, diff: { m: 0.08, u: 0.98 } } },
  postcode: { uFloor: 1e-3, levels: { exact: { m: 0.85, u: 0 }, typo: { m: 0.07, u: 0.02 }, diff: { m: 0.08, u: 0.97 } } },
  state: { uFloor: 0.05, levels: { exact: { m: 0.9, u: 0 }, diff: { m: 0.1, u: 0.8 } } },
  country: { uFloor: 0.05, levels: { exact: { m: 0.95, u: 0 }, diff: { m: 0.05, u: 0.7 } } },
  // Two different people share a birth date with one digit off about once in a thousand pairs.
  // When one whole part differs, which part matters: a birthday (day and month, another year) is
  // shared by one pair in 365 (partial), the year and the month or the year and the day by far
  // fewer (medium, about one in 500 together). A true duplicate has any one part wrong about as
  // often: a third of those errors is in the year.
  birthDate: { uFloor: 5e-5, levels: { exact: { m: 0.85, u: 0 }, typo: { m: 0.08, u: 1.5e-3 }, medium: { m: 0.033, u: 2e-3 }, partial: { m: 0.017, u: 2.7e-3 }, diff: { m: 0.02, u: 0.99 } } },
  nationalId: { uFloor: 1e-7, identifier: true, levels: { exact: { m: 0.85, u: 0 }, typo: { m: 0.08, u: 1e-5 }, medium: { m: 0.03, u: 1e-4 }, diff: { m: 0.04, u: 1 } } },
  website: { uFloor: 1e-3, levels: { exact: { m: 0.8, u: 0 }, diff: { m: 0.2, u: 0.99 } } },
};

/** A shared team mailbox (info@) says "same organisation": far weaker than a personal address. */
const ROLE_EMAIL_U = 0.01;

/**
 * Prior log2-odds that two compared rows are the same person before looking at any field. Around
 * 1 in 16,000: one exact unique identifier alone brings a pair to about even odds, a second
 * agreeing field makes it sure.
 */
export const PRIOR_BITS = -14;

/**
 * The prior for a sheet of n rows. Two rows picked at random are the same person with odds of
 * about (duplicates per row) / n, so the prior falls with the size of the sheet: in 100,000 rows
 * a common name, the same company and the same city are no longer enough (many namesakes), which
 * is exactly what happens in real data. Small sheets keep PRIOR_BITS.
 */
export function priorBits(n: number): number {
  return Math.min(PRIOR_BITS, Math.log2(0.5 / Math.max(n, 1)));
}

/** What scoring a pair needs to know about the whole sheet. */
export interface ScoreContext {
  counts: TermCounts;
  /** Name signature owning each email / phone key ('*' when people with different names share it). */
  owners: Owners;
  n: number;
  /** Prior log2-odds of a match for this sheet's size (priorBits). */
  prior: number;
  sureScore: number;
  reviewScore: number;
  /** A given or family name several rows carry (see CommonName). */
  commonName: CommonName;
}

/** A name carried by at least this many rows is a name in its own right, not a typo of another. */
export const COMMON_NAME_ROWS = 3;

/** CommonName over the sheet's term counts. */
export function commonNameOf(counts: TermCounts): CommonName {
  return (field, value) => (counts.get(field)?.get(value) ?? 0) >= COMMON_NAME_ROWS;
}

/** Counts of each exact-match value per field, for the term-frequency adjustment. */
export type TermCounts = Map<string, Map<string, number>>;

function bump(m: Map<string, number>, value: string): void {
  if (value === '') return;
  m.set(value, (m.get(value) ?? 0) + 1);
}

export function countTerms(rows: readonly Prepared[]): TermCounts {
  const counts: TermCounts = new Map();
  // Each field's map looked up once, not per value: this runs for every value of every row.
  const field = (name: string) => {
    let m = counts.get(name);
    if (!m) counts.set(name, (m = new Map()));
    return m;
  };
  const email = field('email');
  const phone = field('phone');
  const name = field('name');
  const token = field('nameToken');
  const first = field('firstName');
  const last = field('lastName');
  const company = field('company');
  for (const p of rows) {
    for (const e of p.emails) bump(email, e.key);
    for (const ph of p.phones) {
      bump(phone, ph.key);
      if (ph.tail !== ph.key) bump(phone, ph.tail);
    }
    bump(name, p.nameKey);
    for (const t of p.nameTokens) bump(token, t);
    bump(first, p.givenKey);
    bump(last, p.familyKey);
    bump(company, p.companyKey);
    for (const role in p.text) bump(field(role), p.text[role as keyof Prepared['text']] ?? '');
  }
  return counts;
}

/**
 * For every email and phone key: the distinct names of the rows carrying it (a few at most; more
 * means a shared line anyway). Rows sharing a value under incompatible names (a switchboard,
 * info@, a family line or mailbox) make it say "same organisation or household", never "same
 * person": the sure gate checks the names (pair.ts).
 */
export type Owners = Map<string, string[]>;

const MAX_OWNER_NAMES = 8;

export function ownersOf(rows: readonly Prepared[]): Owners {
  const owners: Owners = new Map();
  const note = (key: string, name: string) => {
    if (name === '') return;
    const o = owners.get(key);
    if (o === undefined) owners.set(key, [name]);
    else if (o.length < MAX_OWNER_NAMES && !o.includes(name)) o.push(name);
  };
  for (const p of rows) {
    const name = p.nameKey !== '' ? p.nameKey : p.companyKey !== '' ? `c:${p.companyKey}` : '';
    for (const e of p.emails) note(`e:${e.key}`, name);
    for (const ph of p.phones) note(`p:${ph.key}`, name);
  }
  return owners;
}

/** u of an exact agreement on `value`, from how many rows of the sheet carry it. */
function exactU(field: string, model: FieldModel, value: string | undefined, counts: TermCounts, n: number, role: boolean): number {
  const k = Math.max(2, (value !== undefined ? counts.get(field)?.get(value) : undefined) ?? 2);
  const others = k - 1;
  const floor = role ? ROLE_EMAIL_U : model.uFloor;
  let u = Math.max(floor, (others - 1) / Math.max(n, 1));
  if (model.identifier) u = Math.max(u, floor * others * others);
  return Math.min(u, 0.5);
}

/** u of a comparison: the value's own frequency for exact agreements, the level's default otherwise. */
function uOf(c: Comparison, model: FieldModel, probs: LevelProbs, counts: TermCounts, n: number): number {
  if (c.level === 'exact' || c.level === 'exactRole') return exactU(c.tfField ?? c.field, model, c.tfValue, counts, n, c.level === 'exactRole');
  if (c.level === 'tail' && c.tfValue !== undefined) return Math.max(probs.u, exactU('phone', model, c.tfValue, counts, n, false));
  return probs.u;
}

/** The weight alone (no evidence object): the hot path of scoring candidate pairs. */
export function weightOf(c: Comparison, counts: TermCounts, n: number): number {
  const model = MODEL[c.field];
  const probs = model?.levels[c.level];
  if (!model || !probs) return 0;
  return Math.round(Math.log2(probs.m / uOf(c, model, probs, counts, n)) * 100) / 100;
}

export function weigh(c: Comparison, counts: TermCounts, n: number): FieldEvidence {
  return { field: c.field, level: c.level, similarity: c.similarity, weight: weightOf(c, counts, n), note: c.note };
}

let maxWeights: Map<string, number> | undefined;

/** The largest weight a field can add (its rarest exact agreement): a bound for early rejection. */
export function maxWeight(field: string): number {
  maxWeights ??= new Map(
    Object.entries(MODEL).map(([f, model]) => {
      let best = 0;
      for (const [level, probs] of Object.entries(model.levels)) {
        const u = level === 'exact' ? model.uFloor : level === 'exactRole' ? ROLE_EMAIL_U : probs.u;
        if (u > 0) best = Math.max(best, Math.log2(probs.m / u));
      }
      return [f, best];
    }),
  );
  return maxWeights.get(field) ?? 0;
}

export function probability(bits: number): number {
  return 1 / (1 + Math.pow(2, -bits));
}
