import type { CellChange } from '../normalize/normalize-table';
import type { Plan } from './plan-types';

/**
 * The plan cut down to the rule groups a person ticked in the sidebar's preview ('merge' stands
 * for the sure-duplicate merges), with its summary counted again.
 */
export function onlyRules(plan: Plan, rules: readonly string[]): Plan {
  const keep = new Set(rules);
  const edits = plan.edits.filter((e) => keep.has(e.rule));
  const merges = keep.has('merge') ? plan.merges : [];
  const byRule: Record<string, number> = {};
  const count = (e: CellChange): void => {
    byRule[e.rule] = (byRule[e.rule] ?? 0) + 1;
  };
  edits.forEach(count);
  merges.forEach((m) => m.primaryEdits.forEach(count));
  const changes = Object.values(byRule).reduce((a, b) => a + b, 0);
  const archived = merges.reduce((n, m) => n + m.losers.length, 0);
  return { ...plan, edits, merges, summary: { ...plan.summary, changes, changesByRule: byRule, merged: merges.length, archived } };
}
