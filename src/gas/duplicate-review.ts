// The sidebar's Duplicates tab: the doubtful groups "Clean this sheet" leaves for a person, merged
// the way they choose (row to keep, winning value per column) or remembered as "not a duplicate".
// A group is named by the fingerprints of its rows, so it is found again after rows move.
import type { DuplicateCluster } from '../core/dedupe/types';
import { rowFingerprint } from '../core/dedupe';
import { effectiveDefaultCountry } from '../core/settings/effective';
import { cellText } from '../core/table/cell-text';
import { reviewedMergePlan } from '../core/plan/review-merge';
import type { Plan } from '../core/plan';
import type { ReviewCluster } from '../contract/sidebar';
import { loadDataSheet, openDataSheet, planOf, type LoadedSheet } from './data-sheet';
import { applyPrepared } from './clean-sheet';
import { withDocumentLock } from './document-lock';
import { readStoredSettings, writeStoredSettings } from './settings-store';
import { SheetProblem } from './sheet-snapshot';

interface NamedCluster {
  cluster: DuplicateCluster;
  id: string;
}

/** A cluster's id: the fingerprints of its rows as the matcher saw them (normalized). */
function clusterId(loaded: LoadedSheet, plan: Plan, cluster: DuplicateCluster): string {
  const country = effectiveDefaultCountry(loaded.settings);
  return cluster.rows.map((r) => rowFingerprint(plan.rows[r] ?? [], loaded.roles, country)).sort().join('|');
}

function namedClusters(loaded: LoadedSheet, plan: Plan): NamedCluster[] {
  return plan.review.map((cluster) => ({ cluster, id: clusterId(loaded, plan, cluster) }));
}

function findCluster(loaded: LoadedSheet, plan: Plan, id: string): DuplicateCluster {
  const found = namedClusters(loaded, plan).find((c) => c.id === id);
  if (!found) throw new SheetProblem('These rows changed since the list was shown (sheet changed). Open Duplicates again.');
  return found.cluster;
}

export function reviewClusters(): ReviewCluster[] {
  const loaded = loadDataSheet(openDataSheet());
  const first = loaded.snap.firstRow;
  return namedClusters(loaded, planOf(loaded)).map(({ cluster, id }) => ({
    id,
    header: loaded.snap.header,
    rows: cluster.rows.map((r) => ({ row: first + r, values: (loaded.table.rows[r] ?? []).map(cellText) })),
    primary: first + cluster.primary,
    score: cluster.score,
    keys: [...new Set(cluster.pairs.flatMap((p) => p.keys))],
    fields: weakestFields(cluster),
    reasons: cluster.reasons,
  }));
}

/** Per field, the lowest similarity over the group's pairs (what a person should look at). */
function weakestFields(cluster: DuplicateCluster): ReviewCluster['fields'] {
  const fields = new Map<string, { field: string; similarity: number; note: string }>();
  for (const p of cluster.pairs) {
    for (const f of p.fields) {
      const seen = fields.get(f.field);
      if (!seen || f.similarity < seen.similarity) fields.set(f.field, { field: f.field, similarity: f.similarity, note: f.note });
    }
  }
  return [...fields.values()];
}

export interface ReviewMergeRequest {
  id: string;
  /** Sheet row to keep. */
  primary: number;
  /** Column -> sheet row whose value wins. */
  picks: ReadonlyMap<number, number>;
}

/** Merge one reviewed group as the person chose: logged, archived and undoable like a clean. */
export function mergeReviewed(request: ReviewMergeRequest): { archived: number } {
  const ds = openDataSheet();
  const loaded = loadDataSheet(ds);
  const plan = planOf(loaded);
  const cluster = findCluster(loaded, plan, request.id);
  const first = loaded.snap.firstRow;
  const primary = request.primary - first;
  if (!cluster.rows.includes(primary)) throw new SheetProblem('The row to keep is not part of this group.');
  const picks = new Map<number, number>();
  for (const [column, row] of request.picks) {
    if (!cluster.rows.includes(row - first)) throw new SheetProblem('A chosen value comes from a row outside this group.');
    picks.set(column, row - first);
  }
  return withDocumentLock('merge', () => {
    const { snap } = loaded;
    const mergePlan = reviewedMergePlan(plan, loaded.table.rows, { cluster, primary, picks }, (r, c) => Boolean(snap.formulas[r]?.[c]), first);
    applyPrepared({ ss: ds.ss, sheet: ds.sheet, snap, plan: mergePlan, action: 'merge' });
    return { archived: mergePlan.summary.archived };
  });
}

/** Remember that the rows of a group are not one customer: every pair of them. */
export function markNotDuplicate(id: string): void {
  const ds = openDataSheet();
  const loaded = loadDataSheet(ds);
  findCluster(loaded, planOf(loaded), id);
  const prints = id.split('|');
  const stored = readStoredSettings() ?? ds.stored;
  const pairs = stored.notDuplicates ?? [];
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) pairs.push([prints[i] as string, prints[j] as string]);
  }
  writeStoredSettings({ ...stored, notDuplicates: pairs });
}
