/** Pairwise precision / recall / F1 of predicted clusters against true pairs. */
import { pairKey } from './datasets';

export interface Scores {
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function pairsOfClusters(clusters: readonly (readonly number[])[]): Set<string> {
  const out = new Set<string>();
  for (const c of clusters) for (let i = 0; i < c.length; i++) for (let j = i + 1; j < c.length; j++) out.add(pairKey(c[i]!, c[j]!));
  return out;
}

export function score(predicted: Set<string>, truth: Set<string>): Scores {
  let tp = 0;
  for (const p of predicted) if (truth.has(p)) tp++;
  const precision = predicted.size === 0 ? 1 : tp / predicted.size;
  const recall = truth.size === 0 ? 1 : tp / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted: predicted.size, truePositives: tp, precision, recall, f1 };
}

/** Union-find clusters from pairs of row indices. */
export function clustersFromPairs(n: number, pairs: Iterable<[number, number]>): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
