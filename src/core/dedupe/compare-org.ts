/**
 * Two organisations by their names alone (rows with no person on them: an account list, a list
 * of suppliers). The name is the identity here, so the levels are strict: the same words
 * (exact), or the same name written another way: spaced or dotted differently, as initials,
 * with a typo in a word, in another word order, with or without the royal honorific (high). A
 * name that only contains the other ("DSM" / "DSM IP Assets") is another company as often as
 * the same one: partial, for a person to judge, never a sure merge.
 */
import type { Comparison } from './compare';
import type { OrgName } from './org-name';
import { damerau, jaroWinkler } from './similarity';

/** Two words of a company name that are one word typed twice: equal, or a slip in a long word. */
function sameWord(x: string, y: string): boolean {
  if (x === y) return true;
  const len = Math.min(x.length, y.length);
  if (len < 4 || /\d/.test(x + y)) return false;
  return damerau(x, y, len >= 8 ? 2 : 1) <= (len >= 8 ? 2 : 1) || (len >= 6 && jaroWinkler(x, y) >= 0.94);
}

/** How many words of `small` have a partner of their own in `large`. */
function matchedWords(small: readonly string[], large: readonly string[]): number {
  const used = new Uint8Array(large.length);
  let matched = 0;
  for (const w of small) {
    let j = large.indexOf(w);
    if (j < 0 || used[j]) j = large.findIndex((v, k) => used[k] === 0 && sameWord(w, v));
    if (j >= 0) {
      used[j] = 1;
      matched++;
    }
  }
  return matched;
}

/**
 * One name is the other's first word(s) typed without spaces ("Philips" / "PhilipsElectronics"):
 * the shorter name long enough to be a name of its own, the longer going on by a word, not by an
 * ending (Philips / Philipson is another name).
 */
function runOn(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 5 && long.length - short.length >= 4 && long.startsWith(short);
}

const field = 'company';

export function compareOrgs(a: OrgName, b: OrgName): Comparison {
  if (a.key === b.key) {
    const note = a.honorific === b.honorific ? 'same company name' : 'same company name (one without Royal / Koninklijke)';
    return a.honorific === b.honorific
      ? { field, level: 'exact', similarity: 1, note, tfValue: a.key }
      : { field, level: 'high', similarity: 0.97, note };
  }
  if (a.compact === b.compact) return { field, level: 'high', similarity: 0.97, note: 'same company name, spaced differently' };
  // A long name run together and mistyped once ("PhilipsElectronics" / "Phillips Electronics").
  if (Math.min(a.compact.length, b.compact.length) >= 10 && damerau(a.compact, b.compact, 1) <= 1) return { field, level: 'high', similarity: 0.95, note: 'company name with a typo' };
  if ((a.initials !== '' && a.initials === b.compact) || (b.initials !== '' && b.initials === a.compact)) {
    return { field, level: 'high', similarity: 0.9, note: 'company name and its initials' };
  }
  const [small, large] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  const matched = matchedWords(small, large);
  if (matched === small.length && small.length === large.length) return { field, level: 'high', similarity: 0.95, note: 'company name with a typo or in another word order' };
  if (matched === small.length || runOn(a.compact, b.compact)) return { field, level: 'partial', similarity: 0.8, note: 'one company name contains the other' };
  return { field, level: 'diff', similarity: matched / large.length, note: 'different company' };
}
