import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // The reliability suites load, crash and fuzz for minutes: `npm run test:reliability` runs them.
    exclude: ['**/node_modules/**', 'test/reliability/**'],
    // A guard against hangs, not a speed check (speed belongs in `npm run bench`): the browser and
    // command-line suites start real processes, which on a loaded two-core machine take a while.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Browser tests poll the page; a busy CI machine needs more than the default second.
    expect: { poll: { timeout: 5_000 } },
  },
});
