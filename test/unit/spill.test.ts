// Finding the cells array formulas fill (core/table/spill.ts), from the formulas alone, on the safe
// side: an open-ended range reaches the bottom, a closed one its own height, the width is the
// widest range read.
import { describe, expect, it } from 'vitest';
import { isSpilled, maySpill, spillAreas } from '../../src/core/table/spill';

const grid = (cells: Record<string, string>, rows = 10, columns = 6): string[][] => {
  const g = Array.from({ length: rows }, () => new Array<string>(columns).fill(''));
  for (const [a1, f] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(a1);
    if (m) (g[Number(m[2]) - 1] as string[])[(m[1] as string).charCodeAt(0) - 65] = f;
  }
  return g;
};

describe('spill ranges', () => {
  it('knows the formulas that can return an array, not a word in a text', () => {
    for (const f of ['=ARRAYFORMULA(A2:A*2)', '=arrayformula(a2:a)', '=FILTER(A2:C, B2:B>0)', '=QUERY(A:D, "select A")', '=UNIQUE(A2:A)', '=SORT(A2:B9)', '={"Phone"; CRM_NORMALIZE_PHONE(C2:C)}', '=IMPORTRANGE("abc", "Contacts!A:D")', '=SPLIT(A2, ",")']) {
      expect(maySpill(f), f).toBe(true);
    }
    for (const f of ['=LEN(A2)', '=SUM(A2:A)', '=A2&" {x}"', '="ARRAYFORMULA(A2:A)"', 'ARRAYFORMULA', '=VLOOKUP(A2, D:E, 2, FALSE)']) {
      expect(maySpill(f), f).toBe(false);
    }
  });

  it('an open-ended range reaches the bottom; width is the widest range read', () => {
    const areas = spillAreas(grid({ C1: '={"Clean"; ARRAYFORMULA(IF(B2:B="",,LOWER(TRIM(B2:B))))}', E2: '=FILTER(A2:B, A2:A<>"")' }), 10, 6);
    expect(areas.map(({ formula: _f, ...a }) => a)).toEqual([
      { row: 0, column: 2, numRows: 10, numColumns: 1 },
      { row: 1, column: 4, numRows: 9, numColumns: 2 },
    ]);
    expect(isSpilled(areas, 0, 2)).toBe(false); // the formula's own cell
    expect(isSpilled(areas, 9, 2)).toBe(true);
    expect(isSpilled(areas, 5, 5)).toBe(true);
    expect(isSpilled(areas, 5, 3)).toBe(false);
  });

  it('a closed range reaches its own height, an array literal adds its stacked rows', () => {
    const areas = spillAreas(grid({ A1: '=ARRAYFORMULA(B2:B5*2)', D1: '={"Total"; ARRAYFORMULA(B2:B4)}', F1: '=ARRAYFORMULA(B2*2)' }), 10, 6);
    expect(areas.map((a) => [a.numRows, a.numColumns])).toEqual([[4, 1], [4, 1], [1, 1]]);
    expect(isSpilled(areas, 4, 0)).toBe(false);
    expect(isSpilled(areas, 3, 3)).toBe(true);
  });

  it('clips to the grid; TRANSPOSE and bare sizes reach to the edges', () => {
    const areas = spillAreas(grid({ B9: '=ARRAYFORMULA(A2:C)', A1: '=TRANSPOSE(A2:A5)', C3: '=SEQUENCE(20)' }), 10, 6);
    expect(areas.map((a) => [a.row, a.column, a.numRows, a.numColumns])).toEqual([[0, 0, 10, 6], [2, 2, 8, 1], [8, 1, 2, 3]]);
  });
});
