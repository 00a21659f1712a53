/**
 * String similarity measures used by the comparators. Written for short strings (names, emails,
 * phone digits): no allocation beyond a couple of small arrays, no regular expressions.
 */

/** Jaro similarity 0..1. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const aMatch = new Uint8Array(la);
  const bMatch = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
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

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap of
 * two neighbours). `max` lets callers stop early: the result is max + 1 once it is exceeded.
 */
export function damerau(a: string, b: string, max = Infinity): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] ?? 0;
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
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let common = 0;
  for (const t of sa) if (sb.has(t)) common++;
  const smaller = Math.min(sa.size, sb.size);
  const overlap = common / smaller;
  const joinedA = [...sa].sort().join(' ');
  const joinedB = [...sb].sort().join(' ');
  const fuzzy = jaroWinkler(joinedA, joinedB);
  return Math.max(overlap * (0.85 + 0.15 * (common / Math.max(sa.size, sb.size))), fuzzy);
}
