import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { extensionPagesCsp } from './scripts/content-security-policy';
import { guideOutline } from './scripts/guide-outline';
import { noHtmlSink } from './scripts/no-html-sink';
import { quickExitHtml } from './scripts/quick-exit-html';

/**
 * The script on the user's sites (entrypoints/site-tips): an unlisted script registered at run
 * time, so no WXT content-script wrapper (which announces itself to the page) is built into it.
 */
const SITE_SCRIPT_ENTRYPOINT = 'site-tips';
/** Every view's Quick exit button (entrypoints/quick-exit-button.ts): built on its own, as small as it can be. */
const QUICK_EXIT_ENTRYPOINT = 'quick-exit-button';
/** Scripts that use the browser's own promise-based `browser` rather than the polyfill (see the hook below). */
const NATIVE_BROWSER_ENTRYPOINTS = new Set([SITE_SCRIPT_ENTRYPOINT, QUICK_EXIT_ENTRYPOINT]);

// Firefox: a fixed add-on ID (required for MV3), the first releases with built-in data-collection
// consent (desktop 140, Android 142), and a declaration that Tend collects and transmits nothing.
// Kept outside the manifest literal because WXT 0.21's types predate `data_collection_permissions`.
const firefoxSettings = {
  gecko: {
    id: 'tend@localhost',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

/**
 * `npm run build:e2e`: the shipped build plus two hooks on the worker for the e2e tests and the
 * bench (see entrypoints/background/index.ts), written to its own folder so the shipped one never has them.
 */
const testHooks = process.env.WXT_TEST_HOOKS === 'on';

// https://wxt.dev/api/config.html
export default defineConfig({
  ...(testHooks ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every module names what it uses, so a reader (and the layering lint) sees it.
  imports: false,
  // Manifest V3 for Firefox too: an MV2 build would drop optional_host_permissions.
  manifestVersion: 3,
  hooks: {
    // The script on the user's sites and the Quick exit button use WXT's own `browser` (the native
    // promise-based API of Chrome and Firefox MV3) instead of the polyfill, which would be half
    // their size, for calls both browsers already answer with a promise.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => NATIVE_BROWSER_ENTRYPOINTS.has(entrypoint.name))) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  // `npm run zip`: the Chrome Web Store zip, the Firefox add-on zip, and the sources zip that
  // addons.mozilla.org asks for, holding only what the documented build needs (see README,
  // "Store packages"). WXT already leaves out node_modules, hidden files, .output and *.test.ts.
  zip: {
    excludeSources: [
      'tests/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
      'store/**',
      'biome.json',
      'playwright.config.ts',
      'vitest.config.ts',
    ],
  },
  vite: () => ({
    plugins: [preact(), noHtmlSink(), guideOutline(), quickExitHtml()],
  }),
  manifest: ({ browser, command }) => ({
    name: 'Tend',
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
    description: 'Consent and safety guidance, one click away, kept private on your device.',
    // IndexedDB needs no permission, and tabs.update may navigate a tab without "tabs". None of
    // these shows a warning: "alarms" (check-in reminder), "idle" (lock when the computer is left),
    // "storage" (only storage.session, which holds the unlocked key in memory), "scripting" (registers
    // the tip script on the user's sites), "activeTab" (the popup reads the address of the tab it
    // opened over, for "Add this site"). None gives access to any site by itself.
    permissions: ['alarms', 'idle', 'storage', 'scripting', 'activeTab'],
    // No site at install: each of the user's sites is asked for from their click under "My sites".
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Asked for only from the user's click, never at install: "notifications" when setting a first
    // check-in reminder, the others in Options. Only Firefox can forget closed tabs ("sessions").
    optional_permissions: ['notifications', 'history', ...(browser === 'firefox' ? ['sessions'] : [])],
    commands: {
      // Alt+Shift+Q is free in Chrome and Firefox on every desktop system; the user can change it.
      'quick-exit': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: 'Quick exit: leave at once for a neutral page',
      },
    },
  }),
});
