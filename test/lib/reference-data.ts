// The reference data sets (../shared/data beside the repository) are not part of the repository.
// Tests that read them go through describeWithReferenceData: in a fresh clone without them the
// tests are skipped with one line saying so, and `npm test` passes; CI, which has the data, sets
// CRM_HYGIENE_REFERENCE_DATA=required, so there a missing data set fails the run instead, and each
// such test file prints that its reference tests ran.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';

export const REFERENCE_DATA = resolve(import.meta.dirname, '../../../shared/data');
export const REQUIRE_ENV = 'CRM_HYGIENE_REFERENCE_DATA';

/** Path of a file of the reference data (e.g. 'phone/google_example_numbers.csv'). */
export function referenceFile(path: string): string {
  return join(REFERENCE_DATA, path);
}

/** What to do with tests that need `path`: run them, skip them (with the reason) or fail. */
export function referencePlan(path: string, env: NodeJS.ProcessEnv = process.env, exists = existsSync): { run: true } | { run: false; message: string } {
  if (exists(referenceFile(path))) return { run: true };
  const message = `${referenceFile(path)} is missing (the reference data sets sit in ../shared/data beside the repository)`;
  if (env[REQUIRE_ENV] === 'required') throw new Error(`${message}; ${REQUIRE_ENV}=required, so the reference tests must run.`);
  return { run: false, message };
}

/** describe() for tests that read the reference data file `path`. */
export function describeWithReferenceData(name: string, path: string, body: () => void): void {
  const plan = referencePlan(path);
  if (!plan.run) {
    console.warn(`skipped "${name}": ${plan.message}`);
    // The body is not run at all: it may read the data while the tests are collected.
    describe(name, () => it.skip(`needs ${path} from the reference data`, () => {}));
    return;
  }
  describe(name, () => {
    afterAll(() => console.log(`reference data: "${name}" ran on ${referenceFile(path)}`));
    body();
  });
}
