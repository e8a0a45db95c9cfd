import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// End-to-end tests: real Chromium with the built extension. One file at a time on 2-core machines.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for a condition; its default 1 s bound flakes on a loaded 2-core machine.
    expect: { poll: { timeout: 20_000 } },
  },
});
