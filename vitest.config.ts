import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    // A test that checks nothing cannot fail.
    expect: { requireAssertions: true },
    // Views adopt their real stylesheets (vitest would hand them empty strings), so tests can check them.
    css: { include: [/\.css(\?|$)/] },
  },
});
