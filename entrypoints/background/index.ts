/**
 * The background worker: one file per job, each registering its own listeners. Every listener is
 * registered synchronously as the worker starts, so an event that wakes the worker is never
 * missed, and only for the APIs this browser has.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAppearance } from './appearance';
import { startAutoLock } from './auto-lock';
import { startExit } from './exit';
import { startMessages } from './messages';
import { startReminders } from './reminders';
import { startSiteScripts } from './site-scripts';
import { keepUserSites } from './user-sites';

export default defineBackground(() => {
  const sites = keepUserSites();
  const exit = startExit(sites);
  startMessages(exit, sites);
  const onIdle = startAutoLock();
  startReminders();
  startSiteScripts(sites);
  startAppearance();

  // First run: ask the user to confirm or change the hotkey and the exit page.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  // Only in the e2e build (`npm run build:e2e`, its own output folder): the handler the hotkey
  // calls and the idle handler, reachable from the worker, since headless Chromium can neither
  // press a browser command nor make the machine idle. The shipped build has neither (the
  // condition is false at build time, so the minifier drops the block; a build check proves it).
  if (import.meta.env.WXT_TEST_HOOKS === 'on') Object.assign(globalThis, { tendQuickExit: exit, tendOnIdle: onIdle });
});
