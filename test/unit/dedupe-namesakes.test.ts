import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { findDuplicates, prepareTable } from '../../src/core/dedupe/index';
import { scorePair } from '../../src/core/dedupe/pair';

// A people list with separate name columns and a birth date, in the six markets.
const HEADER = ['First name', 'Last name', 'Date of birth', 'City', 'Email'];
const ROLES: ColumnRoles = ['firstName', 'lastName', 'birthDate', 'city', 'email'];
const table = (rows: Cell[][]): Table => ({ header: [...HEADER], rows });

const OTHERS: Cell[][] = [
  ['Siti', 'Rahmawati', '1990-04-17', 'Bandung', ''],
  ['Thị Mai', 'Trần', '1985-11-02', 'Huế', ''],
  ['Kateřina', 'Dvořáková', '1979-06-30', 'Brno', ''],
  ['Björn', 'Lindqvist', '1968-01-09', 'Umeå', ''],
  ['Emre', 'Kaya', '1992-08-21', 'İzmir', ''],
  ['Maria', 'Garcia', '1984-03-02', 'Boston', ''],
];

const clusterOf = (rows: Cell[][], a: number, b: number) =>
  findDuplicates(table(rows), ROLES).clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('half a name and a birth date are not a duplicate', () => {
  it('twins (same family name and birthday, other given names, nothing else alike) are not offered', () => {
    const rows: Cell[][] = [...OTHERS, ['Tomáš', 'Procházka', '1994-02-11', 'Plzeň', ''], ['Jakub', 'Procházka', '1994-02-11', 'Liberec', '']];
    expect(clusterOf(rows, 6, 7)).toBeUndefined();
  });

  it('one given name and one birthday under two family names are two people', () => {
    const rows: Cell[][] = [...OTHERS, ['Ahmet', 'Yılmaz', '1966-10-03', 'Ankara', ''], ['Ahmet', 'Öztürk', '1966-10-03', 'Konya', '']];
    expect(clusterOf(rows, 6, 7)).toBeUndefined();
  });

  it('a new family name with the same personal email is still offered for review (married)', () => {
    const rows: Cell[][] = [...OTHERS, ['Eva', 'Nováková', '1988-07-19', 'Praha', 'eva.kralova88@seznam.cz'], ['Eva', 'Králová', '1988-07-19', 'Praha', 'eva.kralova88@seznam.cz']];
    expect(clusterOf(rows, 6, 7)?.confidence).toBe('doubtful');
  });
});

describe('two family names both common in the sheet', () => {
  // Johansson and Jonsson are both everyday Swedish names; Larsson and Larson one slip apart.
  const many = (last: string, n: number): Cell[][] =>
    ['Anna', 'Erik', 'Lars', 'Maja', 'Nils', 'Sofia', 'Olof'].slice(0, n).map((first, i) => [first, last, `19${60 + i}-0${1 + i}-1${i}`, 'Malmö', '']);
  const lastNameLevel = (x: string, y: string) => {
    const rows: Cell[][] = [...OTHERS, ...many('Johansson', 3), ...many('Jonsson', 3), ...many('Larsson', 3), ...many('Larson', 3), ['Ingrid', x, '1971-05-09', 'Göteborg', ''], ['Ingrid', y, '1971-05-09', 'Göteborg', '']];
    const pt = prepareTable(table(rows), ROLES);
    const n = rows.length;
    return scorePair(pt.prepared[n - 2]!, pt.prepared[n - 1]!, pt.ctx).fields.find((f) => f.field === 'lastName')?.level;
  };

  it('two letters or more apart are two families', () => {
    expect(lastNameLevel('Johansson', 'Jonsson')).toBe('diff');
  });

  it('one slip apart may still be a typo of one name', () => {
    expect(lastNameLevel('Larsson', 'Larson')).toBe('medium');
  });
});
