/** Changing the quick-exit hotkey: Firefox lets Tend set it; Chrome only from its own shortcuts page. */
import { browser } from 'wxt/browser';
import { firefox } from '@/lib/browser/firefox';
import { QUICK_EXIT_COMMAND } from './quick-exit';

/** Firefox: sets the hotkey (already checked by checkShortcut); rejects with the browser's reason if it refuses. */
export async function setQuickExitShortcut(shortcut: string): Promise<void> {
  await firefox.commands.update?.({ name: QUICK_EXIT_COMMAND, shortcut });
}

/** Chrome: opens its own page of extension shortcuts, where the user changes it. */
export function openChromeShortcuts(): Promise<unknown> {
  return browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
