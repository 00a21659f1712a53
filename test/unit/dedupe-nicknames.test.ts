import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { findDuplicates } from '../../src/core/dedupe/index';

describe('a nickname is evidence for review, never for a sure merge', () => {
  const header = ['First name', 'Last name', 'Email', 'Phone', 'City'];
  const roles: ColumnRoles = ['firstName', 'lastName', 'email', 'phone', 'city'];
  const table = (rows: Cell[][]): Table => ({ header, rows });
  const others: Cell[][] = [
    ['Maria', 'Garcia', 'maria.garcia@outlook.com', '+1 415 555 0101', 'Boston'],
    ['Siti', 'Rahmawati', 'siti.r@yahoo.co.id', '+62 812 3456 7001', 'Bandung'],
    ['Erik', 'Johansson', 'erik.j@telia.com', '+46 70 123 4501', 'Malmö'],
    ['Emre', 'Kaya', 'emre.kaya@hotmail.com', '+90 532 111 2201', 'İzmir'],
  ];
  const cases: Array<[string, Cell[], Cell[]]> = [
    ['en', ['Robert', 'Whitfield', 'r.whitfield@gmail.com', '+1 617 555 0199', 'Boston'], ['Bob', 'Whitfield', 'r.whitfield@gmail.com', '+1 617 555 0199', 'Boston']],
    ['cs', ['Jan', 'Procházka', 'jan.prochazka@seznam.cz', '+420 603 111 222', 'Brno'], ['Honza', 'Procházka', '', '+420 603 111 222', 'Brno']],
    ['sv', ['Lars', 'Bergström', 'lars.bergstrom@telia.com', '+46 70 999 8877', 'Uppsala'], ['Lasse', 'Bergström', 'lars.bergstrom@telia.com', '', 'Uppsala']],
  ];
  for (const [lang, a, b] of cases) {
    it(`${lang}: ${String(b[0])} / ${String(a[0])} is offered for review, not merged`, () => {
      const res = findDuplicates(table([...others, a, b]), roles, { defaultCountry: 'US' });
      const c = res.clusters.find((x) => x.rows.includes(4) && x.rows.includes(5));
      expect(c, JSON.stringify(res.clusters)).toBeDefined();
      expect(c!.confidence).toBe('doubtful');
      expect(c!.reasons.join(' ')).toContain('short form');
    });
  }
});
