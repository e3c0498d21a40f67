import { browser } from 'wxt/browser';
import { syncSiteScripts } from '@/lib/sites/site-scripts';
import { onStoredChange } from '@/lib/storage/storage';
import type { UserSites } from './user-sites';

/**
 * The tip script runs on exactly the user's granted sites: registered again at start-up, on
 * install or update, when the list changes, and when the user grants or revokes a site in the
 * browser's own settings.
 */
export function startSiteScripts(sites: UserSites): void {
  const resync = () => void syncSiteScripts(sites.load).catch(() => undefined);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  onStoredChange((key) => {
    if (key === 'sites') resync();
  });
}
