// The server's English text of each run and undo message is the catalogue's (sidebar/i18n/en.json
// msg.<code>), so the menu and the sidebar say the same thing; parameters fill in, and an action
// parameter is named in words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_MESSAGES_EN, coded, englishText, CodedProblem } from '../../src/gas/run-messages';

const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../sidebar/i18n/en.json'), 'utf8')) as Record<string, string>;

describe('run messages', () => {
  it('every code has the same English text as the catalogue', () => {
    for (const [code, text] of Object.entries(RUN_MESSAGES_EN)) expect(en[`msg.${code}`], code).toBe(text);
  });

  it('fills parameters, names the action, and keeps the code and parameters for translation', () => {
    const m = coded('undo.done', { action: 'run.archive', sheet: 'Kontakty', runId: '3f9a0c1e', time: '2024-05-01 09:30', cells: 0, rows: 31 });
    expect(m.message).toBe('Undid Archive inactive rows on "Kontakty" (run 3f9a0c1e, 2024-05-01 09:30). Cells restored: 0. Rows put back from "CRM Archive": 31.');
    expect(m.code).toBe('undo.done');
    expect(m.params.action).toBe('run.archive');
    expect(englishText('undo.skipped', { count: 2 })).toBe('Cells changed since that run were left as they are (2): {cells}.');
    const e = new CodedProblem('room.full', { needed: 120000, available: 4000, limit: 10000000 });
    expect(e.message).toMatch(/^This needs room for about 120000 more cells/);
    expect([e.code, e.params.available]).toEqual(['room.full', 4000]);
  });
});
