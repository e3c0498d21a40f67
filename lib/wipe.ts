/**
 * "Wipe everything": Tend forgets all it stored on this device and lets go of what it was given
 * for that data: the check-in reminders and their notifications, and its access to the user's sites.
 */
import { releaseSites } from './my-sites';
import { clearCheckIns } from './reminder';
import { read, wipeAll } from './storage';

export async function wipeEverything(): Promise<void> {
  // Read first: the list of sites is what says which permissions were Tend's for them.
  const sites = await read('sites');
  await wipeAll();
  await Promise.all([clearCheckIns(), releaseSites(sites.map((site) => site.pattern))]);
}
