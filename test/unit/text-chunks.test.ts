// Long texts over several cells or properties (src/gas/text-chunks.ts): no chunk over its limit,
// the pieces join back exactly, and a surrogate pair (emoji, astral CJK) is never cut in two.
import { describe, expect, it } from 'vitest';
import { chunkText, chunkUtf8, utf8Bytes } from '../../src/gas/text-chunks';

const lone = (s: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('text chunks', () => {
  it('counts UTF-8 bytes as Apps Script\'s property limits do', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('Nguyễn')).toBe(8);
    expect(utf8Bytes('Şahin')).toBe(6);
    expect(utf8Bytes('😀')).toBe(4);
    expect(utf8Bytes('𠜎')).toBe(4); // astral CJK (used in Vietnamese chữ Nôm names)
    expect(utf8Bytes('\uD800x')).toBe(4); // a lone surrogate is written as U+FFFD
  });

  it('never cuts an emoji or an astral character in two, whatever the chunk size', () => {
    const text = JSON.stringify({ names: ['Nguyễn Thị Lợi 😀', '𠜎𠜱 Trần', 'Ayşe 👩‍👩‍👧', 'Åsa Öberg'] }).repeat(40);
    for (const size of [4, 5, 7, 13, 64, 1000]) {
      const parts = chunkText(text, size);
      expect(parts.join('')).toBe(text);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(size);
        expect(lone(p), `size ${size}: ${JSON.stringify(p)}`).toBe(false);
      }
      const byBytes = chunkUtf8(text, size + 3);
      expect(byBytes.join('')).toBe(text);
      for (const p of byBytes) {
        expect(utf8Bytes(p)).toBeLessThanOrEqual(size + 3);
        expect(lone(p)).toBe(false);
      }
    }
  });

  it('one empty chunk for empty text; a limit under one character is refused', () => {
    expect(chunkText('', 10)).toEqual(['']);
    expect(() => chunkText('abc', 1)).toThrow(/at least one character/);
  });
});
