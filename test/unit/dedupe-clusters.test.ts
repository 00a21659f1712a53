import { describe, expect, it } from 'vitest';
import type { ClusterInput } from '../../src/core/dedupe/cluster';
import { buildClusters } from '../../src/core/dedupe/cluster';

/**
 * Clustering over a hand-made score table: `same[i]` is the true entity of row i; rows of one
 * entity score `within` with each other, rows of different entities 0. Only `edges` are known
 * up front (what blocking produced); everything else is scored on demand, like findDuplicates.
 */
function input(same: number[], edges: Array<[number, number]>, opts: Partial<ClusterInput> & { within?: (a: number, b: number) => number } = {}): ClusterInput {
  const score = (a: number, b: number) => (same[a] === same[b] ? (opts.within?.(a, b) ?? 1) : 0);
  return {
    n: same.length,
    edges: edges.map(([a, b]) => [a, b, score(a, b)]),
    reviewScore: 0.6,
    mergeScore: 0.9,
    maxClusterSize: 25,
    isOrganisation: () => false,
    nameOnly: () => true,
    nameWords: () => 1,
    preferPrimary: () => 0,
    order: same.map((_, i) => i),
    identity: (r) => `row ${r}`,
    scoreOf: score,
    forbidden: () => false,
    contactsDiffer: () => false,
    ...opts,
  };
}

const sets = (clusters: ReturnType<typeof buildClusters>) => clusters.map((c) => [c.primary, ...c.members].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);

describe('clustering merges clusters that are one person', () => {
  it('a person whose rows blocking linked only as a chain ends up in one cluster', () => {
    // Six rows of one person; blocking compared only neighbours (a sorted window), every pair scores 1.0.
    const chain: Array<[number, number]> = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]];
    expect(sets(buildClusters(input([7, 7, 7, 7, 7, 7], chain)))).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('two stars of one person joined by a single strong link become one cluster', () => {
    const edges: Array<[number, number]> = [[0, 1], [0, 2], [0, 3], [4, 5], [4, 6], [4, 7], [3, 7]];
    expect(sets(buildClusters(input([1, 1, 1, 1, 1, 1, 1, 1], edges)))).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
  });

  it('keeps the chaining guard: a link between two people does not pull one into the other', () => {
    // Rows 0-1 are one person, 2-3 another; rows 1 and 2 share a switchboard (a link above the
    // review score). Rows 0 and 3 are the complete ones, so they are the primaries.
    const same = [1, 1, 2, 2];
    const scoreOf = (a: number, b: number) => (same[a] === same[b] ? 1 : (a === 1 && b === 2) || (a === 2 && b === 1) ? 0.7 : 0);
    const edges: Array<[number, number, number]> = [[0, 1, 1], [1, 2, 0.7], [2, 3, 1]];
    const preferPrimary = (x: number, y: number) => Number(y === 0 || y === 3) - Number(x === 0 || x === 3);
    const clusters = buildClusters({ ...input(same, []), edges, scoreOf, preferPrimary });
    expect(sets(clusters)).toEqual([[0, 1], [2, 3]]);
  });

  it('never merges across a "not a duplicate" decision', () => {
    const edges: Array<[number, number]> = [[0, 1], [2, 3], [1, 2]];
    const forbidden = (a: number, b: number) => (a === 0 && b === 3) || (a === 3 && b === 0);
    const clusters = buildClusters(input([5, 5, 5, 5], edges, { forbidden }));
    for (const c of sets(clusters)) expect(c.includes(0) && c.includes(3)).toBe(false);
  });

  it('keeps people within the size cap, but a company written many ways stays whole', () => {
    const n = 60;
    const same = new Array<number>(n).fill(3);
    const chain = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]);
    for (const c of sets(buildClusters(input(same, chain)))) expect(c.length).toBeLessThanOrEqual(25);
    expect(sets(buildClusters(input(same, chain, { isOrganisation: () => true })))).toEqual([Array.from({ length: n }, (_, i) => i)]);
  });

  it('two doubtful stars of one person joined by a review-level link merge around a row both sides match', () => {
    // Rows 0-2 and 3-5 are one person typed many ways: every pair scores 0.7 (review), except the
    // two primaries (0 and 3), which are too far apart to match each other. Row 2 matches everyone.
    const within = (a: number, b: number) => ((a === 0 && b === 3) || (a === 3 && b === 0) ? 0.3 : 0.7);
    const edges: Array<[number, number]> = [[0, 1], [0, 2], [3, 4], [3, 5], [2, 4]];
    const preferPrimary = (x: number, y: number) => Number(y === 0 || y === 3) - Number(x === 0 || x === 3);
    expect(sets(buildClusters(input([4, 4, 4, 4, 4, 4], edges, { within, preferPrimary })))).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('takes in a row typed far off when two rows matching the primary match it, never on one link', () => {
    // Rows 0-3 are one person; row 4 is theirs too but mistyped: it matches rows 2 and 3, not the
    // primary 0 (and no row matches all the others). Row 5 is another person, linked to row 1
    // alone (a chain).
    const same = [1, 1, 1, 1, 1, 2];
    const scoreOf = (a: number, b: number) => {
      const pair = (x: number, y: number) => (a === x && b === y) || (a === y && b === x);
      if (pair(0, 4) || pair(1, 4) || pair(1, 2) || pair(1, 3)) return 0.3;
      if (pair(1, 5)) return 0.7;
      return same[a] === same[b] ? 0.8 : 0;
    };
    const edges: Array<[number, number, number]> = [[0, 1, 0.8], [0, 2, 0.8], [0, 3, 0.8], [2, 4, 0.8], [3, 4, 0.8], [1, 5, 0.7]];
    const preferPrimary = (x: number, y: number) => Number(y === 0) - Number(x === 0);
    const clusters = buildClusters({ ...input(same, []), edges, scoreOf, preferPrimary });
    expect(sets(clusters)).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('picks the most typical row as primary among equally complete rows, so a row with a typo does not split the others', () => {
    // Row 0 has a typo: it matches the others only just; rows 1-5 match each other fully.
    const within = (a: number, b: number) => (a === 0 || b === 0 ? 0.65 : 1);
    const edges: Array<[number, number]> = [];
    for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) edges.push([a, b]);
    const [c] = buildClusters(input([1, 1, 1, 1, 1, 1], edges, { within }));
    expect(c?.primary).not.toBe(0);
    expect(sets([c!])).toEqual([[0, 1, 2, 3, 4, 5]]);
  });
});
