/**
 * Comparators: one per kind of field, each turning two prepared rows into an agreement level
 * ("exact", "typo", "different" ...) plus a similarity and a sentence for the explanation.
 * Scoring (scoring.ts) turns levels into weights; nothing here knows about weights.
 */
import type { EmailKey, PhoneKey, Prepared } from './keys';
import { damerau, jaroWinkler, nameSetSorted, tokenSetSorted } from './similarity';
import { compareDates } from './compare-date';
import type { CommonName } from './compare-names';
import { compareNames } from './compare-names';

export { compareNameTokens } from './compare-names';

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
  return loudest(a, b, compareEmail);
}

/** The digits of two strings, in order, are the same ("annguyen417" / "an.nguyen417"). */
function sameDigits(x: string, y: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < x.length && !isDigitAt(x, i)) i++;
    while (j < y.length && !isDigitAt(y, j)) j++;
    if (i === x.length || j === y.length) return i === x.length && j === y.length;
    if (x.charCodeAt(i++) !== y.charCodeAt(j++)) return false;
  }
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function compareEmail(x: EmailKey, y: EmailKey): Comparison {
  if (x.key === y.key) {
    const fixed = x.fixedFrom ?? y.fixedFrom;
    const why = fixed ? ` after fixing ${fixed}` : '';
    return x.role
      ? { field: 'email', level: 'exactRole', similarity: 1, note: `same shared mailbox ${x.local}@ (weak: a team address)`, tfValue: x.key }
      : { field: 'email', level: 'exact', similarity: 1, note: `same email${why}`, tfValue: x.key };
  }
  // A team mailbox is never a typo of another, nor are mailboxes with other digits (the cheap
  // tests first: this runs for every candidate pair with emails on both rows).
  if (x.role || y.role || !sameDigits(x.local, y.local)) return DIFFERENT_EMAILS;
  // One bounded edit distance decides: with the same domain it is the local part's distance,
  // with the same local part the domain's; anything over 2 is no typo at all.
  const whole = damerau(x.key, y.key, 2);
  const typo = whole <= 2 && ((x.domain === y.domain && whole <= 1 && Math.min(x.local.length, y.local.length) >= 4) || (x.local === y.local && x.local.length >= 3) || Math.min(x.key.length, y.key.length) >= 12);
  return typo
    ? { field: 'email', level: 'typo', similarity: 1 - whole / Math.max(x.key.length, y.key.length), note: `email differs only by a typo (${x.key} / ${y.key})` }
    : DIFFERENT_EMAILS;
}

function comparePhones(a: Prepared['phones'], b: Prepared['phones']): Comparison | null {
  return loudest(a, b, comparePhone);
}

function comparePhone(x: PhoneKey, y: PhoneKey): Comparison {
  if (x.key === y.key) return { field: 'phone', level: 'exact', similarity: 1, note: x.e164 ? `same phone ${x.key}` : 'same phone digits', tfValue: x.key };
  if (x.tail.length === 7 && x.tail === y.tail && (!x.e164 || !y.e164)) {
    // One side lacks the country or area code: the subscriber number still matches.
    return { field: 'phone', level: 'tail', similarity: 0.9, note: 'same phone number without area/country code', tfValue: x.tail };
  }
  if (x.key.length === y.key.length && x.key.length >= 8 && damerau(x.key, y.key, 1) <= 1) {
    return { field: 'phone', level: 'typo', similarity: 0.8, note: 'phone differs by one digit' };
  }
  return DIFFERENT_PHONES;
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
    case 'date':
      return compareDates(field, x, y);
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
  const sim = nameSetSorted(a.companySet, b.companySet, a.companyJoined, b.companyJoined);
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

/** A row about an organisation: a company and no person's name. */
export function isOrganisation(p: Prepared): boolean {
  return p.nameTokens.length === 0 && p.companyKey !== '';
}

/** A row with a name and nothing else to match on: no email, phone, address or website. */
export function nameOnly(p: Prepared): boolean {
  return p.emails.length === 0 && p.phones.length === 0 && p.addressSet.length === 0 && p.text.website === undefined;
}

/** Both rows have personal emails and they differ, or both have phones and they differ. */
export function contactsDiffer(a: Prepared, b: Prepared): boolean {
  const own = (p: Prepared) => p.emails.filter((e) => !e.role);
  const e = own(a).length > 0 && own(b).length > 0 ? compareEmails(own(a), own(b)) : null;
  const p = comparePhones(a.phones, b.phones);
  return e?.level === 'diff' || p?.level === 'diff';
}

/** Every comparison that has values on both sides. */
export function compareRows(a: Prepared, b: Prepared): Comparison[] {
  const out: Comparison[] = [];
  compareIdentity(a, b, out);
  compareRest(a, b, out);
  return out;
}

/** Who the rows are: email, phone and name (compared first: they decide most pairs). */
export function compareIdentity(a: Prepared, b: Prepared, out: Comparison[], common?: CommonName): void {
  const e = compareEmails(a.emails, b.emails);
  if (e !== null) out.push(e);
  const p = comparePhones(a.phones, b.phones);
  if (p !== null) out.push(p);
  compareNames(a, b, out, common);
}

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

/**
 * The most compareRest could add for this pair: the largest weight of every field both rows
 * have (a bound for early rejection, summed without building a list: it runs for every pair).
 */
export function restBound(a: Prepared, b: Prepared, maxWeight: (field: string) => number): number {
  let sum = 0;
  if (a.companyKey !== '' && b.companyKey !== '') sum += maxWeight('company');
  if (a.addressSet.length > 0 && b.addressSet.length > 0) sum += maxWeight('address');
  for (const role of REST_TEXT) if (a.text[role] && b.text[role]) sum += maxWeight(role);
  return sum;
}

const REST_TEXT = ['streetNumber', 'city', 'postcode', 'state', 'country', 'birthDate', 'nationalId', 'website'] as const;
