import { defineConfig } from '@playwright/test';
import chromiumSuite from './playwright.config';

/**
 * The Firefox suite (tests/firefox): Tend's Firefox build in Debian's firefox-esr, driven with
 * puppeteer-core over WebDriver BiDi; Playwright only runs the tests. Run as the Chromium suite is,
 * with more time per test (a Firefox launch is slower) and one summary line.
 */
export default defineConfig({
  ...chromiumSuite,
  testDir: 'tests/firefox',
  timeout: 90_000,
  reporter: [['dot']],
});
