// Long journal and queue text kept in cells: never a piece over the limit, never a surrogate pair
// cut in two (chunkText itself: text-chunks.test.ts), and every line back exactly, across several appends.
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, packLines, unpackLines } from '../../src/gas/text-chunks';
import { seededRandom } from '../../scripts/lib/seeded-random';

const WORDS = ['Nguyễn Thị Lợi', 'Şahin Yılmaz', 'Jiří Dvořák', 'Åsa Öberg', 'Budi Santoso', '😀 emoji', '𝒜 math', 'İstanbul', 'a"b\\c', '=SUM(A1:A9)', "'00123", '+6281234567890'];

describe('text chunks', () => {
  it('packs lines into marked cells of at most 40,000 characters and reads them back across appends', () => {
    const rnd = seededRandom(7);
    const batches: string[][] = [];
    for (let b = 0; b < 4; b++) {
      const lines: string[] = [];
      const n = 1 + Math.floor(rnd() * 3000);
      for (let i = 0; i < n; i++) lines.push(JSON.stringify({ r: i, v: WORDS[Math.floor(rnd() * WORDS.length)]?.repeat(1 + Math.floor(rnd() * 40)) }));
      batches.push(lines);
    }
    const cells = batches.flatMap((lines) => packLines(lines));
    for (const c of cells) {
      expect(c.length).toBeLessThanOrEqual(CHUNK_CHARS);
      // Never read as a formula, a number or an apostrophe-quoted text.
      expect(c[0] === '^' || c[0] === '~').toBe(true);
      expect(/[\ud800-\udbff]$/.test(c)).toBe(false);
    }
    expect(cells.length).toBeGreaterThan(batches.length);
    expect(unpackLines(cells)).toEqual(batches.flat());
  });

  it('a single line longer than a cell spans several cells and comes back whole', () => {
    const line = JSON.stringify({ note: 'Ghi chú dài '.repeat(9000) });
    expect(line.length).toBeGreaterThan(2 * CHUNK_CHARS);
    const cells = packLines([line]);
    expect(cells.length).toBe(Math.ceil(line.length / (CHUNK_CHARS - 1)));
    expect(unpackLines(cells)).toEqual([line]);
    expect(unpackLines([])).toEqual([]);
  });
});
