/** The tab a view opened over. */
import { browser } from 'wxt/browser';

/** The address of the tab in front in this window: for the popup, the page it opened over (through activeTab). */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
