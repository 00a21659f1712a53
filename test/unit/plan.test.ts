import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/plan';
import { audit } from '../../src/core/audit/index';
import { withDefaults } from '../../src/core/settings';
import type { Settings } from '../../src/core/settings';
import type { Cell, Table } from '../../src/core/table';
import type { Plan } from '../../src/core/plan/plan-types';
import type { CellChange } from '../../src/core/normalize/normalize-table';
import type { DuplicateCluster } from '../../src/core/dedupe/types';
import { rowFingerprint } from '../../src/core/dedupe/index';
import { HEADER, ROLES, backgroundRows, messyRows } from './plan-fixture';

const NOW = new Date(Date.UTC(2026, 10, 22, 12));
const SCORE = 10; // the "Score" column holds formulas in row 0 (=A2)
const settings = (extra: Partial<Settings> = {}) => withDefaults({ roles: ROLES, defaultCountry: 'ID', ...extra });

function table(): Table {
  return { header: HEADER.slice(), rows: [...messyRows(), ...backgroundRows(200)] };
}
const formulaCells = (r: number, c: number) => c === SCORE && r === 0;

function allChanges(plan: Plan): CellChange[] {
  return [...plan.edits, ...plan.merges.flatMap((m) => m.primaryEdits)];
}
function editAt(plan: Plan, row: number, column: number): CellChange | undefined {
  return allChanges(plan).find((e) => e.row === row && e.column === column);
}

describe('clean: a messy six-locale sheet', () => {
  const input = table();
  const snapshot = JSON.stringify(input);
  const plan = clean(input, settings(), { now: NOW, isProtected: formulaCells });

  it('does not modify its input', () => {
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it('normalizes every locale and puts statuses and sources into their lists', () => {
    const expected: Array<[number, number, Cell, string]> = [
      [0, 0, 'John Smith', 'name.case'],
      [0, 1, 'john.smith@gmail.com', 'email.typo'],
      [0, 2, '+12133734253', 'phone.e164'],
      [0, 6, 'New', 'list.canonical'],
      [0, 7, 'Website', 'list.canonical'],
      [1, 2, '+6281234567890', 'phone.e164'],
      [1, 6, 'New', 'list.canonical'], // Baru
      [1, 7, 'Event', 'list.canonical'], // Pameran
      [2, 0, 'Nguyễn Thị Lợi', 'name.case'],
      [2, 6, 'New', 'list.canonical'], // Mới
      [2, 7, 'Referral', 'list.canonical'], // Giới thiệu
      [3, 2, '+420602123456', 'phone.e164'],
      [3, 6, 'New', 'list.canonical'], // Nový
      [4, 0, 'Erik Andersson', 'name.case'],
      [4, 7, 'Website', 'list.canonical'], // Hemsida
      [5, 0, 'Şahin Yılmaz', 'name.case'],
      [5, 2, '+905321234567', 'phone.e164'],
      [5, 6, 'New', 'list.canonical'], // Yeni
    ];
    for (const [row, column, after, rule] of expected) {
      const e = editAt(plan, row, column);
      expect(e, `${row},${column}`).toMatchObject({ after, rule });
      expect(e!.before).toBe(input.rows[row]![column]);
      expect(plan.rows[row]![column]).toBe(after);
    }
    expect(editAt(plan, 1, 6)!.why).toBe('"Baru" is "New" in the Lead status list');
    // a value already canonical is left alone
    expect(editAt(plan, 9, 6)).toBeUndefined();
    expect(plan.summary.changesByRule['list.canonical']).toBeGreaterThanOrEqual(11);
  });

  it('merges the sure duplicate: fills blanks, keeps conflicts in a note, archives the loser', () => {
    expect(plan.merges).toHaveLength(1);
    const m = plan.merges[0]!;
    expect(m.primary).toBe(0);
    expect(m.losers).toEqual([6]);
    expect(m.reason).toMatch(/^rows 2, 8 are one customer/);
    expect(m.reason).toMatch(/same email/);
    // the primary's blank company is filled from the duplicate, normalized
    const fill = m.primaryEdits.find((e) => e.column === 3)!;
    expect(fill).toMatchObject({ row: 0, before: '', rule: 'merge.fill', why: 'filled from duplicate row 8' });
    expect(String(fill.after)).toMatch(/^Acme/i);
    expect(plan.rows[0]![3]).toBe(fill.after);
    // conflicting values survive in the note, and in the sheet's notes column (CSV has no notes)
    expect(m.merge.note).toContain('Contacted');
    expect(m.noteColumn).toBe(9);
    const note = m.primaryEdits.find((e) => e.column === 9)!;
    expect(note.rule).toBe('merge.note');
    expect(String(note.after)).toContain('met at expo'); // the loser's own note
    expect(String(note.after)).toContain('Other Status: Contacted');
    // the archived row keeps exactly the values as read
    expect(plan.rows[6]).toEqual(input.rows[6]);
    expect(plan.edits.some((e) => e.row === 6)).toBe(false);
    expect(plan.summary).toMatchObject({ merged: 1, archived: 1 });
  });

  it('every distinct value of a merged row survives on the primary or in its note', () => {
    const m = plan.merges[0]!;
    const fold = (v: unknown) => String(v).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const kept = fold(plan.rows[0]!.join('|') + m.merge.note);
    const loserValues = input.rows[6]!.filter((v) => v !== '');
    expect(loserValues.length).toBeGreaterThan(6);
    for (const v of loserValues) expect(kept, String(v)).toContain(fold(v));
  });

  it('merges every sure cluster the engine finds and leaves every doubtful one for review', () => {
    const merged = plan.merges.map((m) => m.cluster);
    expect(merged.every((c) => c.confidence === 'sure')).toBe(true);
    expect(plan.review.every((c) => c.confidence === 'doubtful')).toBe(true);
    expect(plan.summary.review).toBe(plan.review.length);
    const reviewRows = plan.review.flatMap((c) => c.rows).sort((a, b) => a - b);
    const flagged = plan.findings.filter((f) => f.kind === 'suspected-duplicate').map((f) => f.row);
    expect(flagged).toEqual(reviewRows);
  });

  it('reports findings on the rows as they will be, never on archived rows', () => {
    const byRow = (r: number) => plan.findings.filter((f) => f.row === r).map((f) => [f.kind, f.column]);
    expect(byRow(8)).toEqual([
      ['incomplete', 0],
      ['invalid-email', 1],
      ['invalid-phone', 2],
      ['non-canonical', 4],
      ['non-canonical', 6],
    ]);
    expect(byRow(9)).toEqual([
      ['incomplete', 1],
      ['stale', 8],
    ]);
    expect(byRow(2)).toEqual([['stale', 8]]);
    expect(byRow(0)).toEqual([]); // fixed: no more duplicate, typo or off-list status
    expect(plan.findings.some((f) => f.row === 6)).toBe(false);
    const { 'suspected-duplicate': _dup, ...others } = plan.summary.findingsByKind;
    expect(others).toEqual({
      stale: 2,
      incomplete: 3,
      'invalid-email': 1,
      'invalid-phone': 1,
      'non-canonical': 2,
    });
  });

  it('scores better after than before, consistent with the audit', () => {
    expect(plan.summary.scoreAfter).toBeGreaterThan(plan.summary.scoreBefore);
    expect(plan.summary.scoreBefore).toBe(audit(input, settings(), { now: NOW }).score);
    expect(plan.summary.rows).toBe(input.rows.length);
  });

  it('never writes a protected (formula) cell', () => {
    expect(allChanges(plan).some((e) => formulaCells(e.row, e.column))).toBe(false);
    const protectAll = clean(table(), settings(), { now: NOW, isProtected: () => true });
    expect(protectAll.edits).toEqual([]);
    expect(protectAll.merges.every((m) => m.primaryEdits.length === 0)).toBe(true);
    expect(protectAll.rows.filter((_, r) => !protectAll.merges.some((m) => m.losers.includes(r)))).toEqual(
      table().rows.filter((_, r) => !protectAll.merges.some((m) => m.losers.includes(r))),
    );
  });

  it('does not fill a protected blank of the primary, but keeps the value in the note', () => {
    const p = clean(table(), settings(), { now: NOW, isProtected: (r, c) => r === 0 && (c === 3 || c === SCORE) });
    const m = p.merges[0]!;
    expect(m.primaryEdits.some((e) => e.column === 3)).toBe(false);
    expect(p.rows[0]![3]).toBe('');
    expect(m.merge.note).toMatch(/Not written over formula cells: Company: Acme.* \(row 8\)/);
  });

  it('changes each cell at most once, with before = the value as read', () => {
    const seen = new Set<string>();
    for (const e of allChanges(plan)) {
      const key = `${e.row},${e.column}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(e.before).toBe(input.rows[e.row]![e.column]);
      expect(e.after).not.toBe(e.before);
    }
    expect(plan.summary.changes).toBe(seen.size);
  });

  it('is idempotent: cleaning the cleaned sheet changes nothing and scores the same', () => {
    const archived = new Set(plan.merges.flatMap((m) => m.losers));
    const cleaned: Table = { header: HEADER, rows: plan.rows.filter((_, r) => !archived.has(r)) };
    const again = clean(cleaned, settings(), { now: NOW, isProtected: formulaCells });
    expect(again.edits).toEqual([]);
    expect(again.merges).toEqual([]);
    expect(again.summary.scoreBefore).toBe(plan.summary.scoreAfter);
    expect(audit(cleaned, settings(), { now: NOW }).score).toBe(plan.summary.scoreAfter);
  });

  it('is deterministic', () => {
    const again = clean(table(), settings(), { now: NOW, isProtected: formulaCells });
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
  });
});

describe('clean: clusters given by the caller (reviewed in the sidebar)', () => {
  const cluster = (rows: number[], confidence: 'sure' | 'doubtful', score: number): DuplicateCluster => ({
    rows,
    primary: rows[0]!,
    score,
    confidence,
    reasons: rows.slice(1).map((r) => `row ${r + 2}: same name (score ${score})`),
    pairs: rows.slice(1).map((b) => ({ a: rows[0]!, b, score, keys: [], fields: [] })),
  });

  it('leaves a doubtful cluster for review and highlights its rows, with the reason', () => {
    const p = clean(table(), settings(), { now: NOW, clusters: [cluster([1, 7], 'doubtful', 0.75)] });
    expect(p.merges).toEqual([]);
    expect(p.review.map((c) => c.rows)).toEqual([[1, 7]]);
    const dup = p.findings.filter((f) => f.kind === 'suspected-duplicate');
    expect(dup.map((f) => [f.row, f.why])).toEqual([
      [1, 'possible duplicate of row 9 (match 0.75): same name (score 0.75)'],
      [7, 'possible duplicate of row 3 (match 0.75): same name (score 0.75)'],
    ]);
    expect(p.summary).toMatchObject({ merged: 0, archived: 0, review: 1 });
  });

  it('merges a cluster the user confirmed, keeping every value of the merged row', () => {
    const p = clean(table(), settings(), { now: NOW, clusters: [cluster([1, 7], 'sure', 0.75)] });
    expect(p.merges.map((m) => [m.primary, m.losers])).toEqual([[1, [7]]]);
    expect(p.merges[0]!.merge.note).toContain('Contacted');
    expect(p.findings.some((f) => f.row === 7)).toBe(false);
    // scores count the archived row out
    expect(p.summary.archived).toBe(1);
  });

  it('ignores clusters that point outside the table or overlap a previous one', () => {
    const p = clean(table(), settings(), {
      now: NOW,
      clusters: [cluster([1, 7], 'sure', 0.9), cluster([7, 8], 'sure', 0.9), cluster([2, 9999], 'sure', 0.9)],
    });
    expect(p.merges.map((m) => m.cluster.rows)).toEqual([[1, 7]]);
    expect(p.review).toEqual([]);
  });
});

describe('clean: options and value maps', () => {
  it('uses the user value map for status and for country aliases', () => {
    const valueMap = {
      status: { Open: ['new', 'baru'], Closed: ['won'] },
      country: { USA: ['United States', 'Amerika'] },
    };
    const p = clean(table(), settings({ valueMap }), { now: NOW, dedupe: false });
    expect(p.rows[0]![6]).toBe('Open');
    expect(p.rows[1]![6]).toBe('Open');
    expect(p.rows[9]![6]).toBe('Closed');
    expect(p.rows[0]![4]).toBe('USA'); // USA -> United States (normalizer) -> USA (user's list)
    expect(editAt(p, 0, 4)).toBeUndefined(); // and so no change at all
    expect(p.rows[3]![6]).toBe('Nový'); // not in the user's list: left, and flagged
    expect(p.findings.some((f) => f.row === 3 && f.kind === 'non-canonical' && f.column === 6)).toBe(true);
    expect(p.merges).toEqual([]);
    expect(p.review).toEqual([]);
  });

  it('a country alias only the user list knows is canonicalized and not reported afterwards', () => {
    const t = table();
    t.rows[2]![4] = 'Amrik';
    const before = audit(t, settings({ valueMap: { country: { 'United States': ['Amrik'] } } }), { now: NOW, duplicates: false });
    expect(before.findings.find((f) => f.row === 2 && f.column === 4)?.why).toBe('"Amrik" is written differently from the Country value "United States"');
    const p = clean(t, settings({ valueMap: { country: { 'United States': ['Amrik'] } } }), { now: NOW, dedupe: false });
    expect(editAt(p, 2, 4)).toMatchObject({ before: 'Amrik', after: 'United States', rule: 'list.canonical' });
    expect(p.findings.some((f) => f.row === 2 && f.column === 4)).toBe(false);
  });

  it('respects pairs the user said are not duplicates', () => {
    const t = table();
    const pair: [string, string] = [rowFingerprint(t.rows[0]!, ROLES, 'ID'), rowFingerprint(t.rows[6]!, ROLES, 'ID')];
    const p = clean(t, settings(), { now: NOW, notDuplicates: [pair] });
    expect(p.merges.some((m) => m.cluster.rows.includes(0))).toBe(false);
    expect(p.rows[6]![1]).toBe('john.smith@gmail.com');
  });

  it('moves outdated marks of merged rows to the primary', () => {
    const p = clean(table(), settings(), {
      now: NOW,
      outdated: [{ row: 6, by: 'ana@x.id', at: '2026-11-01', why: 'left the company' }],
    });
    const marked = p.findings.filter((f) => f.kind === 'outdated');
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ row: 0 });
    expect(marked[0]!.why).toContain('left the company (on merged row 8)');
  });
});

describe('clean: roles detected from local headers', () => {
  it('an Indonesian sheet with no column mapping is cleaned the same way', () => {
    const header = ['Nama', 'Email', 'No. HP', 'Perusahaan', 'Negara', 'Jabatan', 'Status', 'Sumber', 'Aktivitas terakhir'];
    const rows: Cell[][] = [
      ['BUDI SANTOSO', 'budi@gmail.cmo', '0812-3456-7890', 'PT Maju', 'Indonesia', 'Direktur', 'baru', 'Pameran', '01/02/2020'],
      ['Siti Aminah', '', '0813 1111 2222', 'CV Sinar', 'Indonesia', '', 'Menang', 'Rujukan', '15/10/2026'],
    ];
    const p = clean({ header, rows }, withDefaults({ locale: 'id_ID' }), { now: NOW });
    expect(p.roles).toEqual(['name', 'email', 'phone', 'company', 'country', 'title', 'status', 'source', 'lastActivity']);
    expect(p.rows[0]!.slice(0, 3)).toEqual(['Budi Santoso', 'budi@gmail.com', '+6281234567890']);
    expect(p.rows[0]![6]).toBe('New');
    expect(p.rows[1]![6]).toBe('Won');
    expect(p.rows[1]![7]).toBe('Referral');
    expect(p.findings.map((f) => [f.row, f.kind])).toEqual([
      [0, 'stale'],
      [1, 'incomplete'],
    ]);
  });
});

describe('clean: bad input', () => {
  it('empty table, header only', () => {
    for (const t of [{ header: [], rows: [] }, { header: HEADER, rows: [] }]) {
      const p = clean(t, settings(), { now: NOW });
      expect(p.edits).toEqual([]);
      expect(p.rows).toEqual([]);
      expect(p.summary).toMatchObject({ rows: 0, changes: 0, merged: 0, archived: 0, scoreBefore: 100, scoreAfter: 100 });
    }
  });

  it('ragged rows, huge cells, error values and phones stored as numbers', () => {
    const huge = 'ž'.repeat(50_000);
    const rows: Cell[][] = [
      ['Short row'],
      [huge, huge, huge, huge, huge, huge, huge, huge, huge, huge, huge],
      ['#N/A', '#N/A', '#N/A', '#N/A', '#N/A', '#N/A', '#N/A'],
      ['Numeric phone', 'n@firma.co.id', 6281234567890, '', 'Indonesia', '', 'baru', '', 45352, '', 1, 'beyond', 'header'],
      [null, undefined, 812345678, true, 3, 4, 5] as Cell[],
    ];
    const p = clean({ header: HEADER, rows }, settings(), { now: NOW });
    expect(p.rows).toHaveLength(5);
    for (const row of p.rows) expect(row).toHaveLength(13); // padded to the widest row, never cut
    expect(p.rows[0]!.slice(1).every((c) => c === '')).toBe(true);
    expect(p.rows[3]![11]).toBe('beyond');
    expect(editAt(p, 3, 2)).toMatchObject({ before: 6281234567890, after: '+6281234567890' });
    expect(editAt(p, 3, 6)).toMatchObject({ after: 'New' });
    expect(editAt(p, 4, 2)).toMatchObject({ after: '+62812345678' });
    expect(p.rows[2]).toEqual(rows[2]!.concat(Array(6).fill('')));
    expect(p.rows[1]![0]).toBe(huge);
    expect(p.summary.rows).toBe(5);
  });
});
