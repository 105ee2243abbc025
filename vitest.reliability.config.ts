import { defineConfig } from 'vitest/config';

/**
 * `npm run test:reliability`: the suites of test/reliability (issue #11) — fuzzing, migrations,
 * load, crashes, backup and restore. Minutes long, so outside `npm test`; CI runs both.
 */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    // One suite at a time: each loads the machine on purpose, and their figures should be their own.
    fileParallelism: false,
  },
});
