// "Not a duplicate" decisions live in the hidden "CRM Decisions" sheet, not in the settings
// property (9 KB): stored from the sidebar, moved once from the property where earlier versions
// kept them, and 2,000 of them stored and honoured by the review, the audit and the clean.
import { afterEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from './gas-harness';
import type { Cell } from '../../src/core/table';
import { addDecisions, readDecisions } from '../../src/gas/decisions-sheet';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
const HEADER = ['Name', 'Email', 'Country', 'Birth date'];
const FIRST = ['Budi', 'Siti', 'Nguyễn Văn', 'Jana', 'Erik', 'Ayşe', 'Mehmet', 'Åsa'];

/** A surname of letters only, different for each i. */
function surname(i: number): string {
  let s = '';
  for (let n = i + 26 * 27; n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(97 + (n % 26)) + s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `pairs` namesakes born the same day with two personal emails each: a doubtful pair each. */
function namesakes(pairs: number): Cell[][] {
  const rows: Cell[][] = [HEADER];
  for (let i = 0; i < pairs; i++) {
    const name = `${FIRST[i % FIRST.length]} ${surname(i)}`;
    const born = new Date(Date.UTC(1960 + (i % 40), i % 12, 1 + (i % 28)));
    rows.push([name, `${surname(i).toLowerCase()}.a${i}@gmail.com`, 'Indonesia', born]);
    rows.push([name.toUpperCase(), `${surname(i).toLowerCase()}.b${i}@yahoo.com`, 'indonesia', born]);
  }
  return rows;
}

type Review = Array<{ id: string; rows: Array<{ row: number }> }>;
const settingsText = (h: Harness): string => h.gas.documentProperties.getProperty('crmHygiene.settings') ?? '';

/** The add-on's own gas module, run against this harness's fake services. */
function withServices<T>(h: Harness, fn: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const names = ['SpreadsheetApp', 'PropertiesService', 'Session', 'LockService'];
  for (const n of names) g[n] = h.gas.globals[n];
  try {
    return fn();
  } finally {
    for (const n of names) delete g[n];
  }
}

afterEach(() => {
  for (const n of ['SpreadsheetApp', 'PropertiesService', 'Session', 'LockService']) delete (globalThis as Record<string, unknown>)[n];
});

describe('"not a duplicate" decisions', () => {
  it('are kept in the hidden CRM Decisions sheet, never in the settings property', () => {
    const h = harness({ values: namesakes(5) });
    const review = plain<Review>(h.bundle.sidebarGetReviewClusters());
    expect(review).toHaveLength(5);
    for (const c of review.slice(0, 3)) h.bundle.sidebarMarkNotDuplicate({ id: c.id });
    expect(settingsText(h)).not.toMatch(/notDuplicates/);
    const sheet = h.gas.spreadsheet.getSheetByName('CRM Decisions');
    expect(sheet?.isSheetHidden()).toBe(true);
    expect(sheet?.getLastRow()).toBe(4);
    expect(sheet?.getRange(2, 1, 1, 2).getNumberFormats()[0]).toEqual(['@', '@']);
    expect(plain<Review>(h.bundle.sidebarGetReviewClusters()).map((c) => c.id)).toEqual(review.slice(3).map((c) => c.id));
    // A group already marked is no longer offered: marking it again is refused and adds nothing.
    h.bundle.sidebarMarkNotDuplicate({ id: review[3]?.id });
    expect(() => h.bundle.sidebarMarkNotDuplicate({ id: review[3]?.id })).toThrow(/changed since the list was shown/);
    expect(sheet?.getLastRow()).toBe(5);
  });

  it('decisions an earlier version kept in the settings property move to the sheet once', () => {
    const h = harness({ values: namesakes(4) });
    const review = plain<Review>(h.bundle.sidebarGetReviewClusters());
    const pairs = review.map((c) => c.id.split('|'));
    h.gas.documentProperties.setProperty('crmHygiene.settings', JSON.stringify({ ...JSON.parse(settingsText(h)), notDuplicates: pairs }));
    expect(plain<Review>(h.bundle.sidebarGetReviewClusters())).toHaveLength(0);
    expect(settingsText(h)).not.toMatch(/notDuplicates/);
    expect(h.gas.spreadsheet.getSheetByName('CRM Decisions')?.getLastRow()).toBe(5);
    expect(plain<Review>(h.bundle.sidebarGetReviewClusters())).toHaveLength(0);
  });

  it('2,000 decisions are stored and honoured by the review, the audit and the clean', () => {
    const h = harness({ values: namesakes(2000) });
    const review = plain<Review>(h.bundle.sidebarGetReviewClusters());
    expect(review).toHaveLength(2000);
    expect(plain<{ counts: Record<string, number> }>(h.bundle.runAuditNow()).counts['suspected-duplicate']).toBe(4000);
    const before = settingsText(h);
    // What marking each group from the sidebar stores (the sidebar checks one group per call).
    withServices(h, () => addDecisions(h.gas.spreadsheet as never, review.map((c) => c.id.split('|') as [string, string]), 'owner@example.com'));
    expect(withServices(h, () => readDecisions(h.gas.spreadsheet as never))).toHaveLength(2000);
    expect(h.gas.spreadsheet.getSheetByName('CRM Decisions')?.getLastRow()).toBe(2001);
    expect(settingsText(h)).toBe(before);
    // Settings still save (they used to overflow with a few hundred decisions in them).
    h.bundle.sidebarSaveSettings({ staleMonths: 24 });
    expect(JSON.parse(settingsText(h)).staleMonths).toBe(24);

    expect(plain<Review>(h.bundle.sidebarGetReviewClusters())).toHaveLength(0);
    expect(plain<{ counts: Record<string, number> }>(h.bundle.runAuditNow()).counts['suspected-duplicate'] ?? 0).toBe(0);
    h.bundle.menuCleanSheet();
    expect(h.gas.ui.alerts.at(-1)?.prompt).toMatch(/Duplicate groups merged: 0\nRows moved to CRM Archive: 0\nGroups left for your review: 0\n/);
    expect(h.sheet.getLastRow()).toBe(4001);
  });
});
