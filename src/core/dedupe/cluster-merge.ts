/**
 * Merging clusters that are one person (or one company). Cutting a component into stars leaves
 * a person's rows split whenever blocking linked them only through a few neighbours: two
 * clusters whose rows score 1.0 across them. Here two clusters (or a cluster and a row left out)
 * joined by a scored pair become one when the chaining guard still holds for the union: every
 * member matches the union's primary itself, nobody said "not a duplicate" across them, and a
 * cluster of people stays within the size cap. Strongest links are tried first, and a merge
 * never turns a sure cluster into a doubtful one (a bare list's company variants are kept whole).
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
  // The best row of the union, else one of the two primaries: the first every member matches.
  const tried = new Set<number>();
  for (const primary of [choosePrimary(input, adj, rows), x.primary, y.primary, ...hubs(input, adj, rows)]) {
    if (tried.has(primary)) continue;
    tried.add(primary);
    const u = starAround(input, adj, primary, rows);
    if (u) return u;
  }
  return null;
}

const HUB_TRIES = 6;

/**
 * Rows of the union likeliest to be the centre of a star: for people the rows linked to most of
 * the others; for a company's variants first the shortest names, which the longer variants
 * contain ("Philips N.V." inside "Koninklijke Philips Electronics" and "Philips Gloeilampenfabrieken").
 */
function hubs(input: ClusterInput, adj: Map<number, Map<number, number>>, rows: readonly number[]): number[] {
  const degree = (r: number) => {
    const near = adj.get(r);
    let d = 0;
    if (near) for (const o of rows) if (near.has(o)) d++;
    return d;
  };
  const companies = rows.every(input.isOrganisation);
  const ranked = rows.map((r) => ({ r, words: companies ? input.nameWords(r) : 0, degree: degree(r) }));
  ranked.sort((p, q) => p.words - q.words || q.degree - p.degree || input.order[p.r]! - input.order[q.r]!);
  return ranked.slice(0, HUB_TRIES).map((h) => h.r);
}

/**
 * The rows as a star around `primary`: every row matches it, or (a row typed further off) at
 * least two rows that do. One link could be a chain to someone else; two rows of the person
 * both matching a third is how a heavily mistyped row of theirs looks.
 */
function starAround(input: ClusterInput, adj: Map<number, Map<number, number>>, primary: number, rows: readonly number[]): Group | null {
  const members: number[] = [];
  const scores: number[] = [];
  const far: Array<[number, number]> = [];
  for (const m of rows) {
    if (m === primary) continue;
    const s = scoreWith(input, adj, primary, m);
    if (s >= input.reviewScore) {
      members.push(m);
      scores.push(s);
    } else far.push([m, s]);
  }
  if (far.length === 0) return { primary, members, scores };
  const direct = new Set(members);
  direct.add(primary);
  for (const [m, s] of far) {
    let links = 0;
    for (const [o, t] of adj.get(m) ?? []) if (t >= input.reviewScore && direct.has(o)) links++;
    if (links < FAR_LINKS) return null;
    members.push(m);
    scores.push(s);
  }
  return { primary, members, scores };
}

/** Rows matching the primary that a row not matching it must match itself. */
const FAR_LINKS = 2;

const MERGE_PASSES = 3;

function compatible(input: ClusterInput, x: Group, y: Group): boolean {
  for (const a of [x.primary, ...x.members]) for (const b of [y.primary, ...y.members]) if (input.contactsDiffer(a, b)) return false;
  return true;
}

/** Merge two groups along a link of score `s` between rows a and b when the rules allow it. */
function mergeAlong(input: ClusterInput, adj: Map<number, Map<number, number>>, x: Group, y: Group, s: number, a: number, b: number, groupOf: Map<number, Group>): boolean {
  const companies = input.isOrganisation(a) && input.isOrganisation(b);
  // Two clusters of people merge on a link as strong as a sure match; a row left out, or a
  // company's name variants, on any match.
  if (s < input.mergeScore && x.members.length > 0 && y.members.length > 0 && !companies && (isSure(input, x) || isSure(input, y))) return false;
  // A row left out joins a cluster of people on a weaker link only when no member has another
  // email or phone of their own (a namesake's row).
  if (s < input.mergeScore && !companies && !compatible(input, x, y)) return false;
  const u = tryUnion(input, adj, x, y);
  if (!u) return false;
  // A merge never turns a sure cluster into one for review: the doubtful rows wait on their own.
  // A company written many ways in a bare list of names is kept whole for review instead.
  const family = companies && input.nameOnly(a) && input.nameOnly(b);
  if (!family && (isSure(input, x) || isSure(input, y)) && !isSure(input, u)) return false;
  for (const r of [u.primary, ...u.members]) groupOf.set(r, u);
  return true;
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
  const lo = (e: readonly [number, number, number]) => Math.min(input.order[e[0]]!, input.order[e[1]]!);
  const hi = (e: readonly [number, number, number]) => Math.max(input.order[e[0]]!, input.order[e[1]]!);
  const links = input.edges
    .filter(([a, b]) => groupOf.get(a) !== groupOf.get(b) || groupOf.get(a) === undefined)
    .sort((p, q) => q[2] - p[2] || lo(p) - lo(q) || hi(p) - hi(q));
  // Groups grow as they merge, so a link that failed may succeed later: a few passes, each trying
  // a pair of groups once.
  for (let pass = 0, merged = true; merged && pass < MERGE_PASSES; pass++) {
    merged = false;
    const failed = new Map<Group, Set<Group>>();
    for (const [a, b, s] of links) {
      const x = single(a);
      const y = single(b);
      if (x === y || failed.get(x)?.has(y)) continue;
      if (mergeAlong(input, adj, x, y, s, a, b, groupOf)) merged = true;
      else failed.set(x, (failed.get(x) ?? new Set()).add(y));
    }
  }
  const out = new Set<Group>();
  for (const g of groupOf.values()) if (g.members.length > 0) out.add(g);
  return [...out].map((g) => ({ primary: g.primary, members: g.members, scores: g.scores }));
}
