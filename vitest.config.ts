import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The process zone differs from every spreadsheet zone under test (see the file).
    setupFiles: ['test/setup/process-zone.ts'],
  },
});
