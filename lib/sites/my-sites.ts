/**
 * Adding and removing one of the user's sites, with the browser permission that goes with it.
 * Used by "My sites" (options, sidebar) and the popup's "Add this site".
 */
import { browser } from 'wxt/browser';
import type { Result } from '@/lib/checks';
import { read, write } from '@/lib/storage/storage';
import { addSite, removeSite, type UserSite } from './sites';

/**
 * Must be called straight from the user's click: the browser asks for the site before anything
 * is awaited. `sites` is the list on screen, checked first so a duplicate asks for nothing.
 */
export function addMySite(pattern: string, sites: readonly UserSite[]): Promise<Result> {
  const checked = addSite(sites, pattern);
  if (!checked.ok) return Promise.resolve(checked);
  return browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (!granted) return { ok: false, error: 'The browser did not allow Tend on that site, so it was not added.' };
    // Re-read: another Tend view may have changed the list while the browser was asking.
    const latest = addSite(await read('sites'), pattern);
    if (latest.ok) await write('sites', latest.sites);
    return { ok: true };
  });
}

/** Removes the site, its snooze and its permission; the tip script stops running there. */
export async function removeMySite(pattern: string): Promise<void> {
  await write('sites', removeSite(await read('sites'), pattern));
  const { [pattern]: _removed, ...snoozes } = await read('siteSnoozes');
  if (_removed !== undefined) await write('siteSnoozes', snoozes);
  await releaseSites([pattern]);
}

/** Gives the browser back Tend's access to `patterns`: sites the user removed, or an import left out. */
export async function releaseSites(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  // A build that lists a site as required (the e2e test build) cannot give it back: nothing to do.
  await browser.permissions.remove({ origins: [...patterns] }).catch(() => false);
}
