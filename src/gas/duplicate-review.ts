// The sidebar's Duplicates tab: the doubtful groups "Clean this sheet" leaves for a person, merged
// the way they choose (row to keep, winning value per column) or remembered as "not a duplicate".
// A group is named by the fingerprints of its rows, so it is found again after rows move. Values
// are shown and compared as the clean would write them (Sweden / SWE / Thụy Điển are one country,
// johan@GOTA.SE is johan@gota.se); blank and error cells are never offered.
import type { DuplicateCluster } from '../core/dedupe/types';
import { rowFingerprint } from '../core/dedupe';
import { clusterEvidence } from '../core/dedupe/evidence';
import { effectiveDefaultCountry } from '../core/settings/effective';
import { cellText } from '../core/table/cell-text';
import { foldText } from '../core/normalize/text';
import { isBlank, isErrorValue } from '../core/normalize/cell';
import { reviewedMergePlan } from '../core/plan/review-merge';
import type { Plan } from '../core/plan';
import type { ReviewCluster, ReviewField } from '../contract/sidebar';
import { loadDataSheet, openDataSheet, planOf, type LoadedSheet } from './data-sheet';
import { applyPrepared } from './clean-sheet';
import { withDocumentLock } from './document-lock';
import { addDecisions, type Decision } from './decisions-sheet';
import { newRun } from './run-context';
import { isLockedCell, sheetProblem } from './sheet-snapshot';

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
  if (!found) throw sheetProblem('msg.review.changed');
  return found.cluster;
}

export function reviewClusters(): ReviewCluster[] {
  const loaded = loadDataSheet(openDataSheet());
  const plan = planOf(loaded);
  const first = loaded.snap.firstRow;
  return namedClusters(loaded, plan).map(({ cluster, id }) => ({
    id,
    rows: cluster.rows.map((r) => first + r),
    primary: first + cluster.primary,
    score: cluster.score,
    fields: reviewFields(loaded, plan, cluster),
    evidence: clusterEvidence(cluster),
  }));
}

/** Text compared to tell values apart: case, accents and spacing do not make a difference. */
const sameKey = (text: string): string => foldText(text);

/** Every column some row of the group fills, with its usable values and the default pick. */
function reviewFields(loaded: LoadedSheet, plan: Plan, cluster: DuplicateCluster): ReviewField[] {
  const first = loaded.snap.firstRow;
  const fields: ReviewField[] = [];
  loaded.snap.header.forEach((header, column) => {
    const values = cluster.rows.flatMap((r) => {
      const cell = plan.rows[r]?.[column];
      return isBlank(cell) || isErrorValue(cell) ? [] : [{ row: first + r, text: cellText(cell) }];
    });
    if (values.length === 0) return;
    const own = values.find((v) => v.row === first + cluster.primary);
    fields.push({
      column,
      header,
      role: loaded.roles[column] ?? null,
      values,
      differs: new Set(values.map((v) => sameKey(v.text))).size > 1,
      pick: (own ?? values[0])?.row ?? first + cluster.primary,
      formula: Boolean(loaded.snap.formulas[cluster.primary]?.[column]),
    });
  });
  return fields;
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
  if (!cluster.rows.includes(primary)) throw sheetProblem('msg.review.keepOutside');
  const picks = new Map<number, number>();
  for (const [column, row] of request.picks) {
    if (!cluster.rows.includes(row - first)) throw sheetProblem('msg.review.pickOutside');
    picks.set(column, row - first);
  }
  return withDocumentLock('merge', () => {
    const { snap } = loaded;
    const mergePlan = reviewedMergePlan(plan, loaded.table.rows, { cluster, primary, picks }, (r, c) => isLockedCell(snap, r, c), first);
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
  const pairs: Decision[] = [];
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) pairs.push([prints[i] as string, prints[j] as string]);
  }
  withDocumentLock('review', () => addDecisions(ds.ss, pairs, newRun().user));
}
