// The score means something on a messy sheet: applying the clean's fixes raises it visibly, the
// audit of the sheet as it is gives the clean's "before" score, and the audit of the cleaned sheet
// gives the "after" score the clean promised.
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/core/audit/index';
import { clean } from '../../src/core/plan';
import { withDefaults } from '../../src/core/settings';
import type { Cell, Table } from '../../src/core/table';
import { messySheet } from '../integration/messy-sheet';
import { generateCrm } from '../../bench/lib/gen-crm';

const NOW = new Date(Date.UTC(2026, 10, 22, 12));

function tableOf(values: Cell[][]): Table {
  return { header: (values[0] ?? []).map(String), rows: values.slice(1) };
}

/** The sheet after the plan: edits and merge fills written, merged-away rows gone. */
function applied(table: Table, plan: ReturnType<typeof clean>): Table {
  const gone = new Set(plan.merges.flatMap((m) => m.losers));
  return { header: table.header, rows: plan.rows.filter((_, r) => !gone.has(r)) };
}

describe('quality score and the clean', () => {
  const sheets: Array<[string, Table]> = [
    ['the messy test sheet', tableOf(messySheet(400).values)],
    ['a generated six-locale CRM', generateCrm(400, 7).table],
  ];
  for (const [name, table] of sheets) {
    it(`${name}: the clean raises the score, and audits before and after agree with what it promised`, () => {
      const settings = withDefaults({ defaultCountry: 'ID' });
      const plan = clean(table, settings, { now: NOW });
      const before = audit(table, settings, { now: NOW });
      expect(before.score).toBe(plan.summary.scoreBefore);
      expect(plan.summary.scoreAfter - plan.summary.scoreBefore).toBeGreaterThanOrEqual(5);
      const after = audit(applied(table, plan), settings, { now: NOW });
      expect(after.reformattable).toBe(0);
      expect(after.score).toBe(plan.summary.scoreAfter);
      // The dimensions the clean fixes by itself are the ones that moved.
      const lost = (q: typeof before, d: string) => q.scoreParts.find((p) => p.dimension === d)?.lost ?? 0;
      expect(lost(after, 'consistent')).toBeLessThan(lost(before, 'consistent'));
      expect(lost(after, 'unique')).toBeLessThan(lost(before, 'unique'));
    });
  }
});
