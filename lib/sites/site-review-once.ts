/**
 * The one check of the user's stored sites after Tend is installed or updated. Small and free of
 * the Public Suffix List, so the sidebar can ask at open whether a check is due; the list loads
 * only when one is.
 */
import { browser } from 'wxt/browser';
import { read, write } from '@/lib/storage/storage';

/**
 * The first time settings or the sidebar opens after Tend is installed or updated (`version`),
 * checks the user's sites against the Public Suffix List this version carries and pauses any site
 * that names a whole shared suffix (lib/sites/site-review.ts); "My sites" then asks the user to re-add
 * the one site. Not a storage migration: migrations also run in the background, which never loads
 * the list, so until a view has checked, the background treats the sites as before. The list
 * loads only when a check is due: once per version, and only if there are sites.
 */
export async function reviewSitesOnce(version = browser.runtime.getManifest().version): Promise<void> {
  const [sites, reviewedFor] = await Promise.all([read('sites'), read('sitesReviewedFor')]);
  if (reviewedFor === version) return;
  if (sites.length > 0) {
    const { pauseShared } = await import('./site-review');
    // Read again once the list has loaded, so a site added meanwhile is kept.
    const paused = pauseShared(await read('sites'));
    if (paused) await write('sites', paused);
  }
  await write('sitesReviewedFor', version);
}
