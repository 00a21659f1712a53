import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNickname } from '../../src/core/dedupe/nicknames';
import { buildNicknameTable, DEFAULT_DATA_DIR, OUT_FILE } from '../../scripts/gen-nicknames';

describe('nickname table', () => {
  it.runIf(existsSync(join(DEFAULT_DATA_DIR, 'nicknames', 'names.csv')))('is up to date with its generator', () => {
    expect(buildNicknameTable().content).toBe(readFileSync(OUT_FILE, 'utf8'));
  });

  it('knows English, Czech and Swedish short forms (folded, in either order)', () => {
    const pairs: Array<[string, string]> = [
      ['ned', 'edward'], ['artie', 'arthur'], ['bob', 'robert'], ['rob', 'bob'], ['bill', 'william'], ['peggy', 'margaret'],
      ['honza', 'jan'], ['pepa', 'josef'], ['kuba', 'jakub'], ['franta', 'frantisek'], ['jura', 'jiri'], ['standa', 'stanislav'],
      ['lasse', 'lars'], ['kalle', 'karl'], ['nisse', 'nils'], ['pelle', 'per'], ['olle', 'olof'], ['stina', 'kristina'],
    ];
    for (const [x, y] of pairs) {
      expect(isNickname(x, y), `${x} / ${y}`).toBe(true);
      expect(isNickname(y, x), `${y} / ${x}`).toBe(true);
    }
  });

  it('does not relate names that are only spelt alike, another person, or two names one source line lists together', () => {
    const pairs: Array<[string, string]> = [['jan', 'jana'], ['petr', 'petra'], ['budi', 'yudi'], ['linh', 'binh'], ['emre', 'emine'], ['robert', 'robert'], ['robert', 'william'], ['william', 'fred']];
    for (const [x, y] of pairs) expect(isNickname(x, y), `${x} / ${y}`).toBe(false);
  });
});
