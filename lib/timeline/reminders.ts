/**
 * The browser's side of the timeline's reminders: alarms named only by the hour a window ends, a
 * notification worded like any other reminder (never what it is about), and a click that opens
 * the timeline. Set when the user saves with reminders; cleared on "Forget" and "Wipe everything".
 */
import { browser } from 'wxt/browser';
import { appearance } from '@/lib/browser/discreet';
import { reminderNotification } from '@/lib/safe-call/check-in';
import { read } from '@/lib/storage/storage';
import { isTimelineAlarm } from './alarm-names';

export const timelinePage = '/sidepanel.html#timeline';

export async function showTimelineReminder(alarm: string): Promise<void> {
  if (!browser.notifications) return;
  const discreet = await read('discreetMode');
  await browser.notifications.create(
    alarm,
    reminderNotification('', browser.runtime.getURL('/') + appearance(discreet).notificationIcon),
  );
}

/** Opens the timeline in a tab: a notification click is not a gesture that may open the sidebar. */
export async function openTimeline(alarm: string): Promise<void> {
  await browser.notifications?.clear(alarm);
  await browser.tabs.create({ url: browser.runtime.getURL(timelinePage) });
}

export async function pendingTimelineReminders(): Promise<number[]> {
  const all = await browser.alarms.getAll();
  return all
    .filter((alarm) => isTimelineAlarm(alarm.name))
    .map((alarm) => alarm.scheduledTime)
    .sort((a, b) => a - b);
}

export async function clearTimelineReminders(): Promise<void> {
  const pending = (await browser.alarms.getAll()).map((alarm) => alarm.name);
  const shown = Object.keys((await browser.notifications?.getAll()) ?? {});
  const names = new Set([...pending, ...shown].filter(isTimelineAlarm));
  await Promise.all([...names].flatMap((name) => [browser.alarms.clear(name), browser.notifications?.clear(name)]));
}

/** Replaces the timeline's reminders with these. */
export async function setTimelineReminders(alarms: readonly { name: string; when: number }[]): Promise<void> {
  await clearTimelineReminders();
  await Promise.all(alarms.map(({ name, when }) => browser.alarms.create(name, { when })));
}
