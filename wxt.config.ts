import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noHtmlSink } from './scripts/no-html-sink';

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

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too: an MV2 build would drop optional_host_permissions.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), noHtmlSink()],
  }),
  manifest: ({ browser }) => ({
    name: 'Tend',
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
    description: 'Consent and safety guidance, one click away, kept private on your device.',
    // None: IndexedDB needs no permission, and tabs.update may navigate a tab without "tabs".
    permissions: [],
    // Asked for only from the user's click in Options, never at install. Only Firefox can
    // forget closed tabs, so only Firefox asks for "sessions".
    optional_permissions: browser === 'firefox' ? ['history', 'sessions'] : ['history'],
    commands: {
      // Alt+Shift+Q is free in Chrome and Firefox on every desktop system; the user can change it.
      'quick-exit': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: 'Quick exit: leave at once for a neutral page',
      },
    },
  }),
});
