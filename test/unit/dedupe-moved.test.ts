import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { findDuplicates, prepareTable } from '../../src/core/dedupe/index';
import { scorePair } from '../../src/core/dedupe/pair';
import { compareDates } from '../../src/core/dedupe/compare-date';

const HEADER = ['First name', 'Last name', 'Date of birth', 'Address', 'City'];
const ROLES: ColumnRoles = ['firstName', 'lastName', 'birthDate', 'address', 'city'];
const table = (rows: Cell[][]): Table => ({ header: [...HEADER], rows });

// People around each case (six languages), so name and date frequencies look like a sheet.
const OTHERS: Cell[][] = [
  ['Siti', 'Rahmawati', '1990-04-17', 'Jl. Merdeka 5', 'Bandung'],
  ['Trần', 'Thị Mai', '1985-11-02', '12 Lê Lợi', 'Huế'],
  ['Kateřina', 'Dvořáková', '1979-06-30', 'Údolní 12', 'Brno'],
  ['Björn', 'Lindqvist', '1968-01-09', 'Storgatan 3', 'Umeå'],
  ['Emre', 'Kaya', '1992-08-21', 'Atatürk Cd. 10', 'İzmir'],
  ['Maria', 'Garcia', '1984-03-02', '12 Pine St', 'Boston'],
];

const clusterWith = (rows: Cell[][], a: number, b: number) =>
  findDuplicates(table(rows), ROLES).clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('birth dates compared by their parts', () => {
  it('tells a slip from one part wrong from another date', () => {
    expect(compareDates('birthDate', '19580223', '19580223').level).toBe('exact');
    expect(compareDates('birthDate', '19580223', '19580224').level).toBe('typo');
    expect(compareDates('birthDate', '19580223', '19582302').level).toBe('typo'); // day and month swapped
    expect(compareDates('birthDate', '19580223', '19581123').level).toBe('medium'); // the month
    expect(compareDates('birthDate', '19580223', '19580211').level).toBe('medium'); // the day
    expect(compareDates('birthDate', '19580223', '19630223').level).toBe('partial'); // the year: the same birthday
    expect(compareDates('birthDate', '19580223', '19611130').level).toBe('diff');
  });
});

describe('a shared birthday is weaker evidence than a shared birth year and month', () => {
  it('the birth date weighs less when only the year differs than when only the month or day does', () => {
    // Many people share a birthday (one pair in 365); few share the year and the day of birth.
    const weight = (x: string, y: string) => {
      const rows: Cell[][] = [...OTHERS, ['Ayşe', 'Yıldırım', x, 'Atatürk Cd. 4', 'Ankara'], ['Ayşe', 'Yıldırım', y, 'İnönü Sk. 9', 'Bursa']];
      const pt = prepareTable(table(rows), ROLES);
      const dob = scorePair(pt.prepared[6]!, pt.prepared[7]!, pt.ctx).fields.find((f) => f.field === 'birthDate');
      return dob!.weight;
    };
    const yearOnly = weight('1976-09-14', '1981-09-14');
    expect(yearOnly).toBeGreaterThan(0);
    expect(weight('1976-09-14', '1976-11-14')).toBeGreaterThan(yearOnly);
    expect(weight('1976-09-14', '1976-09-28')).toBeGreaterThan(yearOnly);
  });
});

describe('people who moved, or whose birth date has one part wrong, are offered for review', () => {
  it('the same rare name at a new address with the birth month mistyped', () => {
    const a: Cell[] = ['Wibowo', 'Setiadarma', '1958-02-23', 'Jl. Diponegoro 14', 'Semarang'];
    const b: Cell[] = ['Wibowo', 'Setiadarma', '1958-05-23', 'Jl. Pemuda 3', 'Surabaya'];
    const c = clusterWith([...OTHERS, a, b], 6, 7);
    expect(c, 'offered for review').toBeDefined();
    expect(c!.confidence).toBe('doubtful');
  });

  it('the same rare name and birth date at a new address is one person, merged', () => {
    const a: Cell[] = ['Ludmila', 'Krčmářová', '1961-10-05', 'Husova 8', 'Olomouc'];
    const b: Cell[] = ['Ludmila', 'Krčmářová', '1961-10-05', 'Masarykova 21', 'Praha'];
    expect(clusterWith([...OTHERS, a, b], 6, 7)?.confidence).toBe('sure');
  });
});

describe('a common name with a one-digit date difference is never merged without review', () => {
  it('namesakes born a day apart', () => {
    // "Jan Novák" is on many rows: a near birth date is how two of them look.
    const namesakes: Cell[][] = [
      ['Jan', 'Novák', '1970-05-01', 'Lidická 2', 'Brno'],
      ['Jan', 'Novák', '1988-12-19', 'Palackého 7', 'Praha'],
      ['Jan', 'Novák', '1955-07-30', 'Nádražní 1', 'Ostrava'],
    ];
    const a: Cell[] = ['Jan', 'Novák', '1980-03-14', 'Husova 8', 'Olomouc'];
    const b: Cell[] = ['Jan', 'Novák', '1980-03-15', 'Husova 8', 'Olomouc'];
    const c = clusterWith([...OTHERS, ...namesakes, a, b], 9, 10);
    expect(c?.confidence ?? 'none').not.toBe('sure');
  });
});
