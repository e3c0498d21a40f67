import { browser } from 'wxt/browser';
import { keepAppearance } from '@/lib/discreet';
import { DEFAULT_EXIT_SETTINGS, type ExitSettings } from '@/lib/exit-settings';
import { isFromExtensionPage, parseMessage } from '@/lib/messages';
import { QUICK_EXIT_COMMAND, quickExit } from '@/lib/quick-exit';
import { onStoredChange, read } from '@/lib/storage';

export default defineBackground(() => {
  // The exit settings stay in memory while the worker lives, so a warm exit reads nothing first.
  let cached: ExitSettings | undefined;
  const loadSettings = async () => {
    cached = (await read('exitSettings')) ?? DEFAULT_EXIT_SETTINGS;
    return cached;
  };
  // Private sites arrive with the site list; until then the exit acts on the current tab only.
  const exit = () => quickExit({ cached, loadSettings, isPrivate: () => false });

  // Every listener is registered synchronously, so an event that wakes the worker is never missed.
  browser.commands.onCommand.addListener((command) => {
    if (command === QUICK_EXIT_COMMAND) void exit();
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message || !isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return message.type === 'quick-exit' ? exit() : undefined;
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: ask the user to confirm or change the hotkey and the exit page.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  onStoredChange((key) => {
    if (key === 'exitSettings') void loadSettings();
  });
  void loadSettings();

  // Discreet mode's toolbar title and icon; the browser forgets them when it restarts.
  const appearance = keepAppearance();
  browser.runtime.onStartup.addListener(() => void appearance.apply());

  // The same handler the hotkey calls, reachable from the worker's console. Headless Chromium
  // cannot deliver a synthesized key press to browser commands, so the e2e tests and the bench
  // call it here.
  Object.assign(globalThis, { tendQuickExit: exit });
});
