import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import {
  outdatedMarksFromNotes,
  outdatedNote,
  parseOutdatedNote,
  withOutdatedNote,
  withoutOutdatedNote,
} from '../../src/core/audit/outdated';

const AT = new Date(Date.UTC(2026, 10, 22, 15, 30));

describe('Flag as outdated notes', () => {
  it('builds one readable line', () => {
    expect(outdatedNote('ana@firma.cz', AT, 'moved to\n another company ')).toBe(
      'Flagged outdated by ana@firma.cz on 2026-11-22: moved to another company',
    );
    expect(outdatedNote('', AT)).toBe('Flagged outdated by someone on 2026-11-22');
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 0, 2))') as Date;
    expect(outdatedNote('Lars', foreign, 'nummer slutat fungera')).toBe('Flagged outdated by Lars on 2025-01-02: nummer slutat fungera');
    expect(outdatedNote('x', AT, 'y'.repeat(2000)).length).toBeLessThan(600);
  });

  it('reads the mark back, also out of a note with other lines', () => {
    const note = `called twice, no answer\n${outdatedNote('Nguyễn Văn An', AT, 'số điện thoại: không liên lạc được')}`;
    expect(parseOutdatedNote(note)).toEqual({ by: 'Nguyễn Văn An', at: '2026-11-22', why: 'số điện thoại: không liên lạc được' });
    expect(parseOutdatedNote(outdatedNote('Emre', AT))).toEqual({ by: 'Emre', at: '2026-11-22', why: '' });
    expect(parseOutdatedNote('just a note')).toBeNull();
    expect(parseOutdatedNote(42)).toBeNull();
  });

  it('replaces an earlier mark and keeps the user lines; can remove it again', () => {
    const first = withOutdatedNote('VIP customer', outdatedNote('a', AT, 'old'));
    const second = withOutdatedNote(first, outdatedNote('b', AT, 'new'));
    expect(second).toBe('VIP customer\nFlagged outdated by b on 2026-11-22: new');
    expect(withoutOutdatedNote(second)).toBe('VIP customer');
    expect(withOutdatedNote('', 'Flagged outdated by c on 2026-11-22')).toBe('Flagged outdated by c on 2026-11-22');
  });

  it('finds marks in any cell of a row', () => {
    const notes = [['', ''], ['', outdatedNote('a', AT, 'x')], [], [null, 'other']] as unknown as string[][];
    expect(outdatedMarksFromNotes(notes)).toEqual([{ row: 1, by: 'a', at: '2026-11-22', why: 'x' }]);
  });
});
