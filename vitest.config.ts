import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  // WxtVitest routes `wxt/browser` to WXT's in-memory fake browser and sets up the `@/` alias.
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous: each test imports storage and crypto afresh, and CI machines may be busy.
    testTimeout: 20_000,
  },
});
