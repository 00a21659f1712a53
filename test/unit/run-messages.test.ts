// Run, undo and room messages go through the one message system (said() in src/gas/messages.ts):
// the server's English text is the catalogue's (sidebar/i18n/en.json msg.<code>), so the menu and
// the sidebar say the same thing; parameters fill in, and an `{action:run}` parameter is named in
// words in the reader's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inLanguage, said } from '../../src/gas/messages';
import { sheetProblem } from '../../src/gas/sheet-snapshot';
import { readErrorText } from '../../src/core/messages';

const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../sidebar/i18n/en.json'), 'utf8')) as Record<string, string>;
const RUN_CODES = Object.keys(en).filter((k) => /^msg\.(run|undo)\.|^msg\.(job\.stopped|room\.full)$/.test(k));

describe('run messages', () => {
  it('every run and undo code says the catalogue’s English text, with nothing left unfilled', () => {
    expect(RUN_CODES.length).toBe(20);
    const params = { action: 'clean', sheet: 'Kontakty', runId: '3f9a0c1e', time: '2024-05-01 09:30', percent: 40, cells: 3, rows: 1, count: 2, row: 7, now: 9, needed: 1, available: 1, limit: 10 };
    for (const code of RUN_CODES) {
      const m = said(code, params);
      expect(m.message, code).not.toBe(code);
      expect(m.message, code).not.toMatch(/\{\w+(:\w+)?\}/);
      // The template and the server's sentence agree word for word outside the placeholders.
      const pieces = (en[code] as string).split(/\{\w+(?::\w+)?\}/);
      for (const piece of pieces) expect(m.message, code).toContain(piece);
    }
  });

  it('fills parameters, names the action in words, and keeps the code and parameters for translation', () => {
    const m = said('msg.undo.done', { action: 'archive', sheet: 'Kontakty', runId: '3f9a0c1e', time: '2024-05-01 09:30', cells: 0, rows: 31 });
    expect(m.message).toBe('Undid Archive inactive rows on “Kontakty” (run 3f9a0c1e, 2024-05-01 09:30). Cells restored: 0. Rows put back from “CRM Archive”: 31.');
    expect([m.code, m.params?.action]).toEqual(['msg.undo.done', 'archive']);
    // The sidebar and the menu say it in the reader's language, the action's name included.
    expect(inLanguage(m, 'sv')).toMatch(/^Ångrade Arkivera inaktiva rader på ”Kontakty”/);
    expect(inLanguage(m, 'tr')).toContain('Etkin olmayan satırları arşivle geri alındı');
  });

  it('a refusal carries its code across google.script.run, its English sentence first', () => {
    const e = sheetProblem('msg.room.full', { needed: 120000, available: 4000, limit: 10000000 });
    const read = readErrorText(e.message);
    expect(read.message).toMatch(/^This needs room for about 120,000 more cells/);
    expect(read.ref).toEqual({ code: 'msg.room.full', params: { needed: 120000, available: 4000, limit: 10000000 } });
  });
});
