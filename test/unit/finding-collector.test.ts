import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/core/audit/context';

describe('FindingCollector', () => {
  it('keeps one finding per row, kind and column, the first reason given', () => {
    const c = new FindingCollector();
    c.emit(4, 'stale', 9, 'last activity "23.5.2022" (2022-05-23) is more than 18 months ago');
    c.emit(4, 'stale', 9, 'again');
    c.emit(4, 'stale', 10, 'created "1.2.2020" (2020-02-01) is more than 18 months ago');
    c.emit(4, 'incomplete', undefined, 'required email is missing');
    c.emit(4, 'incomplete', undefined, 'again');
    c.emit(1_000_000, 'invalid-phone', 2, 'not a valid phone number: no known country code in 12');
    c.emit(1_000_000, 'invalid-phone', 2, 'again');
    expect(c.findings.map((f) => [f.row, f.kind, f.column, f.why])).toEqual([
      [4, 'stale', 9, 'last activity "23.5.2022" (2022-05-23) is more than 18 months ago'],
      [4, 'stale', 10, 'created "1.2.2020" (2020-02-01) is more than 18 months ago'],
      [4, 'incomplete', undefined, 'required email is missing'],
      [1_000_000, 'invalid-phone', 2, 'not a valid phone number: no known country code in 12'],
    ]);
  });

  it('tells apart findings of neighbouring rows, kinds and columns, and columns past any sheet width', () => {
    const c = new FindingCollector();
    c.emit(1, 'incomplete', 0, 'a');
    c.emit(0, 'non-canonical', 0, 'b');
    c.emit(1, 'stale', 0, 'c');
    c.emit(1, 'incomplete', 1, 'd');
    c.emit(2, 'incomplete', 70_000, 'e');
    c.emit(2, 'incomplete', 70_000, 'again');
    c.emit(2, 'incomplete', 70_001, 'f');
    expect(c.findings.map((f) => f.why)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('lists findings by row, then by what most needs a person, then by column', () => {
    const c = new FindingCollector();
    c.emit(7, 'stale', 9, 'stale');
    c.emit(7, 'non-canonical', 5, 'country');
    c.emit(7, 'non-canonical', 4, 'title');
    c.emit(2, 'role-account', 1, 'role');
    c.emit(7, 'incomplete', undefined, 'email');
    c.emit(7, 'invalid-email', 1, 'email');
    expect(c.sorted().map((f) => `${f.row} ${f.kind} ${f.column ?? '-'}`)).toEqual([
      '2 role-account 1',
      '7 incomplete -',
      '7 invalid-email 1',
      '7 stale 9',
      '7 non-canonical 4',
      '7 non-canonical 5',
    ]);
  });
});
