/** Opens the sidebar: Chrome's side panel or Firefox's sidebar. */
import { browser } from 'wxt/browser';
import { firefox } from './firefox';

/**
 * Must be called straight from a click handler with nothing awaited first: both browsers open the
 * sidebar only inside the user's gesture, which is why the window is named, not looked up.
 */
export function openSidebar(): Promise<void> {
  if (import.meta.env.FIREFOX) return firefox.sidebarAction?.open() ?? Promise.resolve();
  return browser.sidePanel.open({ windowId: browser.windows.WINDOW_ID_CURRENT });
}
