import { browser } from 'wxt/browser';
import { CHECK_IN_ALARM } from '@/lib/check-in';
import { DEFAULT_EXIT_SETTINGS, type ExitSettings } from '@/lib/exit-settings';
import { isFromExtensionPage, parseMessage } from '@/lib/messages';
import { QUICK_EXIT_COMMAND, quickExit } from '@/lib/quick-exit';
import { listenForReminderClicks, showReminder } from '@/lib/reminder';
import { onStoredChange, read, write } from '@/lib/storage';
import { parseStoredEntry } from '@/lib/stored-schema';

/** Writes a closing view's last text, if it has the shape of what Tend stores under that key. */
async function saveDraft(key: string, value: unknown): Promise<void> {
  const entry = parseStoredEntry(key, value);
  if (entry) await write(entry.key, entry.value as never);
}

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
    if (message.type === 'quick-exit') return exit();
    if (message.type === 'save-draft') return saveDraft(message.key, message.value);
    return undefined;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_IN_ALARM) void showReminder();
  });
  listenForReminderClicks();
  // The notifications API appears only once the user grants it, when setting a first reminder.
  browser.permissions.onAdded.addListener(listenForReminderClicks);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: ask the user to confirm or change the hotkey and the exit page.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  onStoredChange((key) => {
    if (key === 'exitSettings') void loadSettings();
  });
  void loadSettings();

  // The same handler the hotkey calls, reachable from the worker's console. Headless Chromium
  // cannot deliver a synthesized key press to browser commands, so the e2e tests and the bench
  // call it here.
  Object.assign(globalThis, { tendQuickExit: exit });
});
