/**
 * Splits a large table into independent batches: rows linked by a shared key (see row-keys.ts)
 * always land in the same batch, found with union-find (near-linear). Rows linked to nothing are
 * "solo": they need no duplicate search at all.
 *
 * Keys are kept as 53-bit hashes in one Float64Array and sorted, instead of a Map of strings: a
 * million rows have two million keys, which as strings in a Map cost a few hundred megabytes.
 * Two different keys with one hash only put two rows in the same batch, where the real matcher
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

/** FNV-1a, two ways, as one 53-bit number. */
function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Union-find over the rows, linking every two rows that share a key. */
function link(n: number, keysOf: (row: number) => readonly string[]): Int32Array {
  const keys: number[] = [];
  const owners: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const k of keysOf(i)) {
      keys.push(hash53(k));
      owners.push(i);
    }
  }
  const order = Float64Array.from(keys.keys(), (j) => j);
  const sortedKeys = Float64Array.from(keys);
  order.sort((x, y) => (sortedKeys[x] as number) - (sortedKeys[y] as number) || x - y);
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  for (let j = 1; j < order.length; j++) {
    const x = order[j - 1] as number;
    const y = order[j] as number;
    if (sortedKeys[x] !== sortedKeys[y]) continue;
    const a = find(parent, owners[x] as number);
    const b = find(parent, owners[y] as number);
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
  return { linked, isSolo: (row) => (size[parent[row] as number] ?? 0) < 2, soloRows };
}

/** The solo rows of [start, end) (a chunk of the file, in order). */
export function soloRowsIn(plan: BatchPlan, start: number, end: number): number[] {
  const out: number[] = [];
  for (let r = start; r < end; r++) if (plan.isSolo(r)) out.push(r);
  return out;
}

