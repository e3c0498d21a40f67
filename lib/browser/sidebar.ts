/** Opens the sidebar: Chrome's side panel or Firefox's sidebar. */
import { browser } from 'wxt/browser';
import { firefox } from './firefox';
import { hasSidebar } from './platform';

/**
 * Must be called straight from a click handler with nothing awaited first: both browsers open the
 * sidebar only inside the user's gesture, which is why the window is named, not looked up. Rejects
 * where there is no sidebar (Firefox for Android), so the caller opens the same page in a tab.
 */
export function openSidebar(): Promise<void> {
  if (!hasSidebar()) return Promise.reject(new Error('This browser has no sidebar.'));
  if (import.meta.env.FIREFOX) return firefox.sidebarAction?.open() ?? Promise.resolve();
  return browser.sidePanel.open({ windowId: browser.windows.WINDOW_ID_CURRENT });
}

/**
 * The popup's "Open the full guide": the sidebar, or where it cannot open, the same page in a new
 * tab. Like openSidebar, call it straight from the click.
 */
export function openSidebarOrTab(): Promise<unknown> {
  return openSidebar().catch(() => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }));
}
