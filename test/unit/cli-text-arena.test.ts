import { describe, expect, it } from 'vitest';
import { TextArena } from '../../src/cli/rows/text-arena';

describe('TextArena', () => {
  it('gives back every text exactly, across buffers and past the first index block', () => {
    // Tiny buffers, so texts land in many of them; one text is longer than a buffer.
    const arena = new TextArena(64);
    const texts: string[] = [];
    for (let i = 0; i < 70_000; i++) {
      const t = [`Nguyễn Thị Lợi ${i}`, `ŞAHİN YILMAZ ${i}`, '', `Jan Novák, Brno ${i}`, `Åsa Öberg ${i}`, `PT Maju Jaya Tbk ${i}`][i % 6] as string;
      texts.push(t);
      expect(arena.push(t)).toBe(i);
    }
    const long = 'Công ty TNHH Minh Phát '.repeat(20);
    expect(arena.push(long)).toBe(70_000);
    expect(arena.length).toBe(70_001);
    for (let i = 0; i < texts.length; i += 997) expect(arena.get(i)).toBe(texts[i]);
    expect(arena.get(69_999)).toBe(texts[69_999]);
    expect(arena.get(70_000)).toBe(long);
    expect(() => arena.get(70_001)).toThrow();
  });
});
