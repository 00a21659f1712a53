// A team's own placeholder words (Settings, sidebar): saved with a clear refusal of bad input,
// then honoured by the CRM_* formulas and by "Clean this sheet" (issue 12).
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';

const HEADER = ['Name', 'Email', 'Country', 'Job Title'];
const stored = (h: ReturnType<typeof harness>): Record<string, unknown> =>
  JSON.parse(h.gas.documentProperties.getProperty('crmHygiene.settings') ?? '{}') as Record<string, unknown>;

function sheet(): ReturnType<typeof harness> {
  return harness({
    values: [
      HEADER,
      ['BUDI SANTOSO', 'budi@maju.co.id', 'Indonesia', 'CMO'],
      ['LIHAT CATATAN', 'lihat catatan', 'lihat catatan', 'Lihat catatan'],
      ['N/A', 'N/A', 'N/A', 'TBD'],
    ],
  });
}

describe("a team's own placeholders", () => {
  it('refuses words that cannot be placeholders with one plain sentence, and saves nothing', () => {
    const h = sheet();
    h.bundle.sidebarSaveSettings({ staleMonths: 12 });
    const before = stored(h);
    for (const bad of [['x'.repeat(41)], [5], Array.from({ length: 101 }, (_, i) => `w${i}`)]) {
      expect(() => h.bundle.sidebarSaveSettings({ placeholders: bad })).toThrow(/^Your own placeholders must be words or short phrases of at most 40 characters, at most 100 of them\.$/);
      expect(stored(h)).toEqual(before);
    }
  });

  it('are honoured by the formulas and by the clean, like the built-in ones', () => {
    const h = sheet();
    expect(h.bundle.CRM_NORMALIZE_NAME('LIHAT CATATAN')).toBe('Lihat Catatan');
    h.bundle.sidebarSaveSettings({ placeholders: [' lihat catatan ', 'lihat catatan'] });
    expect(stored(h).placeholders).toEqual(['lihat catatan']);
    expect(h.bundle.CRM_NORMALIZE_NAME('LIHAT CATATAN')).toBe('LIHAT CATATAN');
    expect(h.bundle.CRM_NORMALIZE_COUNTRY('Lihat Catatan', 'iso2')).toBe('Lihat Catatan');
    expect(h.bundle.CRM_COMPANY_KEY('lihat catatan')).toBe('lihat catatan');
    h.bundle.menuCleanSheet();
    const values = h.sheet.getRange(2, 1, 3, 4).getValues();
    expect(values[0]).toEqual(['Budi Santoso', 'budi@maju.co.id', 'Indonesia', 'Chief Marketing Officer']);
    // Placeholders stay exactly as typed: not re-cased, not a country, not a title.
    expect(values[1]).toEqual(['LIHAT CATATAN', 'lihat catatan', 'lihat catatan', 'Lihat catatan']);
    expect(values[2]).toEqual(['N/A', 'N/A', 'N/A', 'TBD']);
    // They count as missing: incomplete, never "invalid email".
    const notes = h.sheet.getRange(3, 1, 2, 4).getNotes().flat().join('\n');
    expect(notes).toContain('required name holds only the placeholder "LIHAT CATATAN"');
    expect(notes).toContain('required email holds only the placeholder "N/A"');
    expect(notes).not.toMatch(/not a valid email/);
  });
});
