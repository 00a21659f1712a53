import { describe, expect, it } from 'vitest';
import { damerau } from '../../src/core/dedupe/similarity';
import { seededRandom } from '../../scripts/lib/seeded-random';

/** Plain optimal-string-alignment distance over a full table: the reference. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('damerau (banded, with a limit)', () => {
  it('equals the full-table distance, or limit + 1 beyond the limit', () => {
    const rnd = seededRandom(2024);
    const word = (n: number): string => Array.from({ length: n }, () => 'abcde'[Math.floor(rnd() * 5)]).join('');
    for (let k = 0; k < 20000; k++) {
      const a = word(Math.floor(rnd() * 10));
      const cut = Math.floor(rnd() * (a.length + 1));
      const b = rnd() < 0.5 ? word(Math.floor(rnd() * 10)) : a.slice(0, cut) + word(Math.floor(rnd() * 3)) + a.slice(cut + Math.floor(rnd() * 2));
      const want = reference(a, b);
      for (const limit of [0, 1, 2, 3, Infinity]) {
        expect(damerau(a, b, limit), `${a} ~ ${b} (limit ${limit})`).toBe(want <= limit ? want : limit + 1);
      }
    }
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(damerau('gmial.com', 'gmail.com', 1)).toBe(1);
    expect(damerau('nguyen.an@gmail.com', 'nguyen.na@gmail.com')).toBe(1);
  });
});
