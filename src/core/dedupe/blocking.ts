/**
 * Blocking: which pairs of rows are worth comparing at all. Several passes are unioned, each
 * stated as data (a name and a key function), plus sorted-neighbourhood passes that catch typos
 * inside the keys themselves. A block bigger than `maxBlockSize` (everyone at gmail.com, a
 * switchboard number, "Nguyen") is not compared all-pairs: its rows are sorted by the rest of the
 * record and each is compared with its next few neighbours, so work stays near-linear.
 */
import type { Prepared } from './keys';

export interface BlockingPass {
  name: string;
  keys: (p: Prepared) => string[];
  /**
   * What to do with a block bigger than maxBlockSize: 'window' compares sorted neighbours,
   * 'skip' drops it (a common word is no evidence; other passes cover those rows).
   */
  oversized?: 'window' | 'skip';
  /** Neighbours each row meets in a sorted pass (default: the options' window). */
  window?: number;
  /**
   * Rows with the same value here are one for this pass: only the first (in the position-
   * independent order) takes part. Other passes already join rows with the same value.
   */
  distinct?: (p: Prepared) => string;
}

function initials(tokens: readonly string[], skip: number): string {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) if (i !== skip) out.push(tokens[i]![0] ?? '');
  return out.length > 1 ? out.sort().join('') : (out[0] ?? '');
}

/**
 * Each name word with the initials of the others ("nguyen|av"), and the same with the word cut
 * to its first three letters ("ngu|av"): a typo in one word, or in every word (Rudoalf
 * Friedrisch / Rudolf Friedrich), still leaves a shared key.
 */
function nameWordKeys(p: Prepared): string[] {
  const tokens = p.nameTokens;
  if (tokens.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const others = initials(tokens, i);
    const t = tokens[i]!;
    out.push(`${t}|${others}`);
    if (t.length > 3) out.push(`${t.slice(0, 3)}~${others}`);
  }
  return out;
}

function orgWordKeys(words: readonly string[]): string[] {
  return words.map((w, i) => (w.length >= 3 ? `${w}|${initials(words, i)}` : '')).filter((k) => k !== '');
}

function brandKey(key: string): string[] {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  return first.length >= 3 ? [`${first}|`] : [];
}

/** Exact-key passes: rows sharing any key of a pass are candidates. */
export const BLOCKING_PASSES: BlockingPass[] = [
  { name: 'email', keys: (p) => p.emails.map((e) => e.key) },
  { name: 'phone', keys: (p) => p.phones.flatMap((ph) => (ph.e164 ? [ph.key] : [ph.key, `tail:${ph.tail}`])) },
  { name: 'phonetail', keys: (p) => p.phones.filter((ph) => ph.e164).map((ph) => `tail:${ph.tail}`) },
  { name: 'name', keys: (p) => (p.nameKey !== '' ? [p.nameKey] : []) },
  // Oversized blocks ("john|s") are skipped: the sorted name passes reach those rows.
  { name: 'nameword', oversized: 'skip', keys: nameWordKeys },
  { name: 'company', keys: (p) => (p.companyKey !== '' ? [p.companyKey] : []) },
  // Account lists: the name without legal form and honorific, and its letters alone.
  // Each word of a company name with the first letters of the others: a typo in one word
  // (Phillips / Philips Electronics) still meets. Oversized blocks are windowed: one link is
  // enough to join two variants' clusters.
  { name: 'organisation word', window: 8, distinct: (p) => p.org?.key ?? '', keys: (p) => (p.org && p.nameTokens.length === 0 && p.org.words.length > 1 ? orgWordKeys(p.org.key.split(' ')) : []) },
  // The brand: a company's first word, whatever follows it. A renamed company ("Philips
  // Gloeilampenfabrieken" / "Philips Electronics") meets its bare name ("Philips N.V.") here.
  { name: 'organisation first word', window: 8, distinct: (p) => p.org?.key ?? '', keys: (p) => (p.org && p.nameTokens.length === 0 ? brandKey(p.org.key) : []) },
  { name: 'organisation', keys: (p) => (p.org && p.nameTokens.length === 0 ? [p.org.key, `c:${p.org.compact}`, ...(p.org.initials ? [`c:${p.org.initials}`] : [])] : []) },
  { name: 'address', keys: (p) => (p.text.address ? [p.text.address] : []) },
  { name: 'postcode+number', keys: (p) => (p.text.postcode && p.text.streetNumber ? [`${p.text.postcode}|${p.text.streetNumber}`] : []) },
  { name: 'birthDate', keys: (p) => (p.text.birthDate ? [p.text.birthDate] : []) },
  { name: 'nationalId', keys: (p) => (p.text.nationalId ? [p.text.nationalId] : []) },
  { name: 'website', keys: (p) => (p.text.website ? [p.text.website] : []) },
];

/** The key read backwards (typos at its start still sort together); built without a character array. */
function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** The record beyond the key that made a block: name, company, email, address. */
function restKey(p: Prepared): string {
  return `${p.nameKey}|${p.companyKey}|${p.emails[0]?.key ?? ''}|${p.text.address ?? ''}`;
}

/** Sorted-neighbourhood passes: rows are sorted by the key and each meets its next neighbours. */
export const SORTED_PASSES: BlockingPass[] = [
  { name: 'sorted name', keys: (p) => (p.nameKey !== '' ? [p.nameKey] : []) },
  { name: 'sorted name reversed', window: 2, keys: (p) => (p.nameKey !== '' ? [reverse(p.nameKey)] : []) },
  { name: 'sorted email', window: 3, keys: (p) => p.emails.map((e) => e.key) },
  { name: 'sorted email reversed', window: 2, keys: (p) => p.emails.map((e) => reverse(e.key)) },
  // Company blocks are already met sorted by name (oversized blocks are windowed by the rest of
  // the record); organisation lists (no person names) also get a sorted pass for typos.
  { name: 'sorted organisation', keys: (p) => (p.org && p.nameTokens.length === 0 ? [p.org.key] : []) },
  { name: 'sorted address', keys: (p) => (p.text.address ? [`${p.text.address}|${p.text.city ?? ''}`] : []) },
];

export interface BlockingOptions {
  maxBlockSize: number;
  window: number;
  /** Rows of different groups never pair (DedupeOptions.group): every key is kept per group. */
  group?: (row: number) => number;
}

/**
 * All candidate pairs (a < b), as numbers a * n + b, each once, in a deterministic order.
 * `order[i]` is row i's rank in a row-order-independent ordering (by fingerprint) used to break
 * ties, so shuffling the rows does not change which neighbours meet.
 */
export function candidatePairs(prepared: readonly Prepared[], order: readonly number[], opts: BlockingOptions): Float64Array {
  const n = prepared.length;
  const pairs = new PairSet(n);
  const group = opts.group;
  const add = (x: number, y: number) => {
    if (x === y) return;
    // A sorted run crosses from one group into the next at its end.
    if (group && group(x) !== group(y)) return;
    pairs.add(x < y ? x * n + y : y * n + x);
  };
  // Oversized blocks are ordered by the rest of the record, written out only for rows that are
  // in such a block (most rows never are).
  const rest: Array<string | undefined> = new Array<string | undefined>(n);
  const restOf = (i: number) => (rest[i] ??= restKey(prepared[i]!));
  const byRest = (x: number, y: number) => {
    const rx = restOf(x);
    const ry = restOf(y);
    return rx < ry ? -1 : rx > ry ? 1 : order[x]! - order[y]!;
  };

  const windowed = (rows: number[], w: number) => {
    for (let i = 0; i < rows.length; i++) {
      const end = Math.min(rows.length, i + 1 + w);
      for (let j = i + 1; j < end; j++) add(rows[i]!, rows[j]!);
    }
  };

  // Rows in the position-independent order, for passes that take one row per value (order is a
  // permutation of the row numbers, so this is its inverse).
  const byOrder = new Int32Array(n);
  order.forEach((rank, row) => (byOrder[rank] = row));
  // Grouped rows: a key is only shared within a group, so blocks and sorted runs stay inside one.
  const scoped = group ? (i: number, k: string) => `${group(i)}\u0000${k}` : (_i: number, k: string) => k;
  for (const pass of BLOCKING_PASSES) {
    const blocks = new Map<string, number[]>();
    const seen = new Set<string>();
    for (const i of pass.distinct ? byOrder : prepared.keys()) {
      const p = prepared[i]!;
      if (pass.distinct) {
        const d = scoped(i, pass.distinct(p));
        if (seen.has(d)) continue;
        seen.add(d);
      }
      for (const key of pass.keys(p)) {
        if (key === '') continue;
        const k = scoped(i, key);
        let b = blocks.get(k);
        if (!b) blocks.set(k, (b = []));
        if (b[b.length - 1] !== i) b.push(i);
      }
    }
    for (const rows of blocks.values()) {
      if (rows.length < 2) continue;
      if (rows.length <= opts.maxBlockSize) {
        for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) add(rows[i]!, rows[j]!);
      } else if (pass.oversized !== 'skip') {
        windowed(rows.sort(byRest), pass.window ?? opts.window);
      }
    }
  }

  for (const pass of SORTED_PASSES) {
    // Keys and rows side by side, sorted as positions: no object per entry.
    const keys: string[] = [];
    const rows: number[] = [];
    prepared.forEach((p, i) => {
      for (const k of pass.keys(p)) {
        if (k === '') continue;
        keys.push(scoped(i, k));
        rows.push(i);
      }
    });
    const at = Array.from(keys.keys()).sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : order[rows[x]!]! - order[rows[y]!]!));
    windowed(at.map((k) => rows[k]!), pass.window ?? opts.window);
  }
  return pairs.list();
}

/**
 * Pair keys as they are found, many of them several times (passes overlap): an open-addressing
 * hash set over typed arrays, keeping the first-found order. A Set of millions of keys above 2^31
 * costs seconds of hashing and garbage collection at 100,000 rows, and scoring pairs in the
 * order blocking found them (block by block) is faster than any sorted order: the rows of one
 * block stay in the processor's cache.
 */
class PairSet {
  /** Slot i holds key + 1 (0 = empty). */
  private slots: Float64Array;
  private keys: Float64Array;
  private size = 0;

  /** Sized for the usual dozen or so pairs per row, so a big sheet rarely rehashes. */
  constructor(rows: number) {
    let slots = 1 << 16;
    while (slots < rows * 32 && slots < 1 << 26) slots *= 2;
    this.slots = new Float64Array(slots);
    this.keys = new Float64Array(slots / 2);
  }

  add(key: number): void {
    const mask = this.slots.length - 1;
    let i = hashOf(key) & mask;
    for (;;) {
      const v = this.slots[i]!;
      if (v === 0) break;
      if (v === key + 1) return;
      i = (i + 1) & mask;
    }
    this.slots[i] = key + 1;
    if (this.size === this.keys.length) this.keys = grow(this.keys);
    this.keys[this.size++] = key;
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    this.slots = new Float64Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.size; k++) {
      const key = this.keys[k]!;
      let i = hashOf(key) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = key + 1;
    }
  }

  /** The distinct keys in the order they were first added. */
  list(): Float64Array {
    return this.keys.slice(0, this.size);
  }
}

function grow(a: Float64Array): Float64Array {
  // A fresh buffer twice the size, the keys copied over.
  const out = new Float64Array(a.length * 2);
  out.set(a);
  return out;
}

/** A 32-bit mix of a key below 2^53 (its low and high words). */
function hashOf(key: number): number {
  const lo = key % 4294967296;
  const hi = (key - lo) / 4294967296;
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (lo >>> 15);
}
