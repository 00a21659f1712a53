// A batch of a large file holds many independent groups (rows linked by a shared email or phone):
// DedupeOptions.group keeps every candidate pair, and so every cluster, inside one group.
import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles } from '../../src/core/table';
import { findDuplicatesIn, prepareTable } from '../../src/core/dedupe/index';
import { candidatePairs } from '../../src/core/dedupe/blocking';
import { planBatches } from '../../src/cli/batch/batches';
import { generateCrm } from '../../bench/lib/gen-crm';

const HEADER = ['Name', 'Email', 'Phone', 'Company'];
const ROLES: ColumnRoles = ['name', 'email', 'phone', 'company'];

// The same customer twice (a typo in the domain, the phone typed another way), and others.
const ROWS: Cell[][] = [
  ['Nguyễn Thị Lợi', 'loi.nguyen@saoviet.com.vn', '+84 912 345 678', 'Công ty TNHH Sao Việt'],
  ['Jana Dvořáková', 'jana@seznam.cz', '+420 602 123 456', 'Moravia Tech s.r.o.'],
  ['Nguyen Thi Loi', 'loi.nguyen@saoviet.com.vn', '0912 345 678', 'Sao Viet Co., Ltd'],
  ['Emre Kaya', 'emre.kaya@gmail.com', '+90 532 123 45 67', 'Kaya Tekstil Ltd. Şti.'],
];

describe('DedupeOptions.group', () => {
  it('finds the pair when both rows are in one group, and nothing when they are in two', () => {
    const together = findDuplicatesIn(HEADER, ROWS, ROLES, { group: (r) => (r === 0 || r === 2 ? 7 : r) });
    expect(together.clusters.map((c) => c.rows)).toEqual([[0, 2]]);
    const apart = findDuplicatesIn(HEADER, ROWS, ROLES, { group: (r) => r });
    expect(apart.clusters).toEqual([]);
    expect(apart.candidatePairs).toBe(0);
  });

  it('on a generated six-locale sheet, candidate pairs and clusters stay inside groups', () => {
    const g = generateCrm(1200, 17);
    const n = g.table.rows.length;
    // Thirty groups, each person's rows in one of them, except every fifth person, whose rows
    // are split over two groups by row parity.
    const group = (r: number): number => {
      const e = g.entity[r] as number;
      return e % 5 === 0 ? 30 + (r % 2) : e % 30;
    };
    const pt = prepareTable(g.table, g.roles);
    const pairs = candidatePairs(pt.prepared, pt.order, { maxBlockSize: 24, window: 4, group });
    expect(pairs.length).toBeGreaterThan(0);
    for (const key of pairs) expect(group(Math.floor(key / n))).toBe(group(key % n));

    const found = findDuplicatesIn(g.table.header, g.table.rows, g.roles, { group });
    expect(found.clusters.length).toBeGreaterThan(5);
    for (const c of found.clusters) expect(new Set(c.rows.map(group)).size).toBe(1);
    // Without the option the same sheet links rows across groups: the option really limits.
    const whole = findDuplicatesIn(g.table.header, g.table.rows, g.roles);
    expect(whole.clusters.some((c) => new Set(c.rows.map(group)).size > 1)).toBe(true);
  });
});

describe('planBatches groups', () => {
  it('gives rows linked through a chain of shared keys one group, and keeps a group in one batch', () => {
    // Rows 0-1 share an email, 1-4 a phone, so 0, 1 and 4 are one group; 2-5 another; 3 alone.
    const keys: string[][] = [['e:a'], ['e:a', 'p:1'], ['e:b'], ['e:c'], ['p:1'], ['e:b']];
    const plan = planBatches(keys.length, (i) => keys[i] ?? [], 2);
    expect(plan.groupOf(0)).toBe(plan.groupOf(1));
    expect(plan.groupOf(4)).toBe(plan.groupOf(0));
    expect(plan.groupOf(2)).toBe(plan.groupOf(5));
    expect(plan.groupOf(2)).not.toBe(plan.groupOf(0));
    expect(plan.isSolo(3)).toBe(true);
    for (const b of plan.linked) {
      const groups = new Set(b.rows.map(plan.groupOf));
      for (const g of groups) expect(b.rows.filter((r) => plan.groupOf(r) === g)).toEqual([0, 1, 2, 4, 5].filter((r) => plan.groupOf(r) === g));
    }
  });
});
