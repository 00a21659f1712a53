import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { findDuplicates, prepareTable } from '../../src/core/dedupe/index';
import { candidatePairs } from '../../src/core/dedupe/blocking';
import { scorePair } from '../../src/core/dedupe/pair';
import { generateCrm } from '../../bench/lib/gen-crm';

const HEADER = ['First name', 'Last name', 'Date of birth'];
const ROLES: ColumnRoles = ['firstName', 'lastName', 'birthDate'];
const table = (rows: Cell[][]): Table => ({ header: [...HEADER], rows });

// Other people, so that name frequencies look like a sheet.
const OTHERS: Cell[][] = [
  ['Jana', 'Dvořáková', '1981-02-11'], ['Petr', 'Svoboda', '1969-12-01'], ['Siti', 'Rahmawati', '1992-07-23'],
  ['Erik', 'Johansson', '1977-05-30'], ['Emre', 'Kaya', '1985-10-04'], ['Trần', 'Minh', '1990-01-17'],
];

/** Every candidate pair of a sheet scored both ways: the pairs whose two scores differ. */
function asymmetric(t: Table, roles: ColumnRoles): string[] {
  const pt = prepareTable(t, roles);
  const n = t.rows.length;
  const out: string[] = [];
  for (const key of candidatePairs(pt.prepared, pt.order, { maxBlockSize: 24, window: 4 })) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    const x = scorePair(pt.prepared[a]!, pt.prepared[b]!, pt.ctx).score;
    const y = scorePair(pt.prepared[b]!, pt.prepared[a]!, pt.ctx).score;
    if (x !== y) out.push(`${String(t.rows[a])} / ${String(t.rows[b])}: ${x} vs ${y}`);
  }
  return out;
}

describe('pair scores are symmetric', () => {
  it('first and last name swapped, with a typo on top, scores the same both ways and is offered for review', () => {
    const a: Cell[] = ['Karel', 'Novotný', '1975-03-14'];
    const b: Cell[] = ['Nvotony', 'Karel', '1975-03-14'];
    const pt = prepareTable(table([...OTHERS, a, b]), ROLES);
    const ab = scorePair(pt.prepared[6]!, pt.prepared[7]!, pt.ctx);
    const ba = scorePair(pt.prepared[7]!, pt.prepared[6]!, pt.ctx);
    expect(ab.score).toBe(ba.score);
    for (const order of [[a, b], [b, a]]) {
      const res = findDuplicates(table([...OTHERS, ...order]), ROLES);
      const c = res.clusters.find((x) => x.rows.includes(6) && x.rows.includes(7));
      expect(c, JSON.stringify(res.clusters)).toBeDefined();
      expect(c!.reasons.join(' ')).not.toMatch(/different (first|last) name/);
    }
  });

  it('holds for every candidate pair of swapped, reordered and misspelt names in six languages', () => {
    const rows: Cell[][] = [
      ...OTHERS,
      ['Thomas', 'Frank', '1953-02-08'], ['Frank', 'Thomas', '1956-05-11'], ['Frank', 'Thomsa', '1953-02-08'],
      ['Nguyễn', 'Văn An', '1988-04-04'], ['Văn An', 'Nguyễn', '1988-04-04'], ['An', 'Nguyen Van', '1988-04-04'],
      ['Budi', 'Santoso', '1979-11-20'], ['Santoso', 'Budi', '1979-11-02'], ['Budi', 'Susanto', '1979-11-20'],
      ['Lars', 'Nilsson', '1990-06-15'], ['Nils', 'Larsson', '1990-06-15'], ['Lasse', 'Nilson', '1990-06-15'],
      ['Jan', 'Novák', '1966-09-09'], ['Novák', 'Jan', '1966-09-09'], ['Jana', 'Nováková', '1966-09-09'],
      ['Şahin', 'Yılmaz', '1983-03-03'], ['Yilmaz', 'Sahin', '1983-03-03'], ['Sahin', 'Yilmaz', '1938-03-03'],
    ];
    expect(asymmetric(table(rows), ROLES)).toEqual([]);
  });

  it('holds on a generated six-locale CRM sheet', () => {
    const g = generateCrm(1500, 41);
    expect(asymmetric(g.table, g.roles)).toEqual([]);
  });
});
