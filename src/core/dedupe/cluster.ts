/**
 * Clustering of scored pairs with guards against chaining. Plain connected components would let
 * A~B and B~C pull in C even when A and C are different people (and one shared switchboard can
 * chain a whole company). Instead each component is cut into stars: a centre, its direct matches,
 * then the survivor (primary) is chosen and every member must match the primary itself. Stars
 * that are one person are then merged under the same guard (cluster-merge.ts).
 */
import { mergeClusters } from './cluster-merge';

export interface ClusterInput {
  n: number;
  /** Pairs at or above the review threshold: [a, b, score]. */
  edges: Array<[number, number, number]>;
  reviewScore: number;
  /** A link between two clusters at least this strong merges them (the sure score). */
  mergeScore: number;
  /** Largest cluster of people; a company written many ways (rows without a person) may exceed it. */
  maxClusterSize: number;
  isOrganisation: (row: number) => boolean;
  /** The row has a name and nothing else to match on (no email, phone, address or website). */
  nameOnly: (row: number) => boolean;
  /** Words in the row's company name (organisations): the shortest variant is a family's hub. */
  nameWords: (row: number) => number;
  /** Negative when x should be the primary rather than y, 0 when they are as good (survivorship). */
  preferPrimary: (x: number, y: number) => number;
  /** Deterministic rank of each row independent of its position (fingerprint order). */
  order: readonly number[];
  /** Each row's identity (fingerprint): rows typed the same way share it. */
  identity: (row: number) => string;
  /** Score of a pair that blocking did not produce (member vs chosen primary). */
  scoreOf: (a: number, b: number) => number;
  /** True when the two rows have emails or phones of their own and these differ. */
  contactsDiffer: (a: number, b: number) => boolean;
  /** True when the user said the two rows are not duplicates. */
  forbidden: (a: number, b: number) => boolean;
}

/**
 * Scores as whole ten-thousandths (they are rounded to four decimals): sums of them are exact, so
 * which row is the centre does not depend on the order the pairs were found in.
 */
const units = (score: number) => Math.round(score * 10000);

export interface RawCluster {
  primary: number;
  members: number[];
  /** Score of each member (same order as members) against the primary. */
  scores: number[];
}

/**
 * The primary of a group: the best row by survivorship; among equally good rows the most typical
 * one (a company: the spelling most rows share; a person: the highest total score to the
 * others), then the position-independent order.
 */
export function choosePrimary(input: ClusterInput, adj: Map<number, Map<number, number>>, group: readonly number[]): number {
  // How many rows of the group are written like each one: only companies need it.
  const copies = new Map<string, number>();
  if (group.some(input.isOrganisation)) for (const g of group) copies.set(input.identity(g), (copies.get(input.identity(g)) ?? 0) + 1);
  const centrality = (r: number) => {
    let sum = 0;
    const near = adj.get(r);
    if (near) for (const g of group) sum += units(near.get(g) ?? 0);
    return sum;
  };
  // A company's most common spelling; a person's row closest to all the others.
  const typical = (r: number): [number, number] => (input.isOrganisation(r) ? [copies.get(input.identity(r)) ?? 0, centrality(r)] : [centrality(r), 0]);
  let best = group[0]!;
  let bestTypical = typical(best);
  for (const r of group.slice(1)) {
    const q = input.preferPrimary(r, best);
    if (q > 0) continue;
    const t = typical(r);
    const better = q < 0 || t[0] > bestTypical[0] || (t[0] === bestTypical[0] && (t[1] > bestTypical[1] || (t[1] === bestTypical[1] && input.order[r]! < input.order[best]!)));
    if (better) {
      best = r;
      bestTypical = t;
    }
  }
  return best;
}

export function buildClusters(input: ClusterInput): RawCluster[] {
  const { n, order } = input;
  const adj = new Map<number, Map<number, number>>();
  const link = (a: number, b: number, s: number) => {
    let m = adj.get(a);
    if (!m) adj.set(a, (m = new Map()));
    m.set(b, s);
  };
  for (const [a, b, s] of input.edges) {
    link(a, b, s);
    link(b, a, s);
  }
  // Connected components (union-find) only to keep each cut local and small.
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of input.edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  const comps = new Map<number, number[]>();
  for (const v of adj.keys()) {
    const r = find(v);
    let c = comps.get(r);
    if (!c) comps.set(r, (c = []));
    c.push(v);
  }
  const byOrder = (x: number, y: number) => order[x]! - order[y]!;
  const out: RawCluster[] = [];
  const compList = [...comps.values()].map((c) => c.sort(byOrder)).sort((x, y) => byOrder(x[0]!, y[0]!));
  for (const comp of compList) {
    const remaining = new Set(comp);
    while (remaining.size >= 2) {
      // Centre: the row with the strongest total evidence to the rows still unassigned.
      let centre = -1;
      let centreSum = -1;
      for (const v of remaining) {
        let sum = 0;
        for (const [w, s] of adj.get(v) ?? []) if (remaining.has(w)) sum += units(s);
        if (sum > centreSum || (sum === centreSum && centre >= 0 && byOrder(v, centre) < 0)) {
          centre = v;
          centreSum = sum;
        }
      }
      if (centreSum <= 0) break;
      const neighbours = [...(adj.get(centre) ?? [])]
        .filter(([w]) => remaining.has(w))
        .sort((x, y) => y[1] - x[1] || byOrder(x[0], y[0]));
      const group = [centre];
      for (const [w] of neighbours) {
        if (group.length >= input.maxClusterSize) break;
        if (group.some((g) => input.forbidden(g, w))) continue;
        group.push(w);
      }
      if (group.length < 2) {
        remaining.delete(centre);
        continue;
      }
      const primary = choosePrimary(input, adj, group);
      const members: number[] = [];
      const scores: number[] = [];
      for (const m of group) {
        if (m === primary) continue;
        const s = adj.get(primary)?.get(m) ?? input.scoreOf(primary, m);
        // Anti-chaining: a member that does not match the primary itself goes back to the pool.
        if (s >= input.reviewScore) {
          members.push(m);
          scores.push(s);
        }
      }
      if (members.length === 0) {
        remaining.delete(centre);
        continue;
      }
      remaining.delete(primary);
      for (const m of members) remaining.delete(m);
      out.push({ primary, members, scores });
    }
  }
  return mergeClusters(input, adj, out);
}
