/**
 * Duplicate detection and merging: the public entry points.
 *
 *   prepare keys -> block (several passes, capped) -> score candidate pairs (Fellegi-Sunter with
 *   term-frequency weights and a prior that falls with the sheet's size; hopeless pairs rejected
 *   after email, phone and name) -> the sure gate (a sure merge needs an own identifier agreeing
 *   and none against, pair.ts) -> cluster without chaining -> choose primaries -> explain (only
 *   for pairs that end up in clusters).
 */
import type { Cell, ColumnRoles, Table } from '../table';
import type { DedupeOptions, DedupeResult, DuplicateCluster, PairMatch } from './types';
import type { Prepared } from './keys';
import { makeKeyCache, prepareRow } from './keys';
import { candidatePairs } from './blocking';
import { commonNameOf, countTerms, ownersOf, priorBits } from './scoring';
import type { ScoreContext } from './pair';
import { scorePair } from './pair';
import { buildClusters } from './cluster';
import { contactsDiffer, isOrganisation, nameOnly } from './compare';
import { fingerprintPrepared } from './fingerprint';
import { comparePrimary, rowQuality } from './survivorship';
import { explainPair } from './explain';

export type { DedupeOptions, DedupeResult, DuplicateCluster, PairMatch, MergeResult, FieldEvidence } from './types';
export { rowFingerprint } from './fingerprint';
export { mergeCluster } from './merge';

export const DEFAULT_DEDUPE_OPTIONS = {
  sureScore: 0.9,
  reviewScore: 0.6,
  maxBlockSize: 24,
  /** Neighbours each row meets in a sorted pass or an oversized block. */
  window: 4,
  /** Nobody is in a CRM more than this many times; bigger groups are almost surely chaining. */
  maxClusterSize: 25,
} as const;

/** Everything computed once per table, shared by findDuplicates and mergeCluster. */
export interface PreparedTable {
  prepared: Prepared[];
  fingerprints: string[];
  /** Rank of each row in fingerprint order: position-independent tie-breaks. */
  order: number[];
  ctx: ScoreContext;
}

export function prepareTable(table: Table, roles: ColumnRoles, opts: DedupeOptions = {}): PreparedTable {
  const cache = makeKeyCache();
  const prepared = table.rows.map((row) => prepareRow(row, roles, opts.defaultCountry, cache));
  const fingerprints = prepared.map((p, i) => fingerprintPrepared(p, table.rows[i] ?? [], roles));
  const idx = fingerprints.map((_, i) => i);
  // Identical rows share a fingerprint; their original order is the only tie-break left.
  idx.sort((x, y) => (fingerprints[x]! < fingerprints[y]! ? -1 : fingerprints[x]! > fingerprints[y]! ? 1 : x - y));
  const order = new Array<number>(idx.length);
  idx.forEach((row, rank) => (order[row] = rank));
  const counts = countTerms(prepared);
  const ctx: ScoreContext = {
    counts,
    commonName: commonNameOf(counts),
    owners: ownersOf(prepared),
    n: prepared.length,
    prior: priorBits(Math.max(prepared.length, opts.population ?? 0)),
    sureScore: opts.sureScore ?? DEFAULT_DEDUPE_OPTIONS.sureScore,
    reviewScore: opts.reviewScore ?? DEFAULT_DEDUPE_OPTIONS.reviewScore,
  };
  return { prepared, fingerprints, order, ctx };
}

export function pairMatch(pt: PreparedTable, a: number, b: number): PairMatch & { capped: string } {
  const pa = pt.prepared[a]!;
  const pb = pt.prepared[b]!;
  const s = scorePair(pa, pb, pt.ctx);
  return { a, b, score: s.score, keys: sharedKeys(pa, pb), fields: s.fields, capped: s.capped };
}

function sharedKeys(a: Prepared, b: Prepared): string[] {
  const keys: string[] = [];
  for (const e of a.emails) if (b.emails.some((x) => x.key === e.key)) keys.push(`email:${e.key}`);
  for (const p of a.phones) if (b.phones.some((x) => x.key === p.key)) keys.push(`phone:${p.key}`);
  if (a.nameKey !== '' && a.nameKey === b.nameKey) keys.push(`name:${a.nameKey}`);
  if (a.companyKey !== '' && a.companyKey === b.companyKey) keys.push(`company:${a.companyKey}`);
  for (const role of ['address', 'postcode', 'birthDate', 'nationalId', 'website'] as const) {
    const v = a.text[role];
    if (v && v === b.text[role]) keys.push(`${role}:${v}`);
  }
  return keys;
}

export function findDuplicates(table: Table, roles: ColumnRoles, opts: DedupeOptions = {}): DedupeResult {
  const pt = prepareTable(table, roles, opts);
  const { prepared, fingerprints, order, ctx } = pt;
  const n = prepared.length;
  const forbiddenSet = new Set<string>();
  for (const [x, y] of opts.notDuplicates ?? []) forbiddenSet.add(x < y ? `${x}|${y}` : `${y}|${x}`);
  const forbidden = (a: number, b: number) => {
    if (forbiddenSet.size === 0) return false;
    const x = fingerprints[a]!;
    const y = fingerprints[b]!;
    return forbiddenSet.has(x < y ? `${x}|${y}` : `${y}|${x}`);
  };

  const pairs = candidatePairs(prepared, order, {
    maxBlockSize: opts.maxBlockSize ?? DEFAULT_DEDUPE_OPTIONS.maxBlockSize,
    window: DEFAULT_DEDUPE_OPTIONS.window,
    group: opts.group,
  });
  const edges: Array<[number, number, number]> = [];
  for (const key of pairs) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    const s = scorePair(prepared[a]!, prepared[b]!, ctx, false).score;
    if (s >= ctx.reviewScore && !forbidden(a, b)) edges.push([a, b, s]);
  }

  const quality = table.rows.map((row, i) => rowQuality(row, roles, prepared[i]!));
  const raw = buildClusters({
    n,
    edges,
    reviewScore: ctx.reviewScore,
    mergeScore: ctx.sureScore,
    maxClusterSize: DEFAULT_DEDUPE_OPTIONS.maxClusterSize,
    isOrganisation: (r) => isOrganisation(prepared[r]!),
    nameOnly: (r) => nameOnly(prepared[r]!),
    nameWords: (r) => prepared[r]!.org?.words.length ?? 0,
    preferPrimary: (x, y) => comparePrimary(quality[x]!, quality[y]!),
    order,
    identity: (r) => fingerprints[r]!,
    scoreOf: (a, b) => (forbidden(a, b) ? 0 : scorePair(prepared[a]!, prepared[b]!, ctx, false).score),
    forbidden,
    contactsDiffer: (a, b) => contactsDiffer(prepared[a]!, prepared[b]!),
  });

  const clusters: DuplicateCluster[] = raw.map((c) => {
    const matches = c.members.map((m) => pairMatch(pt, c.primary, m));
    const score = Math.min(...matches.map((m) => m.score));
    return {
      rows: [c.primary, ...c.members].sort((x, y) => x - y),
      primary: c.primary,
      score,
      confidence: score >= ctx.sureScore ? 'sure' : 'doubtful',
      reasons: matches.map((m) => `row ${opts.rowNumber ? opts.rowNumber(m.b) : m.b + (opts.firstRow ?? 2)}: ${explainPair(m, m.capped)}`),
      pairs: matches.map(({ capped: _capped, ...m }) => m),
    };
  });
  // Present clusters in sheet order: by their first row.
  clusters.sort((x, y) => (x.rows[0] ?? 0) - (y.rows[0] ?? 0));
  return { clusters, candidatePairs: pairs.length };
}

/** Convenience for callers holding only cells (tests, formulas). */
export function findDuplicatesIn(header: string[], rows: Cell[][], roles: ColumnRoles, opts?: DedupeOptions): DedupeResult {
  return findDuplicates({ header, rows }, roles, opts);
}
