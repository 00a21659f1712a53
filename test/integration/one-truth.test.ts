// One truth for counts, through the built bundle on a generated sheet: the Overview, the Clean
// preview and the Duplicates tab name the same number of duplicate groups; the preview promises
// exactly what applying does (cells changed, rows archived, log lines); the score it promises is
// the score the Overview shows afterwards.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;

interface Preview { groups: Array<{ rule: string; count: number }>; merges: number; archived: number; review: number; scoreBefore: number; scoreAfter: number }
interface Overview { review: number; score: number | null }

describe('one truth for counts', () => {
  it('overview, preview and review agree; apply does what the preview promised', () => {
    const h = harness(messySheet(300));
    const overview = plain<Overview>(h.bundle.sidebarGetOverview());
    const preview = plain<Preview>(h.bundle.sidebarPreviewClean());
    const clusters = plain<unknown[]>(h.bundle.sidebarGetReviewClusters());
    expect(clusters.length).toBeGreaterThan(0);
    expect(overview.review).toBe(clusters.length);
    expect(preview.review).toBe(clusters.length);
    expect(overview.score).toBe(preview.scoreBefore);

    const rowsBefore = h.sheet.getLastRow() - 1;
    const cellChanges = preview.groups.filter((g) => g.rule !== 'merge').reduce((n, g) => n + g.count, 0);
    const archivedGroup = preview.groups.find((g) => g.rule === 'merge')?.count ?? 0;
    expect(archivedGroup).toBe(preview.archived);

    const applied = plain<{ summary: { changes: number; archived: number; merged: number; review: number; scoreAfter: number } }>(h.bundle.sidebarApplyClean({ rules: null }));
    expect(applied.summary).toMatchObject({ changes: cellChanges, archived: preview.archived, merged: preview.merges, review: preview.review, scoreAfter: preview.scoreAfter });
    const archive = h.gas.spreadsheet.getSheetByName('CRM Archive');
    expect((archive?.getLastRow() ?? 1) - 1).toBe(preview.archived);
    expect(h.sheet.getLastRow() - 1).toBe(rowsBefore - preview.archived);
    const log = h.gas.spreadsheet.getSheetByName('CRM Hygiene Log');
    const rules = (log?.getRange(2, 8, log.getLastRow() - 1, 1).getValues() ?? []).map((r) => r[0]);
    expect(rules.filter((r) => r !== 'merge.archive')).toHaveLength(cellChanges);

    // Afterwards every tab sees the sheet the clean left: the score promised, the groups left for review.
    const after = plain<Overview>(h.bundle.sidebarGetOverview());
    expect(after.score).toBe(preview.scoreAfter);
    expect(after.review).toBe(preview.review);
    expect(plain<unknown[]>(h.bundle.sidebarGetReviewClusters())).toHaveLength(preview.review);
    expect(plain<Preview>(h.bundle.sidebarPreviewClean()).review).toBe(preview.review);
  });
});
