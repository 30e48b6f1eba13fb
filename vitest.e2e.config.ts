import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: a real `livebase start` on a fresh data directory (global setup),
 * driven by playwright-core through Debian's chromium. Files run one after another because they
 * share one server (and its per-IP login throttle) and cache sign-ins on disk.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 20_000,
    reporters: ['default'],
  },
});
