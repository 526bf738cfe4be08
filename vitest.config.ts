import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang guard, not a performance assertion (performance is measured by `npm run bench`):
    // property tests of 1,000 runs under coverage on a loaded 2-core machine can pass 5 s.
    testTimeout: 30_000,
    // Test files share their worker's module cache instead of re-importing src/ for each of 170
    // files: the suite runs in about half the time (each time-zone pass of `npm test`). Safe
    // because src/ is pure (its only module state is deep-frozen tables and caches of frozen
    // data) and no test mocks modules or stubs globals; a test file must not export anything
    // (one imported by another would register its tests only once).
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
    },
  },
});
