import { defineConfig } from 'vitest/config';
export default defineConfig({ resolve: { alias: [{ find: /^\.\.\/harness$/, replacement: '/work/main/e2e/embed/.scratch-harness.ts' }] }, test: { root: '/work/main/e2e', include: ['embed/protocol.test.ts'], testTimeout: 60000, hookTimeout: 120000 } });
