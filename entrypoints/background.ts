import { type Browser, browser } from 'wxt/browser';
import { locksOn } from '@/lib/auto-lock';
import { isCheckInAlarm } from '@/lib/check-in';
import { keepAppearance } from '@/lib/discreet';
import type { ExitSettings } from '@/lib/exit-settings';
import { lockNow } from '@/lib/lock';
import { isFromExtensionPage, onExitRequest, parseMessage } from '@/lib/messages';
import { hasHotkey, hasIdle } from '@/lib/platform';
import { QUICK_EXIT_COMMAND, quickExit, type ViewStep } from '@/lib/quick-exit';
import { listenForReminderClicks, showReminder } from '@/lib/reminder';
import { syncSiteScripts } from '@/lib/site-scripts';
import { handleSiteMessage } from '@/lib/site-tips-service';
import type { UserSite } from '@/lib/sites';
import { onStoredChange, read } from '@/lib/storage';
import { records } from '@/lib/stored-schema';

/** Time for the views the exit closes to save their unsaved text before Tend locks. */
const LOCK_AFTER_EXIT_MS = 500;

export default defineBackground(() => {
  // The exit settings stay in memory while the worker lives, so a warm exit reads nothing first.
  let cached: ExitSettings | undefined;
  const loadSettings = async () => {
    cached = await read('exitSettings');
    return cached;
  };
  // The user's sites stay in memory too: the exit's "close private tabs" reads them, and a tip
  // card's "more" must open the side panel within the user's click, before anything is awaited.
  let sites: UserSite[] | undefined;
  const loadSites = async () => {
    sites = await read('sites');
    return sites;
  };
  // Locks as it leaves. The exit starts first, so nothing delays the tab change; the lock follows
  // once the views have closed and handed over their last words (see use-draft).
  const exit = (tab?: Browser.tabs.Tab, done?: ViewStep) => {
    const leaving = quickExit({
      tab,
      done,
      cached,
      // A just-woken worker reads the sites alongside the settings; the first tab change never waits.
      loadSettings: async () => (await Promise.all([loadSettings(), sites ?? loadSites()]))[0],
      sitePatterns: () => (sites ?? []).map((site) => site.pattern),
    });
    void leaving.finally(() => setTimeout(() => void lockNow(), LOCK_AFTER_EXIT_MS));
    return leaving;
  };
  const resyncSiteScripts = () => void syncSiteScripts(loadSites).catch(() => undefined);

  const loadAutoLock = () =>
    read('autoLockMinutes').then(
      (minutes) => {
        // The browser's idle detection takes 15 s at least; 0 leaves it at its default and ignores idleness.
        if (minutes > 0 && hasIdle()) browser.idle.setDetectionInterval(minutes * 60);
        return minutes;
      },
      () => records.autoLockMinutes.fallback,
    );
  // The user's choice as it is read: an idle event may be what woke the worker, and waits for it.
  let autoLockMinutes = loadAutoLock();
  const onIdle = (state: string) => {
    // A locked screen locks at once, whatever was chosen.
    if (locksOn(state, 0)) void lockNow();
    else
      void autoLockMinutes.then((minutes) => {
        if (locksOn(state, minutes)) void lockNow();
      });
  };

  // Every listener is registered synchronously, so an event that wakes the worker is never missed,
  // and only for the APIs this browser has (Firefox for Android has no commands, for one).
  if (hasHotkey()) {
    browser.commands.onCommand.addListener((command) => {
      if (command === QUICK_EXIT_COMMAND) void exit();
    });
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      if (message.type === 'quick-exit') {
        // A Tend page in a tab behind names the tab in front; from one in front, it is that tab.
        if (message.tabId !== undefined)
          return browser.tabs.get(message.tabId).then(
            (tab) => exit(tab),
            () => exit(),
          );
        return exit(sender.tab?.active ? sender.tab : undefined);
      }
      return undefined;
    }
    // Otherwise only Tend's script on one of the user's sites is answered (checked there).
    if (sites) return handleSiteMessage(message, sender, sites, exit);
    return loadSites().then((loaded) => handleSiteMessage(message, sender, loaded, exit));
  });

  // A popup or side panel that made the first tab change itself asks for the rest this way.
  onExitRequest((done) => void exit(undefined, done));

  if (hasIdle()) browser.idle.onStateChanged.addListener(onIdle);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (isCheckInAlarm(alarm.name)) void showReminder(alarm.name);
  });
  listenForReminderClicks();

  // The site script runs on exactly the user's granted sites, also after the user grants or
  // revokes a site in the browser's own settings. The notifications API appears only once the
  // user grants it, when setting a first reminder.
  browser.permissions.onAdded.addListener(() => {
    resyncSiteScripts();
    listenForReminderClicks();
  });
  browser.permissions.onRemoved.addListener(resyncSiteScripts);
  browser.runtime.onStartup.addListener(resyncSiteScripts);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: ask the user to confirm or change the hotkey and the exit page.
    if (reason === 'install') void browser.runtime.openOptionsPage();
    resyncSiteScripts();
  });

  onStoredChange((key) => {
    if (key === 'exitSettings') void loadSettings();
    if (key === 'autoLockMinutes') autoLockMinutes = loadAutoLock();
    if (key === 'sites') resyncSiteScripts();
  });
  void loadSettings();

  // Discreet mode's toolbar title and icon; the browser forgets them when it restarts.
  const appearance = keepAppearance();
  browser.runtime.onStartup.addListener(() => void appearance.apply());

  // Only in the e2e build (`npm run build:e2e`, its own output folder): the handler the hotkey
  // calls and the idle handler, reachable from the worker, since headless Chromium can neither
  // press a browser command nor make the machine idle. The shipped build has neither (the
  // condition is false at build time, so the minifier drops the block; a build check proves it).
  if (import.meta.env.WXT_TEST_HOOKS === 'on') Object.assign(globalThis, { tendQuickExit: exit, tendOnIdle: onIdle });
});
