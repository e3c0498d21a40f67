import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too: an MV2 build would drop optional_host_permissions.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Tend',
    description: 'Consent and safety guidance, one click away, kept private on your device.',
    // IndexedDB needs no permission, and tabs.update may navigate a tab without "tabs". "scripting"
    // registers the tip script on the user's sites; "activeTab" lets the popup read the address of
    // the tab it opened over ("Add this site"). Neither gives access to any site by itself.
    permissions: ['scripting', 'activeTab'],
    // No site at install: each of the user's sites is asked for from their click under "My sites".
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
