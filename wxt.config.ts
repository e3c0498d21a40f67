import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Tend',
    description: 'Consent and safety guidance, one click away, kept private on your device.',
    // None: IndexedDB needs no permission, and tabs.update may navigate a tab without "tabs".
    permissions: [],
  },
});
