import type { Section } from '../types';

/** What the browser itself still shows about Tend. content/keep-private.ts quotes these summaries. */
export const keepPrivateSection: Section = {
  id: 'keep-private',
  title: 'Keeping Tend private',
  blurb: 'What the browser still shows',
  checked: '2026-11-30',
  tips: [
    {
      id: 'incognito-chrome',
      title: 'Incognito does not hide Tend in Chrome',
      summary:
        'In Chrome, Tend’s own pages cannot open inside an Incognito tab: Tend runs in your normal browser profile, so a private window does not make it private.',
      body: ['Chrome runs extensions like Tend in one shared process that Incognito tabs cannot use.'],
      tags: ['general'],
      source: 'chrome-incognito-extensions',
      keywords: ['incognito', 'private window', 'private browsing', 'hide'],
    },
    {
      id: 'private-window-firefox',
      title: 'Private windows in Firefox',
      summary:
        'In Firefox, extensions do not run in private windows unless you allow it, so Tend is not part of a private window by default.',
      body: ['You decide this, not the extension.'],
      tags: ['general'],
      source: 'mdn-incognito',
      keywords: ['private window', 'private browsing', 'firefox', 'hide'],
    },
    {
      id: 'sync-copies-extensions',
      title: 'Chrome sync can copy Tend to other devices',
      summary:
        'If Chrome sync is on, your extensions are saved to your Google Account and come back on other devices where you sign in with it.',
      body: ['You can choose what Chrome syncs in its settings, under sync.'],
      tags: ['general'],
      source: 'chrome-sync',
      keywords: ['sync', 'google account', 'other devices', 'extensions'],
    },
    {
      id: 'firefox-sync-addons',
      title: 'Firefox Sync can install Tend elsewhere',
      summary:
        'With Firefox Sync, installing an add-on on one computer can install it on your other synced computers too.',
      body: ['Removing or switching off an add-on can be passed on to your other synced computers in the same way.'],
      tags: ['general'],
      source: 'firefox-addon-sync',
      keywords: ['sync', 'firefox account', 'other devices', 'add-ons'],
    },
    {
      id: 'downloads-stay',
      title: 'Downloaded files stay on the computer',
      summary:
        'Files you download, such as a Tend backup, stay in your Downloads folder even if you used a private window.',
      body: ['Move or delete a backup file yourself once you have put it somewhere safe.'],
      tags: ['general'],
      source: 'chrome-incognito-help',
      keywords: ['downloads', 'backup', 'export', 'file'],
    },
    {
      id: 'own-browser-profile',
      title: 'A browser profile of your own',
      summary:
        'If you share a browser with other people, Chrome suggests adding each person as their own Chrome user, so everyone keeps their own settings.',
      body: ['Then each person can keep their own browser settings apart from everyone else’s.'],
      tags: ['general'],
      source: 'chrome-users',
      keywords: ['shared computer', 'profile', 'user', 'account'],
    },
  ],
};
