import { defineConfig } from 'vitest/config';

/**
 * Browser tests (npm run test:e2e): each file starts its own Kairos process and Chromium through
 * e2e/harness.ts. One file at a time: the machine is small and every file runs a server and a
 * browser.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
