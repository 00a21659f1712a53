/**
 * Comparators: one per kind of field, each turning two prepared rows into an agreement level
 * ("exact", "typo", "different" ...) plus a similarity and a sentence for the explanation.
 * Scoring (scoring.ts) turns levels into weights; nothing here knows about weights.
 */
import type { EmailKey, Prepared } from './keys';
import { damerau, jaroWinkler, tokenSetSorted } from './similarity';
import { isNickname } from './nicknames';

/** Agreement levels; 'nickname' is a given name and its short form (Bob / Robert): review evidence only. */
export type Level = 'exact' | 'exactRole' | 'high' | 'typo' | 'medium' | 'nickname' | 'partial' | 'tail' | 'conflict' | 'diff';

export interface Comparison {
  field: string;
  level: Level;
  similarity: number;
  note: string;
  /** Value whose frequency in the table sets the weight of an exact agreement. */
  tfValue?: string;
  /** Where that frequency is counted, when not under `field` itself. */
  tfField?: string;
}

const pct = (x: number) => x.toFixed(2);
const digitsOf = (s: string) => s.replace(/\D/g, '');
const hasDigit = (s: string) => /\d/.test(s);

// Which agreement of several emails / phones of a row speaks loudest.
const RANK: Partial<Record<Level, number>> = { exact: 4, exactRole: 3, tail: 3, typo: 2, diff: 0 };
const DIFFERENT_EMAILS: Comparison = { field: 'email', level: 'diff', similarity: 0, note: 'different emails' };
const DIFFERENT_PHONES: Comparison = { field: 'phone', level: 'diff', similarity: 0, note: 'different phones' };

/** The loudest agreement over every pair of values of two rows (several emails, several phones). */
function loudest<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => Comparison): Comparison | null {
  let best: Comparison | null = null;
  for (const x of a) {
    for (const y of b) {
      const c = compare(x, y);
      if (!best || (RANK[c.level] ?? 0) > (RANK[best.level] ?? 0)) best = c;
    }
  }
  return best;
}

function compareEmails(a: EmailKey[], b: EmailKey[]): Comparison | null {
  return loudest(a, b, (x, y) => {
    if (x.key === y.key) {
      const fixed = x.fixedFrom ?? y.fixedFrom;
      const why = fixed ? ` after fixing ${fixed}` : '';
      return x.role
        ? { field: 'email', level: 'exactRole', similarity: 1, note: `same shared mailbox ${x.local}@ (weak: a team address)`, tfValue: x.key }
        : { field: 'email', level: 'exact', similarity: 1, note: `same email${why}`, tfValue: x.key };
    }
    // One bounded edit distance decides: with the same domain it is the local part's distance,
    // with the same local part the domain's; anything over 2 is no typo at all.
    const whole = damerau(x.key, y.key, 2);
    const typo = whole <= 2 && ((x.domain === y.domain && whole <= 1 && Math.min(x.local.length, y.local.length) >= 4) || (x.local === y.local && x.local.length >= 3) || Math.min(x.key.length, y.key.length) >= 12);
    return typo && !x.role && !y.role && digitsOf(x.local) === digitsOf(y.local)
      ? { field: 'email', level: 'typo', similarity: 1 - whole / Math.max(x.key.length, y.key.length), note: `email differs only by a typo (${x.key} / ${y.key})` }
      : DIFFERENT_EMAILS;
  });
}

function comparePhones(a: Prepared['phones'], b: Prepared['phones']): Comparison | null {
  return loudest(a, b, (x, y) => {
    if (x.key === y.key) return { field: 'phone', level: 'exact', similarity: 1, note: x.e164 ? `same phone ${x.key}` : 'same phone digits', tfValue: x.key };
    if (x.tail.length === 7 && x.tail === y.tail && (!x.e164 || !y.e164)) {
      // One side lacks the country or area code: the subscriber number still matches.
      return { field: 'phone', level: 'tail', similarity: 0.9, note: 'same phone number without area/country code', tfValue: x.tail };
    }
    if (x.key.length === y.key.length && x.key.length >= 8 && damerau(x.key, y.key, 1) <= 1) {
      return { field: 'phone', level: 'typo', similarity: 0.8, note: 'phone differs by one digit' };
    }
    return DIFFERENT_PHONES;
  });
}

/** Two name tokens are compatible: equal, a close typo, an initial, or a short form (Rob/Robert). */
function tokenScore(x: string, y: string): number {
  if (x === y) return 1;
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 0.9;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(short)) {
    // Jan/Jana, Petr/Petra, Erik/Erika, Michal/Michaela: a name plus an ending is another person
    // (often of the other gender), while a long cut (Rob/Robert, Alex/Alexander) is a short form.
    if (long.length - short.length <= 2) return 0.5;
    if (short.length >= 3) return 0.9;
  }
  const jw = jaroWinkler(x, y);
  if (jw >= 0.88) return jw;
  if (Math.min(x.length, y.length) >= 4 && damerau(x, y, 1) <= 1) return 0.88;
  return jw;
}

const TOKEN_OK = 0.88;

/**
 * Person names as unordered token lists (Vietnamese family-name-first, "Last, First" and Western
 * order all compare equal). A name that shares one token but clearly differs in another
 * (Jan Novák / Eva Novák) is a "conflict": usually a colleague or relative, not the same person.
 */
export function compareNameTokens(a: readonly string[], b: readonly string[], field = 'name', keyA?: string, keyB?: string): Comparison | null {
  if (a.length === 0 || b.length === 0) return null;
  const ka = keyA ?? [...a].sort().join(' ');
  const kb = keyB ?? [...b].sort().join(' ');
  if (ka === kb) return { field, level: 'exact', similarity: 1, note: a.join(' ') === b.join(' ') ? 'same name' : 'same name in another order', tfValue: ka };
  // The shorter list is matched into the longer; on equal length the smaller key goes first, so
  // the comparison does not depend on which row is a and which b.
  const [s, l] = a.length < b.length || (a.length === b.length && ka < kb) ? [a, b] : [b, a];
  const used = new Uint8Array(l.length);
  const done = new Uint8Array(s.length);
  let matched = 0;
  let nicknames = 0;
  let sum = 0;
  // Equal words first (cheap, and keeps a fuzzy match from stealing a word's exact partner).
  for (let i = 0; i < s.length; i++) {
    const j = l.indexOf(s[i]!);
    if (j >= 0 && used[j] === 0) {
      used[j] = 1;
      done[i] = 1;
      matched++;
      sum += 1;
    }
  }
  for (let i = 0; i < s.length; i++) {
    if (done[i]) continue;
    const x = s[i]!;
    let best = -1;
    let bestScore = 0;
    for (let j = 0; j < l.length; j++) {
      if (used[j]) continue;
      const sc = tokenScore(x, l[j]!);
      if (sc > bestScore) {
        bestScore = sc;
        best = j;
      }
    }
    if (best >= 0 && bestScore >= TOKEN_OK) {
      used[best] = 1;
      matched++;
    } else {
      const j = nicknameOf(x, l, used);
      if (j >= 0) {
        used[j] = 1;
        matched++;
        nicknames++;
        bestScore = NICKNAME_SIM;
      }
    }
    sum += bestScore;
  }
  const sim = sum / s.length;
  if (matched === s.length && nicknames > 0) return { field, level: 'nickname', similarity: sim, note: NICKNAME_NOTE };
  if (matched === s.length) {
    if (s.length === l.length) {
      return sim >= 0.95
        ? { field, level: 'high', similarity: sim, note: `name ${pct(sim)} (Jaro-Winkler)` }
        : { field, level: 'medium', similarity: sim, note: `name ${pct(sim)} (Jaro-Winkler)` };
    }
    return { field, level: 'partial', similarity: sim, note: 'name is part of the other (missing middle or family name)' };
  }
  if (matched > 0) return { field, level: 'conflict', similarity: sim, note: 'names share a word but differ in another (different person?)' };
  return { field, level: 'diff', similarity: sim, note: 'different names' };
}

/** A given name and its short form count as this similar. */
const NICKNAME_SIM = 0.85;
const NICKNAME_NOTE = 'a short form of the name (Bob / Robert): review';

/** An unused word of `l` that `x` is a nickname of, or -1. */
function nicknameOf(x: string, l: readonly string[], used: Uint8Array): number {
  for (let j = 0; j < l.length; j++) if (used[j] === 0 && isNickname(x, l[j]!)) return j;
  return -1;
}

/** One name part (given or family) with Jaro-Winkler levels. */
function compareNamePart(x: string, y: string, field: string): Comparison | null {
  if (x === '' || y === '') return null;
  if (x === y) return { field, level: 'exact', similarity: 1, note: `same ${field === 'firstName' ? 'first' : 'last'} name`, tfValue: x };
  const sim = Math.max(jaroWinkler(x, y), tokenScore(x, y));
  const label = field === 'firstName' ? 'first name' : 'last name';
  if (sim >= 0.92) return { field, level: 'high', similarity: sim, note: `${label} ${pct(sim)}` };
  if (field === 'firstName' && isNickname(x, y)) return { field, level: 'nickname', similarity: NICKNAME_SIM, note: NICKNAME_NOTE };
  if (sim >= 0.8) return { field, level: 'medium', similarity: sim, note: `${label} ${pct(sim)}` };
  return { field, level: 'diff', similarity: sim, note: `different ${label}` };
}

function compareText(field: string, x: string | undefined, y: string | undefined, kind: 'code' | 'place' | 'address' | 'date' | 'id' | 'exact'): Comparison | null {
  if (!x || !y) return null;
  if (x === y) return { field, level: 'exact', similarity: 1, note: `same ${field}`, tfValue: x };
  switch (kind) {
    case 'code':
      if (damerau(x, y, 1) <= 1) return { field, level: 'typo', similarity: 0.8, note: `${field} differs by one character` };
      break;
    case 'id': {
      const d = damerau(x, y, 2);
      if (d <= 1) return { field, level: 'typo', similarity: 0.9, note: `${field} differs by one character` };
      if (d === 2 && x.length >= 6) return { field, level: 'medium', similarity: 0.7, note: `${field} differs by two characters` };
      break;
    }
    case 'date': {
      const swapped = x.length === 8 && y.length === 8 && x.slice(0, 4) === y.slice(0, 4) && x.slice(4, 6) === y.slice(6, 8) && x.slice(6, 8) === y.slice(4, 6);
      if (swapped || damerau(x, y, 1) <= 1) return { field, level: 'typo', similarity: 0.8, note: swapped ? `${field} with day and month swapped` : `${field} differs by one digit` };
      break;
    }
    case 'place': {
      const sim = jaroWinkler(x, y);
      if (sim >= 0.9) return { field, level: 'high', similarity: sim, note: `${field} ${pct(sim)}` };
      break;
    }
    case 'address': {
      const sim = tokenSetSorted(x.split(' ').sort(), y.split(' ').sort());
      if (sim >= 0.9) return { field, level: 'high', similarity: sim, note: `${field} ${pct(sim)}` };
      if (sim >= 0.75) return { field, level: 'medium', similarity: sim, note: `${field} ${pct(sim)}` };
      return { field, level: 'diff', similarity: sim, note: `different ${field}` };
    }
    case 'exact':
      break;
  }
  return { field, level: 'diff', similarity: 0, note: `different ${field}` };
}

function compareCompany(a: Prepared, b: Prepared): Comparison | null {
  if (a.companyKey === '' || b.companyKey === '') return null;
  if (a.companyKey === b.companyKey) return { field: 'company', level: 'exact', similarity: 1, note: 'same company (legal form ignored)', tfValue: a.companyKey };
  const sim = tokenSetSorted(a.companySet, b.companySet, a.companyJoined, b.companyJoined);
  if (sim >= 0.9) return { field: 'company', level: 'high', similarity: sim, note: `company ${pct(sim)} (token set)` };
  if (sim >= 0.75) return { field: 'company', level: 'medium', similarity: sim, note: `company ${pct(sim)} (token set)` };
  return { field: 'company', level: 'diff', similarity: sim, note: 'different company' };
}

function compareAddress(a: Prepared, b: Prepared): Comparison | null {
  if (a.addressSet.length === 0 || b.addressSet.length === 0) return null;
  if (a.text.address === b.text.address) return { field: 'address', level: 'exact', similarity: 1, note: 'same address', tfValue: a.text.address };
  // House numbers are not typos of each other: 4216 W 19th St is not 4217 W 18th St. When both
  // addresses carry numbers and share none, they are different places whatever the letters say.
  const numsA = a.addressSet.filter(hasDigit);
  const numsB = b.addressSet.filter(hasDigit);
  if (numsA.length > 0 && numsB.length > 0 && !numsA.some((x) => numsB.includes(x))) {
    return { field: 'address', level: 'diff', similarity: 0, note: 'different address (house numbers differ)' };
  }
  const sim = tokenSetSorted(a.addressSet, b.addressSet, a.addressJoined, b.addressJoined);
  if (sim >= 0.9) return { field: 'address', level: 'high', similarity: sim, note: `address ${pct(sim)}` };
  if (sim >= 0.75) return { field: 'address', level: 'medium', similarity: sim, note: `address ${pct(sim)}` };
  return { field: 'address', level: 'diff', similarity: sim, note: 'different address' };
}

/** Every comparison that has values on both sides. */
export function compareRows(a: Prepared, b: Prepared): Comparison[] {
  const out: Comparison[] = [];
  compareIdentity(a, b, out);
  compareRest(a, b, out);
  return out;
}

/** Who the rows are: email, phone and name (compared first: they decide most pairs). */
export function compareIdentity(a: Prepared, b: Prepared, out: Comparison[]): void {
  const e = compareEmails(a.emails, b.emails);
  if (e !== null) out.push(e);
  const p = comparePhones(a.phones, b.phones);
  if (p !== null) out.push(p);
  if (a.structuredName && b.structuredName && (a.given.length > 0 || a.family.length > 0) && (b.given.length > 0 || b.family.length > 0)) {
    let g = compareNamePart(a.givenKey, b.givenKey, 'firstName');
    let f = compareNamePart(a.familyKey, b.familyKey, 'lastName');
    // Given and family name typed into each other's columns: compare them crosswise.
    if (!(good(g) && good(f))) {
      const gx = compareNamePart(a.givenKey, b.familyKey, 'firstName');
      const fx = compareNamePart(a.familyKey, b.givenKey, 'lastName');
      if (gx && fx && isSwap(gx, fx)) {
        // Which crosswise comparison stands for the first name must not depend on the row order:
        // the closer one is read as the family name (on a tie, the one with the smaller words).
        const byOrder = (LEVEL_RANK[gx.level] ?? 0) - (LEVEL_RANK[fx.level] ?? 0) || (wordsOf(a.givenKey, b.familyKey) < wordsOf(a.familyKey, b.givenKey) ? -1 : 1);
        const [weaker, closer] = byOrder < 0 ? [gx, fx] : [fx, gx];
        g = swapped(weaker, 'firstName');
        f = swapped(closer, 'lastName');
      }
    }
    if (g !== null) out.push(g);
    if (f !== null) out.push(f);
  } else {
    const n = compareNameTokens(a.nameTokens, b.nameTokens, 'name', a.nameKey, b.nameKey);
    if (n !== null) out.push(n);
  }
}

function good(c: Comparison | null): boolean {
  return c !== null && (c.level === 'exact' || c.level === 'high');
}

/**
 * First and last name swapped: crosswise both close, or one exact and the other at least similar
 * (a typo on top of the swap). Symmetric, so the pair scores the same whichever row comes first.
 */
function isSwap(gx: Comparison, fx: Comparison): boolean {
  const near = (c: Comparison) => good(c) || c.level === 'medium' || c.level === 'nickname';
  return (good(gx) && good(fx)) || (gx.level === 'exact' && near(fx)) || (fx.level === 'exact' && near(gx));
}

/**
 * A crosswise agreement, labelled by closeness. An exact one is weighed by how often the word is
 * a name at all (any name column), not by its frequency as a given or as a family name, which
 * would depend on the row order.
 */
function swapped(c: Comparison, field: 'firstName' | 'lastName'): Comparison {
  const label = field === 'firstName' ? 'first name' : 'last name';
  const note = c.level === 'exact' ? `same ${label} (first and last name swapped)` : `${label} ${pct(c.similarity)} (first and last name swapped)`;
  const out: Comparison = { field, level: c.level, similarity: c.similarity, note };
  if (c.level === 'exact' && c.tfValue !== undefined) {
    out.tfValue = c.tfValue;
    out.tfField = 'nameToken';
  }
  return out;
}

/** The two compared words in a fixed order: the same whichever row they came from. */
function wordsOf(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

const LEVEL_RANK: Partial<Record<Level, number>> = { diff: 0, conflict: 1, partial: 2, nickname: 3, medium: 4, typo: 5, high: 6, exactRole: 7, exact: 8 };

/** Where and with whom: company, address and the other text fields. */
export function compareRest(a: Prepared, b: Prepared, out: Comparison[]): void {
  pushIf(out, compareCompany(a, b));
  pushIf(out, compareAddress(a, b));
  const ta = a.text;
  const tb = b.text;
  pushIf(out, compareText('streetNumber', ta.streetNumber, tb.streetNumber, 'code'));
  pushIf(out, compareText('city', ta.city, tb.city, 'place'));
  pushIf(out, compareText('postcode', ta.postcode, tb.postcode, 'code'));
  pushIf(out, compareText('state', ta.state, tb.state, 'exact'));
  pushIf(out, compareText('country', ta.country, tb.country, 'exact'));
  pushIf(out, compareText('birthDate', ta.birthDate, tb.birthDate, 'date'));
  pushIf(out, compareText('nationalId', ta.nationalId, tb.nationalId, 'id'));
  pushIf(out, compareText('website', ta.website, tb.website, 'exact'));
}

function pushIf(out: Comparison[], c: Comparison | null): void {
  if (c !== null) out.push(c);
}

/** Fields compareRest would compare for this pair (both sides have a value). */
export function restFields(a: Prepared, b: Prepared): string[] {
  const out: string[] = [];
  if (a.companyKey !== '' && b.companyKey !== '') out.push('company');
  if (a.addressSet.length > 0 && b.addressSet.length > 0) out.push('address');
  for (const role of REST_TEXT) if (a.text[role] && b.text[role]) out.push(role);
  return out;
}

const REST_TEXT = ['streetNumber', 'city', 'postcode', 'state', 'country', 'birthDate', 'nationalId', 'website'] as const;
