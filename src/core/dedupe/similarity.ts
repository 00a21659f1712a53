/**
 * String similarity measures used by the comparators. Written for short strings (names, emails,
 * phone digits): no allocation beyond a couple of small arrays, no regular expressions.
 */

// Scratch buffers reused across calls (grown on demand, never at load time): comparisons run
// millions of times and fresh arrays per call dominated the profile.
let flagsA = new Uint8Array(0);
let flagsB = new Uint8Array(0);
let rowPrev2: Int32Array = new Int32Array(0);
let rowPrev: Int32Array = new Int32Array(0);
let rowCur: Int32Array = new Int32Array(0);

/** Jaro similarity 0..1, symmetric (the greedy matching runs from the smaller string). */
export function jaro(x: string, y: string): number {
  if (x === y) return x.length === 0 ? 0 : 1;
  // Plain variables, not a destructured pair: this runs millions of times per sheet.
  const a = x < y ? x : y;
  const b = x < y ? y : x;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  const aMatch = flagsA;
  const bMatch = flagsB;
  aMatch.fill(0, 0, la);
  bMatch.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    // Plain comparisons rather than Math.min/max: this runs per character of every compared name.
    const lo = i > range ? i - range : 0;
    const hi = i + range < lb - 1 ? i + range : lb - 1;
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (bMatch[j] === 0 && b.charCodeAt(j) === c) {
        aMatch[i] = 1;
        bMatch[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < la; i++) {
    if (aMatch[i] === 0) continue;
    while (bMatch[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler: Jaro boosted for a shared prefix (up to 4 characters), the usual p = 0.1. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** Out-of-band cells of the distance table: larger than any real distance. */
const FAR = 1 << 29;

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap of
 * two neighbours). `max` lets callers stop early: the result is max + 1 once it is exceeded.
 */
export function damerau(a0: string, b0: string, max = Infinity): number {
  if (Math.abs(a0.length - b0.length) > max) return max + 1;
  // A common prefix and suffix never change the distance: strip them (emails share the domain,
  // phones the country code), so the table below covers only the differing middle.
  let start = 0;
  let endA = a0.length;
  let endB = b0.length;
  while (start < endA && start < endB && a0.charCodeAt(start) === b0.charCodeAt(start)) start++;
  while (endA > start && endB > start && a0.charCodeAt(endA - 1) === b0.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // Keep one shared character on each side so a swap at the edge of the middle is still seen.
  if (start > 0) start--;
  if (endA < a0.length && endB < b0.length) {
    endA++;
    endB++;
  }
  // The middle is read in place (offset `start`), never sliced: this runs for millions of pairs
  // and the copies were a good part of the garbage collector's work.
  const la = endA - start;
  const lb = endB - start;
  if (la === 0) return lb <= max ? lb : max + 1;
  if (lb === 0) return la <= max ? la : max + 1;
  if (rowPrev.length < lb + 1) {
    rowPrev2 = new Int32Array((lb + 1) * 2);
    rowPrev = new Int32Array((lb + 1) * 2);
    rowCur = new Int32Array((lb + 1) * 2);
  }
  let prev2 = rowPrev2;
  let prev = rowPrev;
  let cur = rowCur;
  // With a finite `max` only the diagonal band |i - j| <= max can hold a distance <= max, so each
  // row computes 2·max + 1 cells instead of the whole width (cells outside the band read as FAR).
  const band = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : la + lb;
  for (let j = 0; j <= lb; j++) prev[j] = j <= band ? j : FAR;
  for (let i = 1; i <= la; i++) {
    const lo = i - band > 1 ? i - band : 1;
    const hi = i + band < lb ? i + band : lb;
    cur[lo - 1] = lo === 1 ? i : FAR;
    let rowMin = lo === 1 ? i : FAR;
    const ca = a0.charCodeAt(start + i - 1);
    const caPrev = i > 1 ? a0.charCodeAt(start + i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b0.charCodeAt(start + j - 1);
      let v = (prev[j] as number) + 1;
      const insert = (cur[j - 1] as number) + 1;
      if (insert < v) v = insert;
      const substitute = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
      if (substitute < v) v = substitute;
      if (j > 1 && ca === b0.charCodeAt(start + j - 2) && caPrev === cb) {
        const swap = (prev2[j - 2] as number) + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = FAR;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
    if (rowMin > max) {
      restoreRows(prev2, prev, cur);
      return max + 1;
    }
  }
  const result = prev[lb] ?? 0;
  restoreRows(prev2, prev, cur);
  return result <= max ? result : max + 1;
}

/** Put the rotated scratch rows back so the next call finds three distinct buffers. */
function restoreRows(a: Int32Array, b: Int32Array, c: Int32Array): void {
  rowPrev2 = a;
  rowPrev = b;
  rowCur = c;
}

/** 1 - distance / longer length: an edit-distance similarity 0..1. */
export function editSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 0;
  return 1 - damerau(a, b) / n;
}

/**
 * Symmetric Monge-Elkan over tokens with Jaro-Winkler inside: each token of one side is paired
 * with its best match on the other side, and the two directions are averaged. Word order does
 * not matter ("Nguyen Van An" = "An Nguyen Van"), a typo in one word costs only that word.
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (mongeElkan(a, b) + mongeElkan(b, a)) / 2;
}

function mongeElkan(a: readonly string[], b: readonly string[]): number {
  let sum = 0;
  for (const x of a) {
    let best = 0;
    for (const y of b) {
      const s = x === y ? 1 : jaroWinkler(x, y);
      if (s > best) best = s;
      if (best === 1) break;
    }
    sum += best;
  }
  return sum / a.length;
}

/**
 * Token-set ratio like the fuzzy-matching libraries: the share of the smaller token set that also
 * appears in the larger one, blended with an edit similarity of the sorted strings, so
 * "Acme Holdings" ~ "Acme" scores high but "Acme" vs "Apex" does not.
 */
export function tokenSetSimilarity(a: readonly string[], b: readonly string[]): number {
  return tokenSetSorted(sortedUnique(a), sortedUnique(b));
}

export function sortedUnique(tokens: readonly string[]): string[] {
  return [...new Set(tokens)].sort();
}

/**
 * Token-set similarity for names of organisations: shared words count, and the words that are
 * not shared are compared by spelling among themselves (a typo in one word), never the whole
 * strings: "Industries Stark" and "Industries Wonka" share a word and nothing else.
 */
export function nameSetSorted(sa: readonly string[], sb: readonly string[], joinedA = sa.join(' '), joinedB = sb.join(' ')): number {
  const restA = sa.filter((t) => !sb.includes(t));
  if (restA.length === sa.length) return tokenSetSorted(sa, sb, joinedA, joinedB);
  const restB = sb.filter((t) => !sa.includes(t));
  const setScore = tokenSetSorted(sa, sb, joinedA, joinedB);
  if (restA.length === 0 || restB.length === 0) return setScore;
  const common = sa.length - restA.length;
  const spelled = (common + jaroWinkler(restA.join(' '), restB.join(' ')) * Math.min(restA.length, restB.length)) / Math.max(sa.length, sb.length);
  return Math.max(Math.min(setScore, spelled), common / Math.max(sa.length, sb.length));
}

/** tokenSetSimilarity for token lists already sorted and de-duplicated (the hot path). */
export function tokenSetSorted(sa: readonly string[], sb: readonly string[], joinedA = sa.join(' '), joinedB = sb.join(' ')): number {
  if (sa.length === 0 || sb.length === 0) return 0;
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < sa.length && j < sb.length) {
    const x = sa[i]!;
    const y = sb[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const overlap = common / Math.min(sa.length, sb.length);
  const setScore = overlap * (0.85 + 0.15 * (common / Math.max(sa.length, sb.length)));
  if (setScore >= 0.95) return setScore;
  return Math.max(setScore, jaroWinkler(joinedA, joinedB));
}
