/**
 * "Wipe everything": Tend forgets all it stored on this device and lets go of what it was given
 * for that data: the check-in and timeline reminders and their notifications, and every permission the user
 * granted (history, notifications, sessions, their sites).
 */
import { browser } from 'wxt/browser';
import { endComparison } from '@/lib/psi/ending';
import { clearCheckIns } from '@/lib/safe-call/reminder';
import { wipeAll } from '@/lib/storage/storage';
import { clearTimelineReminders } from '@/lib/timeline/reminders';

export async function wipeEverything(): Promise<void> {
  await wipeAll();
  // A comparison still computing as everything went must not store itself again afterwards.
  await endComparison();
  // The reminders first: their notifications can be taken off the screen only while the permission is held.
  await Promise.all([clearCheckIns(), clearTimelineReminders()]);
  await giveBackGranted();
}

/**
 * Gives back every optional permission Tend holds, whether granted in Tend or in the browser's own
 * settings. What the manifest requires cannot be given back and is never asked for (the e2e test
 * build requires what a person would grant). Permissions and sites go back separately, so a
 * refusal of one leaves the other given back.
 */
async function giveBackGranted(): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const optional = new Set<string>(manifest.optional_permissions ?? []);
  const required = new Set<string>([...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]);
  const held = await browser.permissions.getAll();
  const permissions = (held.permissions ?? []).filter((name) => optional.has(name) && !required.has(name));
  const origins = (held.origins ?? []).filter((origin) => !required.has(origin));
  await Promise.all([
    permissions.length > 0 && browser.permissions.remove({ permissions }).catch(() => false),
    origins.length > 0 && browser.permissions.remove({ origins }).catch(() => false),
  ]);
}
