// Tests that need ../shared/data skip in a fresh clone and fail in CI when it is missing.
import { describe, expect, it } from 'vitest';
import { REQUIRE_ENV, referencePlan } from '../lib/reference-data';

const FILE = 'phone/google_example_numbers.csv';

describe('reference data', () => {
  it('runs the tests when the data set is there', () => {
    expect(referencePlan(FILE, {}, () => true)).toEqual({ run: true });
  });

  it('skips them with one line naming the missing file in a fresh clone', () => {
    const plan = referencePlan(FILE, {}, () => false);
    expect(plan.run).toBe(false);
    if (!plan.run) {
      expect(plan.message).toMatch(/shared\/data\/phone\/google_example_numbers\.csv is missing/);
      expect(plan.message).not.toContain('\n');
    }
  });

  it('fails instead when CI requires the reference tests', () => {
    expect(() => referencePlan(FILE, { [REQUIRE_ENV]: 'required' }, () => false)).toThrow(/CRM_HYGIENE_REFERENCE_DATA=required, so the reference tests must run/);
  });
});
