/**
 * Keeps Tend's one content script registered for exactly the user's sites that the browser lets
 * it run on, and nowhere else. Runs in the background at start-up, when the list changes, and when
 * host permissions change, including from the browser's own extension settings.
 */
import { browser } from 'wxt/browser';
import { grantedPatterns } from './site-permissions';
import type { UserSite } from './sites';

export const SITE_SCRIPT_ID = 'tend-site-tips';
/** Where WXT writes the unlisted script entrypoints/site-tips. */
export const SITE_SCRIPT_FILE = 'site-tips.js';

async function sync(sites: readonly UserSite[]): Promise<string[]> {
  const matches = await grantedPatterns(sites.map((site) => site.pattern));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: SITE_SCRIPT_ID,
    js: [SITE_SCRIPT_FILE],
    matches,
    // From the first moment, so the in-page exit works while a slow page is still loading.
    runAt: 'document_start' as const,
    allFrames: false,
    // Chrome keeps it registered across restarts (its default); Firefox re-registers at start-up.
    ...(import.meta.env.FIREFOX ? {} : { persistAcrossSessions: true }),
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

let queue: Promise<unknown> = Promise.resolve();

/** Re-registers the script for the sites `load` returns; calls run one after another. */
export function syncSiteScripts(load: () => Promise<readonly UserSite[]>): Promise<string[]> {
  const next = queue.then(async () => sync(await load()));
  queue = next.catch(() => undefined);
  return next;
}
