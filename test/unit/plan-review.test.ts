// What the sidebar asks of a plan: only the ticked rule groups, and one duplicate group merged the
// way a person chose in the review (row to keep, winning value per column).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/plan';
import { onlyRules } from '../../src/core/plan/only-rules';
import { reviewedMergePlan } from '../../src/core/plan/review-merge';
import { withDefaults } from '../../src/core/settings';
import type { DuplicateCluster } from '../../src/core/dedupe/types';
import { HEADER, ROLES, backgroundRows, messyRows } from './plan-fixture';

const NOW = new Date(Date.UTC(2026, 10, 22, 12));
const settings = withDefaults({ roles: ROLES, defaultCountry: 'ID' });
const table = () => ({ header: HEADER.slice(), rows: [...messyRows(), ...backgroundRows(200)] });
const FIRST_ROW = 2;

describe('onlyRules', () => {
  const plan = clean(table(), settings, { now: NOW });

  it('keeps only the ticked rule groups and counts the summary again', () => {
    const some = onlyRules(plan, ['name.case', 'email.typo']);
    expect(new Set(some.edits.map((e) => e.rule))).toEqual(new Set(['name.case', 'email.typo']));
    expect(some.merges).toEqual([]);
    expect(some.summary.changes).toBe(some.edits.length);
    expect(some.summary.changesByRule).toEqual({
      'name.case': plan.edits.filter((e) => e.rule === 'name.case').length,
      'email.typo': plan.edits.filter((e) => e.rule === 'email.typo').length,
    });
    expect(some.summary).toMatchObject({ merged: 0, archived: 0 });
  });

  it("'merge' keeps the sure merges with their fills", () => {
    const merges = onlyRules(plan, ['merge']);
    expect(merges.edits).toEqual([]);
    expect(merges.merges).toEqual(plan.merges);
    expect(merges.summary.archived).toBe(plan.summary.archived);
    expect(merges.summary.changes).toBe(plan.merges.reduce((n, m) => n + m.primaryEdits.length, 0));
  });
});

describe('reviewedMergePlan', () => {
  const input = table();
  // Budi Santoso typed twice (rows 1 and 7 of the fixture): a doubtful group.
  const cluster: DuplicateCluster = {
    rows: [1, 7], primary: 1, score: 0.75, confidence: 'doubtful', reasons: ['row 9: same name (score 0.75)'],
    pairs: [{ a: 1, b: 7, score: 0.75, keys: [], fields: [] }],
  };
  const plan = clean(input, settings, { now: NOW, clusters: [cluster] });

  it('merges the group into the row the person kept, with the values they picked as the clean writes them', () => {
    const col = (name: string) => HEADER.indexOf(name);
    const picks = new Map([[col('Status'), 1], [col('Phone'), 1], [col('Job title'), 1]]);
    const merged = reviewedMergePlan(plan, input.rows, { cluster, primary: 7, picks }, () => false, FIRST_ROW);
    expect(merged.edits).toEqual([]);
    expect(merged.merges).toHaveLength(1);
    const m = merged.merges[0]!;
    expect(m).toMatchObject({ primary: 7, losers: [1], merge: { filled: [], kept: [], note: '' } });
    // "Baru" is written as the list's "New", the phone in E.164, the title in its canonical form.
    const why = 'value of row 3, chosen in the duplicate review';
    expect(m.primaryEdits).toEqual([
      { row: 7, column: col('Phone'), before: '', after: '+6281234567890', rule: 'merge.pick', why },
      { row: 7, column: col('Job title'), before: '', after: 'Director', rule: 'merge.pick', why },
      { row: 7, column: col('Status'), before: 'Contacted', after: 'New', rule: 'merge.pick', why },
    ]);
    expect(m.reason).toBe('rows 3, 9 merged in the duplicate review; kept row 9: row 9: same name (score 0.75)');
    expect(merged.review).toEqual([]);
    expect(merged.summary).toMatchObject({ changes: 3, changesByRule: { 'merge.pick': 3 }, merged: 1, archived: 1 });
  });

  it("the kept row's own values are written as the clean writes them, with the clean's rule", () => {
    const merged = reviewedMergePlan(plan, input.rows, { cluster, primary: 1, picks: new Map() }, () => false, FIRST_ROW);
    const edits = merged.merges[0]!.primaryEdits;
    expect(edits.map((e) => [HEADER[e.column], e.before, e.after, e.rule])).toEqual(
      plan.edits.filter((e) => e.row === 1).map((e) => [HEADER[e.column], e.before, e.after, e.rule]),
    );
    expect(edits.map((e) => e.after)).toContain('+6281234567890');
  });

  it('never writes a pick over a formula cell, nor a pick that changes nothing', () => {
    const name = HEADER.indexOf('Name');
    const score = HEADER.indexOf('Score');
    const merged = reviewedMergePlan(plan, input.rows, { cluster, primary: 1, picks: new Map([[name, 7], [score, 7]]) }, (r, c) => r === 1 && c === score, FIRST_ROW);
    expect(merged.merges[0]!.primaryEdits.filter((e) => e.rule === 'merge.pick')).toEqual([]);
    expect(merged.merges[0]!.primaryEdits.some((e) => e.column === score || e.column === name)).toBe(false);
    expect(merged.summary).toMatchObject({ archived: 1 });
  });
});
