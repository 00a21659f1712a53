/**
 * Splits a large table into independent batches: rows linked by a shared key (see row-keys.ts)
 * always land in the same batch, found with union-find in one pass (near-linear). Rows linked
 * to nothing go to "solo" batches that need no duplicate search at all.
 */
import type { Cell, ColumnRoles } from '../../core/table';
import { rowKeyer } from './row-keys';

export interface Batch {
  /** Global row indices, ascending. */
  rows: number[];
  /** True when the rows may contain duplicates (linked rows); false for solo rows. */
  dedupe: boolean;
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

export function planBatches(rows: readonly (readonly Cell[])[], roles: ColumnRoles, soloSize: number, linkedSize: number): Batch[] {
  const n = rows.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const firstWithKey = new Map<string, number>();
  const keysOf = rowKeyer(roles);
  for (let i = 0; i < n; i++) {
    for (const key of keysOf(rows[i] ?? [])) {
      const seen = firstWithKey.get(key);
      if (seen === undefined) firstWithKey.set(key, i);
      else {
        const a = find(parent, seen);
        const b = find(parent, i);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  firstWithKey.clear();
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    size[root] = (size[root] ?? 0) + 1;
  }

  // Linked components in order of their first row, packed whole into batches of ~linkedSize.
  const members = new Map<number, number[]>();
  const solo: number[] = [];
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    if ((size[root] ?? 0) < 2) solo.push(i);
    else {
      const list = members.get(root);
      if (list) list.push(i);
      else members.set(root, [i]);
    }
  }
  const batches: Batch[] = [];
  let current: number[] = [];
  for (const list of members.values()) {
    if (current.length && current.length + list.length > linkedSize) {
      batches.push({ rows: current.sort((a, b) => a - b), dedupe: true });
      current = [];
    }
    current.push(...list);
  }
  if (current.length) batches.push({ rows: current.sort((a, b) => a - b), dedupe: true });
  for (let i = 0; i < solo.length; i += soloSize) batches.push({ rows: solo.slice(i, i + soloSize), dedupe: false });
  return batches;
}
