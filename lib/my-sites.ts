/**
 * Adding and removing one of the user's sites, with the browser permission that goes with it, and
 * the check of stored sites after an update. Used by "My sites" (options, sidebar), the popup's
 * "Add this site" and, for the check, by settings and the sidebar as they open.
 */
import { browser } from 'wxt/browser';
import { addSite, removeSite, type UserSite } from './sites';
import { read, type StoredData, write } from './storage';

export type SiteResult = { ok: true } | { ok: false; error: string };

/** Stores the new list; a view passes its `useStored('sites').save` so it shows the change at once. */
type SaveSites = (sites: UserSite[]) => Promise<void>;
const writeSites: SaveSites = (sites) => write('sites', sites);

/**
 * Must be called straight from the user's click: the browser asks for the site before anything
 * is awaited. `sites` is the list on screen, checked first so a duplicate asks for nothing.
 */
export function addMySite(pattern: string, sites: readonly UserSite[], save = writeSites): Promise<SiteResult> {
  const checked = addSite(sites, pattern);
  if (!checked.ok) return Promise.resolve(checked);
  return browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (!granted) return { ok: false, error: 'The browser did not allow Tend on that site, so it was not added.' };
    // Re-read: another Tend view may have changed the list while the browser was asking.
    const latest = addSite((await read('sites')) ?? [], pattern);
    if (latest.ok) await save(latest.sites);
    return { ok: true };
  });
}

/** Removes the site, its snooze and its permission; the tip script stops running there. */
export async function removeMySite(pattern: string, save = writeSites): Promise<void> {
  await save(removeSite((await read('sites')) ?? [], pattern));
  const { [pattern]: _removed, ...snoozes } = (await read('siteSnoozes')) ?? {};
  if (_removed !== undefined) await write('siteSnoozes', snoozes);
  await releaseSites([pattern]);
}

/** Gives the browser back Tend's access to `patterns`, as when the user wipes everything. */
export async function releaseSites(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  // A build that lists a site as required (the e2e test build) cannot give it back: nothing to do.
  await browser.permissions.remove({ origins: [...patterns] }).catch(() => false);
}

/** Stores one key; a view passes `saveStored` so its hooks holding the key show the change. */
type Save = <K extends keyof StoredData>(key: K, value: StoredData[K]) => Promise<void>;

/**
 * The first time settings or the sidebar opens after Tend is installed or updated (`version`),
 * checks the user's sites against the Public Suffix List this version carries and pauses any site
 * that names a whole shared suffix (lib/site-review.ts); "My sites" then asks the user to re-add
 * the one site. Not a storage migration: migrations also run in the background, which never loads
 * the list, so until a view has checked, the background treats the sites as before. The list
 * loads only when a check is due: once per version, and only if there are sites.
 */
export async function reviewSitesOnce(version: string, save: Save = write): Promise<void> {
  const [sites, reviewedFor] = await Promise.all([read('sites'), read('sitesReviewedFor')]);
  if (reviewedFor === version) return;
  if (sites?.length) {
    const { pauseShared } = await import('./site-review');
    // Read again once the list has loaded, so a site added meanwhile is kept.
    const paused = pauseShared((await read('sites')) ?? []);
    if (paused) await save('sites', paused);
  }
  await save('sitesReviewedFor', version);
}
