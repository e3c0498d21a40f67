/**
 * The browser's side of the timeline's reminders: alarms named only by the hour a window ends, a
 * notification worded like any other reminder (never what it is about), and a click that opens
 * the timeline. Set when the user saves with reminders; cleared on "Forget" and "Wipe everything".
 */
import { browser } from 'wxt/browser';
import { alarmGroup } from '@/lib/browser/alarm-group';
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

const ends = alarmGroup(isTimelineAlarm);

/** When the reminders still to come will ring, soonest first. */
export const pendingTimelineReminders = async (): Promise<number[]> =>
  (await ends.pending()).map((alarm) => alarm.scheduledTime);

export const clearTimelineReminders = ends.clear;

/** Replaces the timeline's reminders with these. */
export const setTimelineReminders = ends.set;
