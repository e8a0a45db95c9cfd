import { defineConfig } from 'vitest/config';

// The project's own tooling on a fresh clone (tests/tooling): long, sequential, one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/tooling/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 15 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
