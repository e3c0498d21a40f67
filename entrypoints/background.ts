import { browser } from 'wxt/browser';
import { DEFAULT_EXIT_SETTINGS, type ExitSettings } from '@/lib/exit-settings';
import { isFromExtensionPage, parseMessage } from '@/lib/messages';
import { QUICK_EXIT_COMMAND, quickExit } from '@/lib/quick-exit';
import { syncSiteScripts } from '@/lib/site-scripts';
import { handleSiteMessage } from '@/lib/site-tips-service';
import { siteFor, type UserSite } from '@/lib/sites';
import { onStoredChange, read } from '@/lib/storage';

export default defineBackground(() => {
  // The exit settings stay in memory while the worker lives, so a warm exit reads nothing first.
  let cached: ExitSettings | undefined;
  const loadSettings = async () => {
    cached = (await read('exitSettings')) ?? DEFAULT_EXIT_SETTINGS;
    return cached;
  };
  // The user's sites stay in memory too: the exit's "close private tabs" reads them, and a tip
  // card's "more" must open the side panel within the user's click, before anything is awaited.
  let sites: UserSite[] | undefined;
  const loadSites = async () => {
    sites = (await read('sites')) ?? [];
    return sites;
  };
  const exit = () =>
    quickExit({
      cached,
      // A just-woken worker reads the sites alongside the settings; the first tab change never waits.
      loadSettings: async () => (await Promise.all([loadSettings(), sites ?? loadSites()]))[0],
      isPrivate: (url) => siteFor(sites ?? [], url) !== undefined,
    });
  const resyncSiteScripts = () => void syncSiteScripts(loadSites).catch(() => undefined);

  // Every listener is registered synchronously, so an event that wakes the worker is never missed.
  browser.commands.onCommand.addListener((command) => {
    if (command === QUICK_EXIT_COMMAND) void exit();
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')))
      return message.type === 'quick-exit' ? exit() : undefined;
    // Otherwise only Tend's script on one of the user's sites is answered (checked there).
    if (sites) return handleSiteMessage(message, sender, sites, exit);
    return loadSites().then((loaded) => handleSiteMessage(message, sender, loaded, exit));
  });

  // The site script runs on exactly the user's granted sites, also after the user grants or
  // revokes a site in the browser's own settings.
  browser.permissions.onAdded.addListener(resyncSiteScripts);
  browser.permissions.onRemoved.addListener(resyncSiteScripts);
  browser.runtime.onStartup.addListener(resyncSiteScripts);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: ask the user to confirm or change the hotkey and the exit page.
    if (reason === 'install') void browser.runtime.openOptionsPage();
    resyncSiteScripts();
  });

  onStoredChange((key) => {
    if (key === 'exitSettings') void loadSettings();
    if (key === 'sites') resyncSiteScripts();
  });
  void loadSettings();

  // The same handler the hotkey calls, reachable from the worker's console. Headless Chromium
  // cannot deliver a synthesized key press to browser commands, so the e2e tests and the bench
  // call it here.
  Object.assign(globalThis, { tendQuickExit: exit });
});
