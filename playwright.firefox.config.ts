import { defineConfig } from '@playwright/test';

/**
 * The Firefox suite (tests/firefox): Tend's Firefox build in Debian's firefox-esr, driven with
 * puppeteer-core over WebDriver BiDi; Playwright only runs the tests. See the README's Firefox section.
 */
export default defineConfig({
  testDir: 'tests/firefox',
  // Each test launches its own Firefox; two cores run two at a time.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  reporter: [['dot']],
});
