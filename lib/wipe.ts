/**
 * "Wipe everything": Tend forgets all it stored on this device and lets go of what it was given
 * for that data: the check-in reminder and its notification, and its access to the user's sites.
 */
import { browser } from 'wxt/browser';
import { CHECK_IN_ALARM } from './check-in';
import { releaseSites } from './my-sites';
import { read, wipeAll } from './storage';

export async function wipeEverything(): Promise<void> {
  // Read first: the list of sites is what says which permissions were Tend's for them.
  const sites = await read('sites');
  await wipeAll();
  await Promise.all([
    browser.alarms.clear(CHECK_IN_ALARM),
    browser.notifications?.clear(CHECK_IN_ALARM),
    releaseSites(sites.map((site) => site.pattern)),
  ]);
}
