// The sidebar's Clean tab: what "Clean this sheet" would change, grouped by rule with a few
// examples each, and applying all of it or only the rule groups a person ticked.
import type { Cell } from '../core/table';
import { a1 } from '../core/table/a1';
import { cellText } from '../core/table/cell-text';
import { onlyRules } from '../core/plan/only-rules';
import type { Plan } from '../core/plan';
import type { CleanPreview, PreviewGroup } from '../contract/sidebar';
import { auditOf, loadDataSheet, openDataSheet, planOf } from './data-sheet';
import { applyPrepared, prepareClean, type CleanResult } from './clean-sheet';
import { withDocumentLock } from './document-lock';
import { said } from './messages';

/** Examples shown per rule group (the full list can be long). */
const SAMPLE_PER_GROUP = 5;

export function previewClean(): CleanPreview {
  const loaded = loadDataSheet(openDataSheet());
  const plan = planOf(loaded);
  const groups = [...editGroups(plan, loaded.snap.firstRow).values()];
  const merges = mergeGroup(plan, loaded.table.rows, loaded.snap.firstRow);
  if (merges) groups.push(merges);
  return {
    groups: groups.sort((a, b) => b.count - a.count),
    merges: plan.summary.merged,
    archived: plan.summary.archived,
    review: plan.summary.review,
    scoreBefore: plan.summary.scoreBefore,
    scoreAfter: plan.summary.scoreAfter,
  };
}

/** Cell changes (normalization and merge fills) per rule. */
function editGroups(plan: Plan, firstRow: number): Map<string, PreviewGroup> {
  const groups = new Map<string, PreviewGroup>();
  const add = (e: { row: number; column: number; before: Cell; after: Cell; rule: string; why: string }): void => {
    let g = groups.get(e.rule);
    if (!g) groups.set(e.rule, (g = { rule: e.rule, count: 0, items: [] }));
    g.count++;
    // The group's rule says why; the English sentence of each change stays in the log.
    if (g.items.length < SAMPLE_PER_GROUP) g.items.push({ cell: a1(firstRow + e.row, e.column + 1), before: cellText(e.before), after: cellText(e.after) });
  };
  plan.edits.forEach(add);
  plan.merges.forEach((m) => m.primaryEdits.forEach(add));
  return groups;
}

/** Rows that move to the archive, as one 'merge' group; null when there are none. */
function mergeGroup(plan: Plan, rows: readonly Cell[][], firstRow: number): PreviewGroup | null {
  const losers = plan.merges.flatMap((m) => m.losers.map((loser) => ({ m, loser })));
  if (losers.length === 0) return null;
  return {
    rule: 'merge',
    count: losers.length,
    items: losers.slice(0, SAMPLE_PER_GROUP).map(({ m, loser }) => ({
      cell: `${firstRow + loser}:${firstRow + loser}`,
      before: (rows[loser] ?? []).map(cellText).filter((v) => v !== '').slice(0, 3).join(' · '),
      after: `${firstRow + m.primary}:${firstRow + m.primary}`,
      why: said('msg.preview.merged', { row: firstRow + m.primary, pct: Math.round(m.cluster.score * 100) }),
    })),
  };
}

/**
 * "Clean this sheet" from the sidebar: all of the plan, or only the rule groups in `rules`. After
 * a partial clean the score is measured on the sheet as it is now rather than taken from the full
 * plan.
 */
export function applyClean(rules: readonly string[] | null): { result: CleanResult; scoreAfter: number } {
  const result = withDocumentLock('clean', () => {
    const prepared = prepareClean();
    if (rules) prepared.plan = onlyRules(prepared.plan, rules);
    return applyPrepared(prepared);
  });
  let scoreAfter = result.summary.scoreAfter;
  if (rules) {
    try {
      scoreAfter = auditOf(loadDataSheet(openDataSheet())).score;
    } catch {
      // keep the plan's figure
    }
  }
  return { result, scoreAfter };
}
