/**
 * Splits a large table into independent batches: rows linked by a shared key (see row-keys.ts)
 * always land in the same batch, found with union-find (near-linear). Rows linked to nothing are
 * "solo": they need no duplicate search at all.
 *
 * Keys are kept as hashes in one Float64Array and sorted, instead of a Map of strings: a million
 * rows have two million keys, which as strings in a Map cost a few hundred megabytes. Two
 * different keys with one hash only put two rows in the same batch, where the real matcher
 * decides; nothing is merged on a hash.
 */


export interface Batch {
  /** Global row indices, ascending. */
  rows: number[];
  /** True when the rows may contain duplicates (linked rows); false for solo rows. */
  dedupe: boolean;
}

export interface BatchPlan {
  /** Batches of linked rows (duplicate search), each at most ~linkedSize rows. */
  linked: Batch[];
  /** Rows linked to no other row. */
  isSolo: (row: number) => boolean;
  /** The linked group (component) of a row: rows of one group share a key, directly or through others. */
  groupOf: (row: number) => number;
  soloRows: number;
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[i] !== root) {
    const next = parent[i] as number;
    parent[i] = root;
    i = next;
  }
  return root;
}

/** FNV-1a hash of a key, `bits` bits wide (at most 32). */
function hashKey(s: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 ** bits;
}

/**
 * Union-find over the rows, linking every two rows that share a key. Each (key, row) is packed
 * into one double, hash above and row below, so one native numeric sort brings the rows of a key
 * together (no comparator, no objects).
 */
function link(n: number, keysOf: (row: number) => readonly string[]): Int32Array {
  const rowBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = Math.min(32, 53 - rowBits);
  const scale = 2 ** rowBits;
  let packed = new Float64Array(Math.max(16, n * 2));
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (const k of keysOf(i)) {
      if (m === packed.length) {
        const bigger = new Float64Array(m * 2);
        bigger.set(packed);
        packed = bigger;
      }
      packed[m++] = hashKey(k, hashBits) * scale + i;
    }
  }
  const sorted = packed.subarray(0, m).sort();
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  for (let j = 1; j < m; j++) {
    const x = sorted[j - 1] as number;
    const y = sorted[j] as number;
    if (Math.floor(x / scale) !== Math.floor(y / scale)) continue;
    const a = find(parent, x % scale);
    const b = find(parent, y % scale);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  return parent;
}

export function planBatches(n: number, keysOf: (row: number) => readonly string[], linkedSize: number): BatchPlan {
  const parent = link(n, keysOf);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    size[root] = (size[root] ?? 0) + 1;
  }
  // Linked components in order of their first row, packed whole into batches of ~linkedSize.
  const members = new Map<number, number[]>();
  let soloRows = 0;
  for (let i = 0; i < n; i++) {
    const root = parent[i] as number;
    if ((size[root] ?? 0) < 2) {
      soloRows++;
      continue;
    }
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  }
  const linked: Batch[] = [];
  let current: number[] = [];
  for (const list of members.values()) {
    if (current.length && current.length + list.length > linkedSize) {
      linked.push({ rows: current.sort((a, b) => a - b), dedupe: true });
      current = [];
    }
    current.push(...list);
  }
  if (current.length) linked.push({ rows: current.sort((a, b) => a - b), dedupe: true });
  // find() above left every row pointing straight at its root.
  return { linked, isSolo: (row) => (size[parent[row] as number] ?? 0) < 2, groupOf: (row) => parent[row] as number, soloRows };
}

/** The solo rows of [start, end) (a chunk of the file, in order). */
export function soloRowsIn(plan: BatchPlan, start: number, end: number): number[] {
  const out: number[] = [];
  for (let r = start; r < end; r++) if (plan.isSolo(r)) out.push(r);
  return out;
}

