import { describe, expect, it } from 'vitest';
import {
  DUPLICATE_NOTE_PREFIX, KeyIndex, SHARD_BUDGET_BYTES, buildIndex, findBlockDuplicates, hashKey, normalizeBlock, rowKeys, shardCountFor, withDuplicateNote,
} from '../../src/core/entry/entry-guard';
import { decodeMarks, encodeMarks, refreshHighlights } from '../../src/core/audit/marks';
import { withDefaults } from '../../src/core/settings';
import type { Cell, ColumnRoles } from '../../src/core/table';

const roles: ColumnRoles = ['name', 'email', 'phone', 'company', 'country'];

describe('entry guard: key index', () => {
  it('hashes keys to 8 characters, stable and spread', () => {
    expect(hashKey('e:john@x.com')).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(hashKey('e:john@x.com')).toBe(hashKey('e:john@x.com'));
    const seen = new Set<string>();
    for (let i = 0; i < 100000; i++) seen.add(hashKey(`e:user${i}@example.com`));
    expect(seen.size).toBe(100000);
  });

  it('keys: email (not role accounts), E.164 phone, name + company', () => {
    const keys = rowKeys(['Jan Novák', 'Jan.Novak@Seznam.cz', '+420 602 123 456', 'Novák s.r.o.', 'CZ'], roles, 'CZ');
    expect(keys.map((k) => k.label)).toEqual(['same email jan.novak@seznam.cz', 'same phone +420602123456', 'same name and company']);
    expect(rowKeys(['', 'info@firma.cz', '', '', ''], roles)).toEqual([]);
    // "Novák, Jan" and "Jan Novák" at the same company are one key.
    expect(rowKeys(['Novák, Jan', '', '', 'NOVÁK S.R.O.', ''], roles)[0]?.hash).toBe(keys[2]?.hash);
  });

  it('shards of a 20,000-row index fit the 100 KB cache value limit and round-trip', () => {
    const rows: Cell[][] = Array.from({ length: 20000 }, (_, i) => [`Person ${i}`, `p${i}@firma${i % 97}.cz`, `+42060${String(1000000 + i)}`, `Firma ${i % 500}`, 'CZ']);
    const index = buildIndex(rows, roles, 2);
    const shards = index.serialize();
    expect(shards.length).toBe(index.shards);
    for (const s of shards) expect(s.length).toBeLessThan(SHARD_BUDGET_BYTES);
    const back = new KeyIndex(index.shards);
    shards.forEach((s) => back.load(s));
    expect(back.size).toBe(index.size);
    expect(back.get(rowKeys(rows[1234] ?? [], roles)[0]?.hash ?? '')).toBe(1236);
    expect(shardCountFor(150000 * 1.5)).toBeGreaterThanOrEqual(32);
  });

  it('finds duplicates against the index and within a pasted block', () => {
    const index = buildIndex([['Siti', 'siti@firma.co.id', '', '', '']], roles, 2);
    const keys = [
      rowKeys(['Other', 'SITI@firma.co.id', '', '', ''], roles),
      rowKeys(['New', 'new@firma.co.id', '', '', ''], roles),
      rowKeys(['New Again', 'new@firma.co.id', '', '', ''], roles),
    ];
    const marks = findBlockDuplicates(keys, 10, index);
    expect(marks.map((m) => [m.row, m.of, m.label])).toEqual([[0, 2, 'same email siti@firma.co.id'], [2, 11, 'same email new@firma.co.id']]);
    // Re-editing a row already in the index is not a duplicate of itself.
    expect(findBlockDuplicates([rowKeys(['Siti', 'siti@firma.co.id', '', '', ''], roles)], 2, index)).toEqual([]);
  });

  it('normalizes only the edited columns and never formula cells', () => {
    const out = normalizeBlock({
      header: ['Name', 'Email', 'Phone', 'Company', 'Country'],
      roles,
      settings: withDefaults({ defaultCountry: 'ID' }),
      rows: [['BUDI SANTOSO', ' Budi@GMAIL.CMO', '0812-3456-7890', 'pt maju', 'indonesia'], ['SITI', 'x@y.cz', '=A1', 'a', 'b']],
      firstRow: 5,
      columns: { from: 0, to: 2 },
      isFormula: (r, c) => r === 1 && c === 2,
    });
    expect(out.rows[0]?.slice(0, 3)).toEqual(['Budi Santoso', 'budi@gmail.com', '+6281234567890']);
    expect(out.rows[0]?.[4]).toBe('indonesia'); // not edited: left alone
    expect(out.changes.some((c) => c.row === 1 && c.column === 2)).toBe(false);
  });

  it('duplicate notes keep the user text', () => {
    const line = `${DUPLICATE_NOTE_PREFIX} 7 (same email a@b.cz).`;
    expect(withDuplicateNote('', line)).toBe(line);
    expect(withDuplicateNote(`called\n${line}`, null)).toBe('called');
    expect(withDuplicateNote(`called\n${DUPLICATE_NOTE_PREFIX} 3 (x).`, line)).toBe(`called\n${line}`);
  });
});

describe('audit highlight marks', () => {
  it('encode compactly and decode back', () => {
    const m = { sheetId: 5, firstRow: 2, marks: [{ color: '#f4cccc', row: 3, columns: [0, 1, 2] }, { color: '#f4cccc', row: 40, columns: [0, 2] }, { color: '#d9d9d9', row: 7, columns: [0, 1, 2] }] };
    const text = encodeMarks(m, 3);
    expect(text.length).toBeLessThan(50);
    expect(decodeMarks(text)).toEqual({ ...m, width: 3, marks: [m.marks[0], m.marks[1], m.marks[2]] });
    expect(decodeMarks('garbage')).toBeNull();
  });

  it('reset only cells still carrying our colour; colour only default cells', () => {
    const W = '#ffffff';
    const first = refreshHighlights({
      backgrounds: [[W, W], [W, '#00ff00']],
      notes: [['', ''], ['mine', '']],
      findings: [{ row: 1, kind: 'stale', column: 0, why: 'old' }],
      previous: null,
      sheetId: 1,
      firstRow: 2,
    });
    expect(first.backgrounds).toEqual([[null, null], ['#d9d9d9', '#00ff00']]);
    expect(first.notes[1]?.[0]).toBe('mine\nCRM Hygiene: old');
    // The user recolours the marked cell; the finding is gone next time.
    const second = refreshHighlights({
      backgrounds: [[W, W], ['#abcdef', '#00ff00']],
      notes: first.notes,
      findings: [],
      previous: first.marks,
      sheetId: 1,
      firstRow: 2,
    });
    expect(second.backgrounds).toEqual([[null, null], ['#abcdef', '#00ff00']]);
    expect(second.cleared).toBe(0);
    expect(second.notes[1]?.[0]).toBe('mine');
    const third = refreshHighlights({ backgrounds: [[W, W], ['#d9d9d9', '#00ff00']], notes: [['', ''], ['', '']], findings: [], previous: first.marks, sheetId: 1, firstRow: 2 });
    expect(third.backgrounds[1]).toEqual([null, '#00ff00']);
    expect(third.cleared).toBe(1);
  });
});
