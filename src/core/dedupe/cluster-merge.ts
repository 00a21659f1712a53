/**
 * Merging clusters that are one person (or one company). Cutting a component into stars leaves
 * a person's rows split whenever blocking linked them only through a few neighbours: two
 * clusters whose rows score 1.0 across them. Here two clusters (or a cluster and a row left out)
 * joined by a scored pair become one when the chaining guard still holds for the union: every
 * member matches the union's primary itself, nobody said "not a duplicate" across them, and a
 * cluster of people stays within the size cap. Strongest links are tried first, and a merge
 * never turns a sure cluster into a doubtful one.
 */
import type { ClusterInput, RawCluster } from './cluster';
import { choosePrimary } from './cluster';

interface Group {
  primary: number;
  members: number[];
  scores: number[];
}

/** Score of a member against a primary: from the scored pairs when blocking produced it. */
function scoreWith(input: ClusterInput, adj: Map<number, Map<number, number>>, primary: number, m: number): number {
  return adj.get(primary)?.get(m) ?? input.scoreOf(primary, m);
}

/** The union of two groups when the chaining guard allows it, else null. */
function tryUnion(input: ClusterInput, adj: Map<number, Map<number, number>>, x: Group, y: Group): Group | null {
  const rows = [x.primary, ...x.members, y.primary, ...y.members];
  if (rows.length > input.maxClusterSize && !rows.every(input.isOrganisation)) return null;
  for (const a of [x.primary, ...x.members]) for (const b of [y.primary, ...y.members]) if (input.forbidden(a, b)) return null;
  const primary = choosePrimary(input, adj, rows);
  const members: number[] = [];
  const scores: number[] = [];
  for (const m of rows) {
    if (m === primary) continue;
    const s = scoreWith(input, adj, primary, m);
    if (s < input.reviewScore) return null;
    members.push(m);
    scores.push(s);
  }
  return { primary, members, scores };
}

function isSure(input: ClusterInput, g: Group): boolean {
  return g.scores.length > 0 && g.scores.every((s) => s >= input.mergeScore);
}

export function mergeClusters(input: ClusterInput, adj: Map<number, Map<number, number>>, clusters: RawCluster[]): RawCluster[] {
  const groupOf = new Map<number, Group>();
  for (const c of clusters) {
    const g: Group = { primary: c.primary, members: c.members, scores: c.scores };
    groupOf.set(c.primary, g);
    for (const m of c.members) groupOf.set(m, g);
  }
  const single = (r: number): Group => {
    let g = groupOf.get(r);
    if (!g) groupOf.set(r, (g = { primary: r, members: [], scores: [] }));
    return g;
  };
  // Links between different groups, strongest first (ties in a position-independent order).
  const links = input.edges
    .filter(([a, b]) => groupOf.get(a) !== groupOf.get(b) || groupOf.get(a) === undefined)
    .sort((p, q) => q[2] - p[2] || input.order[Math.min(p[0], p[1])]! - input.order[Math.min(q[0], q[1])]! || input.order[Math.max(p[0], p[1])]! - input.order[Math.max(q[0], q[1])]!);
  for (const [a, b, s] of links) {
    const x = single(a);
    const y = single(b);
    if (x === y) continue;
    // Two clusters merge on a link as strong as a sure match; a row left out joins on any match.
    if (s < input.mergeScore && x.members.length > 0 && y.members.length > 0) continue;
    const u = tryUnion(input, adj, x, y);
    // A merge never turns a sure cluster into one for review: the doubtful rows wait on their own.
    if (!u || ((isSure(input, x) || isSure(input, y)) && !isSure(input, u))) continue;
    for (const r of [u.primary, ...u.members]) groupOf.set(r, u);
  }
  const out = new Set<Group>();
  for (const g of groupOf.values()) if (g.members.length > 0) out.add(g);
  return [...out].map((g) => ({ primary: g.primary, members: g.members, scores: g.scores }));
}
