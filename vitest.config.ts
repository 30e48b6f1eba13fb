import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code (src/**/*.test.ts, web/src/**/*.test.ts for the web app's pure
// helpers); database and HTTP tests live in test/.
// On PostgreSQL (TEST_DATABASE_URL) every test file works in a schema of its own.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
