// Sheets runs every custom-function call in a fresh execution that loads the whole project: a
// CRM_* call must run only the code of its own function (issue 16), in the built bundle.
import { describe, expect, it } from 'vitest';
import { loadBundle } from './load-bundle';
import { moduleSources, sourcesRun } from './dist-modules';
import { createFakeGas } from '../fake/gas';

const PHONE = ['node_modules/libphonenumber-js/', 'src/core/data/phone-metadata.generated.ts', 'src/core/normalize/phone.ts'];
const EMAIL = ['src/core/normalize/email.ts', 'src/core/data/email-providers.ts', 'src/core/data/email-disposable-domains.ts'];
const COUNTRY = ['src/core/normalize/country.ts', 'src/core/data/countries.generated.ts'];
const COMPANY = ['src/core/normalize/company.ts', 'src/core/data/legal-forms.generated.ts', 'src/core/data/legal-forms-curated.ts'];
const TITLE = ['src/core/normalize/title.ts', 'src/core/data/titles.ts'];
const NAME = ['src/core/normalize/name.ts'];
/** The rest of the add-on: dedupe, audits, cleaning and undoing it. No formula needs any of it. */
const SERVER = ['src/core/dedupe/', 'src/core/audit/', 'src/gas/clean-sheet.ts', 'src/gas/undo-clean.ts'];

// A formula, what people type into it, and the code it needs; everything else must stay unrun.
// Company formulas re-case names with the name normalizer's Unicode-aware helpers.
const CASES: Array<{ call: string; args: unknown[]; expected: unknown; needs: string[] }> = [
  { call: 'CRM_NORMALIZE_PHONE', args: ['0812-3456-7890', 'ID'], expected: '+6281234567890', needs: PHONE },
  { call: 'CRM_NORMALIZE_EMAIL', args: [' Budi.Santoso@GMAIL.CMO'], expected: 'budi.santoso@gmail.com', needs: EMAIL },
  { call: 'CRM_NORMALIZE_NAME', args: ['NGUYỄN THỊ LỢI'], expected: 'Nguyễn Thị Lợi', needs: NAME },
  { call: 'CRM_NORMALIZE_COMPANY', args: ['PT MAJU JAYA TBK'], expected: 'PT Maju Jaya Tbk', needs: COMPANY },
  { call: 'CRM_COMPANY_KEY', args: ['ACME INDONESIA, PT.'], expected: 'acme indonesia', needs: COMPANY },
  { call: 'CRM_NORMALIZE_COUNTRY', args: ['Hoa Kỳ'], expected: 'United States', needs: COUNTRY },
  { call: 'CRM_NORMALIZE_TITLE', args: ['Pazarlama Direktörü'], expected: 'Chief Marketing Officer', needs: TITLE },
];
const ALL_PARTS = [PHONE, EMAIL, NAME, COMPANY, COUNTRY, TITLE, SERVER].flat();

const uses = (sources: string[], part: string) => sources.some((s) => s.startsWith(part));

describe('a formula call runs only what its function needs', () => {
  it('knows where every part lives, so the checks below can fail', () => {
    const bundled = Object.values(moduleSources()).flat();
    for (const part of ALL_PARTS) expect(uses(bundled, part), part).toBe(true);
  });

  it('runs nothing when the project is loaded', () => {
    expect(sourcesRun(loadBundle(createFakeGas({ locale: 'id_ID' }).globals))).toEqual([]);
  });

  for (const { call, args, expected, needs } of CASES) {
    it(`${call} runs its own code and none of the other formulas' or the add-on's`, () => {
      const bundle = loadBundle(createFakeGas({ locale: 'id_ID' }).globals);
      expect(bundle[call]!(...args)).toBe(expected);
      const ran = sourcesRun(bundle);
      for (const part of needs) expect(uses(ran, part), `${call} needs ${part}`).toBe(true);
      for (const part of ALL_PARTS.filter((p) => !needs.includes(p))) expect(uses(ran, part), `${call} ran ${part}`).toBe(false);
    });
  }

  it('a menu action still gets the whole add-on, formulas included', () => {
    const gas = createFakeGas({ locale: 'id_ID' });
    const bundle = loadBundle(gas.globals);
    bundle.onOpen!({ authMode: 'FULL' });
    const ran = sourcesRun(bundle);
    for (const part of ALL_PARTS) expect(uses(ran, part), part).toBe(true);
  });
});
