import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { audit, biggestGain, DIMENSION_POINTS, KIND_DIMENSION, qualityScore, scoreOf } from '../../src/core/audit/index';
import { cellDate, columnDayOrder, isoDateText, monthsBefore, todayOf } from '../../src/core/normalize/date';
import { withDefaults } from '../../src/core/settings';
import type { Settings } from '../../src/core/settings';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import type { FindingKind, RowFinding } from '../../src/core/audit/findings';
import { outdatedMarksFromNotes, outdatedNote } from '../../src/core/audit/outdated';

const NOW = new Date(Date.UTC(2026, 10, 22, 12));
const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'Status', 'Last activity date'];
const ROLES: ColumnRoles = ['name', 'email', 'phone', 'company', 'country', 'status', 'lastActivity'];

function settings(extra: Partial<Settings> = {}): Settings {
  return withDefaults({ roles: ROLES, defaultCountry: 'ID', ...extra });
}

function run(rows: Cell[][], extra: Partial<Settings> = {}, header = HEADER) {
  return audit({ header, rows }, settings(extra), { now: NOW });
}

function kinds(findings: RowFinding[], row: number): FindingKind[] {
  return findings.filter((f) => f.row === row).map((f) => f.kind);
}

const CLEAN_ROW: Cell[] = ['Budi Santoso', 'budi@santoso.co.id', '+6281234567890', 'PT Maju', 'Indonesia', 'New', '2026-10-01'];

describe('completeness', () => {
  it('flags blank required fields with the column', () => {
    const r = run([
      CLEAN_ROW,
      ['', 'ana@firma.cz', '+420602123456', 'Firma s.r.o.', 'Czechia', 'New', '2026-10-01'],
      ['Nguyễn Văn An', '  ', '', 'Công ty TNHH ABC', 'Vietnam', 'New', '2026-10-01'],
      ['Ayşe Yılmaz', '#N/A', '', '', 'Turkey', 'New', '2026-10-01'],
    ]);
    expect(kinds(r.findings, 0)).toEqual([]);
    expect(r.findings.filter((f) => f.kind === 'incomplete')).toEqual([
      { row: 1, kind: 'incomplete', column: 0, why: 'required name is missing (column "Name")' },
      { row: 2, kind: 'incomplete', column: 1, why: 'required email is missing (column "Email")' },
      { row: 3, kind: 'incomplete', column: 1, why: 'required email holds the error #N/A' },
    ]);
  });

  it('accepts first or last name for a required name, and skips roles the sheet does not have', () => {
    const header = ['First name', 'Last name', 'Email'];
    const r = audit(
      { header, rows: [['Erik', '', 'erik@bolag.se'], ['', '', 'x@bolag.se']] },
      withDefaults({ roles: ['firstName', 'lastName', 'email'], requiredFields: ['name', 'email', 'phone'] }),
      { now: NOW, duplicates: false },
    );
    expect(r.findings).toEqual([{ row: 1, kind: 'incomplete', column: 0, why: 'required name is missing (column "First name")' }]);
  });
});

describe('dates', () => {
  const day = (cell: Parameters<typeof cellDate>[0], order: 'dmy' | 'mdy' | null = 'dmy'): string | null => {
    const d = cellDate(cell, { order });
    return d ? isoDateText(d) : null;
  };
  it('reads the formats CRM sheets hold', () => {
    expect(day('2024-03-01')).toBe('2024-03-01');
    expect(day('2024/3/1 10:00')).toBe('2024-03-01');
    expect(day('01/03/2024')).toBe('2024-03-01');
    expect(day('01/03/2024', 'mdy')).toBe('2024-01-03');
    expect(day('25/12/2023', 'mdy')).toBe('2023-12-25'); // only one reading exists
    expect(day('12/25/2023')).toBe('2023-12-25');
    expect(day('1.3.2024', 'mdy')).toBe('2024-03-01'); // dots are always d.m.y
    expect(day('1-3-24')).toBe('2024-03-01');
    expect(day('3 Mar 2024')).toBe('2024-03-03');
    expect(day('March 3, 2024')).toBe('2024-03-03');
    expect(day('17 Agustus 2023')).toBe('2023-08-17');
    expect(day('31/02/2024')).toBeNull();
    expect(day('soon')).toBeNull();
    expect(day('')).toBeNull();
    expect(day(true)).toBeNull();
    expect(day('01/03/2024', null)).toBeNull(); // ambiguous and nothing decides: not read
  });

  it('reads Dates from another realm and serial numbers', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2020, 0, 15))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(day(foreign)).toBe('2020-01-15');
    expect(day(new Date(NaN))).toBeNull();
    expect(day(45352)).toBe('2024-03-01');
    expect(day(12)).toBeNull(); // a count, not a date
  });

  it('decides day-first or month-first per column, else from the locale region, else not at all', () => {
    expect(columnDayOrder(['01/02/2024', '25/02/2024'], 'US')).toBe('dmy');
    expect(columnDayOrder(['01/02/2024', '02/25/2024'], 'VN')).toBe('mdy');
    expect(columnDayOrder(['01/02/2024'], 'US')).toBe('mdy');
    expect(columnDayOrder(['01/02/2024'], 'TR')).toBe('dmy');
    expect(columnDayOrder(['25/02/2024', '02/25/2024'], 'TR')).toBeNull(); // the column says both
    expect(columnDayOrder([], undefined)).toBeNull();
  });

  it('the stale line is a calendar day: the hour of the run never moves a row across it', () => {
    // On 15 June 2025, 18 months back is 15 December 2023, whatever the time of day.
    const line = { year: 2023, month: 12, day: 15 };
    expect(monthsBefore(todayOf(new Date(Date.UTC(2025, 5, 15, 0, 0, 1))), 18)).toEqual(line);
    expect(monthsBefore(todayOf(new Date(Date.UTC(2025, 5, 15, 23, 59, 59))), 18)).toEqual(line);
  });

  it('counts calendar months back, clamping the day', () => {
    expect(isoDateText(monthsBefore({ year: 2026, month: 8, day: 31 }, 18))).toBe('2025-02-28');
  });
});

describe('staleness', () => {
  it('flags last activity older than 18 months in any common format', () => {
    const old = ['2024-01-15', '15/01/2024', '15.01.2024', new Date(Date.UTC(2024, 0, 15)), 'Jan 15, 2024', 45306];
    const rows = old.map((d, i) => [`Person ${i}`, `p${i}@firma.cz`, '', '', '', 'New', d] as Cell[]);
    rows.push(['Recent', 'recent@firma.cz', '', '', '', 'New', '01/10/2026']);
    rows.push(['Future', 'future@firma.cz', '', '', '', 'New', '2027-01-01']);
    rows.push(['Unknown', 'unknown@firma.cz', '', '', '', 'New', 'last spring']);
    const r = run(rows, { requiredFields: [] });
    const stale = r.findings.filter((f) => f.kind === 'stale');
    expect(stale.map((f) => f.row)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stale[0]).toMatchObject({ column: 6 });
    expect(stale[0]!.why).toContain('(2024-01-15) is more than 18 months ago');
  });

  it('uses settings.staleMonths, reads numbers in a date column as serial dates, falls back to created', () => {
    const header = ['Name', 'Email', 'Last contact', 'Created'];
    const roles: ColumnRoles = ['name', 'email', 'lastActivity', 'createdAt'];
    const table: Table = {
      header,
      rows: [
        ['A', 'a@x.se', 45306, ''],
        ['B', 'b@x.se', '2026-01-01', ''],
        ['C', 'c@x.se', '', '2020-05-05'],
      ],
    };
    const r = audit(table, withDefaults({ roles, staleMonths: 6 }), { now: NOW, duplicates: false });
    expect(r.findings.map((f) => [f.row, f.kind, f.column])).toEqual([
      [0, 'stale', 2], // 45306 is 2024-01-15 in a column whose role is the last activity
      [1, 'stale', 2],
      [2, 'stale', 3],
    ]);
    expect(r.findings[0]!.why).toContain('(2024-01-15)');
    expect(r.findings[2]!.why).toMatch(/^no activity recorded; created/);
  });
});

describe('validity, duplicates, lists, outdated', () => {
  it('turns normalizer flags into findings', () => {
    const r = run(
      [
        ['Ana', 'ana@@firma', '12345', '', '', 'New', ''],
        ['Info', 'info@bolag.se', '+46701234567', '', '', 'New', ''],
        ['Temp', 'temp@mailinator.com', '', '', '', 'New', ''],
      ],
      { requiredFields: [] },
    );
    expect(kinds(r.findings, 0)).toEqual(['invalid-email', 'invalid-phone']);
    expect(kinds(r.findings, 1)).toEqual(['role-account']);
    expect(kinds(r.findings, 2)).toEqual(['disposable-email']);
    expect(r.findings[1]).toMatchObject({ column: 2, kind: 'invalid-phone' });
  });

  it('reports suspected duplicates (an audit merges nothing)', () => {
    const r = run([
      ['John Smith', 'john.smith@gmail.com', '+6281234567890', 'Acme', 'Indonesia', 'New', ''],
      ['Budi Santoso', 'budi@santoso.co.id', '+6281299990000', 'PT Maju', 'Indonesia', 'New', ''],
      ['JOHN SMITH', 'john.smith@gmail.cmo', '0812-3456-7890', 'Acme', 'Indonesia', 'New', ''],
    ]);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]!.rows).toEqual([0, 2]);
    const dup = r.findings.filter((f) => f.kind === 'suspected-duplicate');
    expect(dup.map((f) => f.row)).toEqual([0, 2]);
    expect(dup[0]!.why).toMatch(/duplicate of row 4/);
    expect(r.counts['suspected-duplicate']).toBe(2);
  });

  it('flags values outside the lists: status always, country only with a user list or when unknown', () => {
    const rows: Cell[][] = [
      ['A', 'a@x.id', '', '', 'Indonesia', 'New', ''],
      ['B', 'b@x.id', '', '', 'Narnia', 'Baru', ''],
      ['C', 'c@x.id', '', '', 'Indonesia', 'Waiting', ''],
    ];
    const r = run(rows, { requiredFields: [] }, HEADER);
    expect(r.findings.map((f) => [f.row, f.kind, f.column])).toEqual([
      [1, 'non-canonical', 4],
      [1, 'non-canonical', 5],
      [2, 'non-canonical', 5],
    ]);
    expect(r.findings[1]!.why).toBe('"Baru" is written differently from the Lead status value "New"');
    expect(r.findings[2]!.why).toBe('"Waiting" is not in the Lead status list');
    const withList = run(rows, { requiredFields: [], valueMap: { country: { Vietnam: [] } } });
    expect(withList.findings.filter((f) => f.column === 4).map((f) => f.row)).toEqual([0, 1, 2]);
  });

  it('does not measure a team against a default list it never adopted', () => {
    const own = ['Hot', 'Warm', 'Cold', 'Hot', 'New'].map((st, i) => [`P${i}`, `p${i}@x.id`, '', '', '', st, ''] as Cell[]);
    expect(run(own, { requiredFields: [] }).findings).toEqual([]);
    // the same values are flagged once the team writes its own list without them
    const listed = run(own, { requiredFields: [], valueMap: { status: { New: [], Won: [] } } });
    expect(listed.findings.map((f) => f.row)).toEqual([0, 1, 2, 3]);
  });

  it('counts "Flag as outdated" marks read from notes', () => {
    const notes: Cell[][] = [[''], ['my own note\n' + outdatedNote('ana@firma.cz', NOW, 'changed jobs')], ['']];
    const marks = outdatedMarksFromNotes(notes);
    expect(marks).toEqual([{ row: 1, by: 'ana@firma.cz', at: '2026-11-22', why: 'changed jobs' }]);
    const r = audit({ header: HEADER, rows: [CLEAN_ROW, CLEAN_ROW.map((c, i) => (i === 1 ? 'x@y.id' : c)), CLEAN_ROW] }, settings(), {
      now: NOW,
      outdated: marks,
      duplicates: false,
    });
    expect(r.findings).toEqual([
      { row: 1, kind: 'outdated', why: 'Flagged outdated by ana@firma.cz on 2026-11-22: changed jobs' },
    ]);
    // One row of three is flagged outdated: the 15 points of "current" are lost for a third.
    expect(r.score).toBe(95);
  });
});

describe('report and score', () => {
  it('counts per kind, per column and rows', () => {
    const r = run([
      ['', '', '12345', '', '', 'Baru', '2020-01-01'],
      CLEAN_ROW,
    ]);
    expect(r.rows).toBe(2);
    expect(r.counts).toEqual({ incomplete: 2, 'invalid-phone': 1, stale: 1, 'non-canonical': 1 });
    expect(r.rowsByKind.incomplete).toBe(1);
    expect(r.flaggedRows).toBe(1);
    expect(r.byColumn.map((c) => [c.header, c.count])).toEqual([
      ['Name', 1],
      ['Email', 1],
      ['Phone', 1],
      ['Status', 1],
      ['Last activity date', 1],
    ]);
    // Row 0 loses half of complete (25), valid (25), consistent (15) and current (15); row 1 is clean.
    expect(r.score).toBe(60);
    expect(r.scoreParts.map((p) => [p.dimension, p.rows, p.lost])).toEqual([
      ['complete', 1, 12.5],
      ['valid', 1, 12.5],
      ['unique', 0, 0],
      ['consistent', 1, 7.5],
      ['current', 1, 7.5],
    ]);
  });

  it('scores 100 for no findings and for an empty sheet', () => {
    expect(qualityScore([], 0)).toBe(100);
    expect(qualityScore([], 10)).toBe(100);
    expect(run([CLEAN_ROW]).score).toBe(100);
    expect(run([]).score).toBe(100);
  });

  it('weighs incomplete and invalid more than stale', () => {
    expect(DIMENSION_POINTS[KIND_DIMENSION.incomplete]).toBeGreaterThan(DIMENSION_POINTS[KIND_DIMENSION.stale]);
    expect(DIMENSION_POINTS[KIND_DIMENSION['invalid-email']]).toBeGreaterThan(DIMENSION_POINTS[KIND_DIMENSION.stale]);
    expect(Object.values(DIMENSION_POINTS).reduce((a, b) => a + b, 0)).toBe(100);
    const one = (kind: FindingKind) => qualityScore([{ row: 0, kind, why: '' }], 4);
    expect(one('incomplete')).toBeLessThan(one('stale'));
  });

  it('every fix counts: reformatting a row that is also stale still raises the score', () => {
    const stale: RowFinding[] = [0, 1, 2, 3].map((row) => ({ row, kind: 'stale', why: '' }));
    const before = qualityScore(stale, 4, [0, 1, 2, 3]);
    expect(before).toBe(70);
    expect(qualityScore(stale, 4, [0, 1])).toBe(77.5);
    expect(qualityScore(stale, 4)).toBe(85);
    // Two problems of one dimension on one row count once: the row is or is not consistent.
    expect(qualityScore([{ row: 0, kind: 'non-canonical', column: 1, why: '' }, { row: 0, kind: 'non-canonical', column: 2, why: '' }], 4, [0])).toBe(96.3);
  });

  it('names what would raise the score most', () => {
    const q = scoreOf([
      { row: 0, kind: 'stale', why: '' },
      { row: 1, kind: 'stale', why: '' },
      { row: 2, kind: 'incomplete', column: 0, why: '' },
    ], 4, [3]);
    expect(q.score).toBe(100 - 7.5 - 6.25 - 3.75);
    expect(biggestGain(q.parts)).toMatchObject({ dimension: 'current', rows: 2, lost: 7.5 });
    expect(biggestGain(scoreOf([], 4).parts)).toBeNull();
  });

  it('is monotone: removing any finding never lowers the score', () => {
    const all = Object.keys(KIND_DIMENSION) as FindingKind[];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let trial = 0; trial < 200; trial++) {
      const findings: RowFinding[] = [];
      const n = 1 + rand(6);
      for (let i = rand(15); i > 0; i--) findings.push({ row: rand(n), kind: all[rand(all.length)]!, column: rand(3), why: '' });
      const base = qualityScore(findings, n);
      expect(base).toBeGreaterThanOrEqual(0);
      for (let k = 0; k < findings.length; k++) {
        const fewer = findings.filter((_, i) => i !== k);
        expect(qualityScore(fewer, n)).toBeGreaterThanOrEqual(base);
      }
    }
  });
});

describe('bad input', () => {
  it('header-only, empty, ragged and huge cells give clear results', () => {
    expect(audit({ header: [], rows: [] }, withDefaults(), { now: NOW })).toMatchObject({ rows: 0, score: 100, findings: [] });
    expect(audit({ header: HEADER, rows: [] }, settings(), { now: NOW })).toMatchObject({ rows: 0, score: 100, findings: [] });
    const huge = 'x'.repeat(50_000);
    const r = run([
      ['Short'],
      [huge, huge, huge, huge, huge, huge, huge],
      ['#N/A', '#N/A', '#N/A', '#N/A', '#N/A', '#N/A', '#N/A'],
      ['Phone as number', 'n@x.id', 6281234567890, '', '', '', '', 'extra', 'cells'],
      [null, undefined, 812345678, true, 3, 4, 5] as Cell[],
    ]);
    expect(r.rows).toBe(5);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(kinds(r.findings, 0)).toEqual(['incomplete']);
    expect(kinds(r.findings, 2)).toEqual(['incomplete', 'incomplete']);
    expect(kinds(r.findings, 3)).toEqual([]);
    for (const f of r.findings) expect(f.why.length).toBeLessThan(400);
  });
});
