/**
 * Person names: full names as unordered word lists, or separate given and family names with
 * typos, short forms (nicknames) and the two typed into each other's columns. Symmetric: a pair
 * compares the same whichever row comes first.
 */
import type { Comparison, Level } from './compare';
import type { Prepared } from './keys';
import { damerau, jaroWinkler } from './similarity';
import { isNickname } from './nicknames';

const pct = (x: number) => x.toFixed(2);

/**
 * Tells when a given or family name is carried by several rows of the sheet. Two such names one
 * letter apart (Schmidt / Schmitt, Linh / Binh) are two names, not a typo: a typo is rare.
 */
export type CommonName = (field: 'firstName' | 'lastName', value: string) => boolean;

// Endings that make a family name of a given name: Swedish -son/-sson, Danish/Norwegian -sen,
// Turkish -oğlu (folded -oglu), South Slavic -ović/-ić (folded -ovic/-ic).
const FAMILY_ENDING = /^(?:s?son|s?sen|oglu|ovic|evic|ic)$/;

/** Two name tokens are compatible: equal, a close typo, an initial, or a short form (Rob/Robert). */
function tokenScore(x: string, y: string): number {
  if (x === y) return 1;
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 0.9;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(short)) {
    // Jan/Jana, Petr/Petra, Erik/Erika, Michal/Michaela: a name plus an ending is another person
    // (often of the other gender), while a long cut (Rob/Robert, Alex/Alexander) is a short form.
    // A name plus a family-name ending is a family name: Nils / Nilsson, Ahmet / Ahmetoğlu.
    if (long.length - short.length <= 2 || FAMILY_ENDING.test(long.slice(short.length))) return 0.5;
    if (short.length >= 3) return 0.9;
  }
  const jw = jaroWinkler(x, y);
  if (jw >= 0.88) return jw;
  if (Math.min(x.length, y.length) >= 4 && damerau(x, y, 1) <= 1) return 0.88;
  return jw;
}

const TOKEN_OK = 0.88;

// Two flag buffers reused by every name comparison (millions per sheet), cleared per use.
const flags = [new Uint8Array(16), new Uint8Array(16)];

function scratch(k: 0 | 1, length: number): Uint8Array {
  if (flags[k]!.length < length) flags[k] = new Uint8Array(length * 2);
  const f = flags[k]!;
  f.fill(0, 0, length);
  return f;
}

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
  const used = scratch(0, l.length);
  const done = scratch(1, s.length);
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
    } else if (matched > 0) {
      // A short form only counts next to a word that agrees (Bob Smith / Robert Smith); this also
      // spares the lookup for the many pairs of plainly different names.
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

/** Given and family names, or full names, of two rows: the comparisons to weigh, added to `out`. */
export function compareNames(a: Prepared, b: Prepared, out: Comparison[], common?: CommonName): void {
  if (!(a.structuredName && b.structuredName && (a.given.length > 0 || a.family.length > 0) && (b.given.length > 0 || b.family.length > 0))) {
    const n = compareNameTokens(a.nameTokens, b.nameTokens, 'name', a.nameKey, b.nameKey);
    if (n) out.push(n);
    return;
  }
  let g = twoNames(compareNamePart(a.givenKey, b.givenKey, 'firstName'), a.givenKey, b.givenKey, common);
  let f = twoNames(compareNamePart(a.familyKey, b.familyKey, 'lastName'), a.familyKey, b.familyKey, common);
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
  if (g) out.push(g);
  if (f) out.push(f);
}

/** A close spelling of two names both common in the sheet is two names (Schmidt / Schmitt). */
function twoNames(c: Comparison | null, x: string, y: string, common: CommonName | undefined): Comparison | null {
  if (!c || !common || (c.level !== 'high' && c.level !== 'medium')) return c;
  const field = c.field as 'firstName' | 'lastName';
  if (!common(field, x) || !common(field, y)) return c;
  // A one-letter slip can turn a family name into another common one (Meyer / Mayer); two letters
  // or more apart, two common family names are two families (Schmidt / Schmitz, Meyer / Müller).
  if (field === 'lastName' && damerau(x, y, 1) > 1) return { field, level: 'diff', similarity: c.similarity, note: `different last name (${x} and ${y} are both common here)` };
  return { field, level: 'medium', similarity: c.similarity, note: `${field === 'firstName' ? 'first' : 'last'} name ${pct(c.similarity)} (two names common here)` };
}
