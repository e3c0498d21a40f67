/**
 * The browser's side of the check-in reminders: each check-in's alarm shows a discreet
 * notification, and clicking it opens the check-in page. Setting, snoozing and clearing go
 * through here, for the plan's form, the check-in page and "Wipe everything" alike.
 */
import { type Browser, browser } from 'wxt/browser';
import { alarmGroup } from '@/lib/browser/alarm-group';
import { appearance } from '@/lib/browser/discreet';
import { LockedError, read } from '@/lib/storage/storage';
import { isTimelineAlarm } from '@/lib/timeline/alarm-names';
import { openTimeline } from '@/lib/timeline/reminders';
import { CHECK_IN_PREFIX, isCheckInAlarm, reminderNotification } from './check-in';

/** Optional permission: the user grants it when setting their first reminder. */
export const NOTIFICATIONS: Browser.permissions.Permissions = { permissions: ['notifications'] };

/** Asks for the permission to show reminders; inside the click, the first time only: the browser remembers the answer. */
export function askToNotify(): Promise<boolean> {
  return browser.permissions.request(NOTIFICATIONS);
}

/** The page a reminder opens, for the check-in it belongs to. */
export const checkInPage = (alarm: string) => `/check-in.html#${alarm}` as const;

export async function showReminder(alarm: string = CHECK_IN_PREFIX): Promise<void> {
  if (!browser.notifications) return;
  // While locked the plan (and its wording) cannot be read: the reminder still comes, neutrally worded.
  const plan = await read('safeCallPlan').catch((error: unknown) => {
    if (error instanceof LockedError) return undefined;
    throw error;
  });
  const discreet = await read('discreetMode');
  await browser.notifications.create(
    alarm,
    reminderNotification(plan?.reminderText ?? '', browser.runtime.getURL('/') + appearance(discreet).notificationIcon),
  );
}

/**
 * Opens the check-in page in a tab. The side panel opens only from a gesture the browser counts
 * (a click in Tend's own pages, the toolbar, a shortcut), and a notification click is not one of them.
 */
export async function openCheckIn(alarm: string): Promise<void> {
  await browser.notifications?.clear(alarm);
  await browser.tabs.create({ url: browser.runtime.getURL(checkInPage(alarm)) });
}

const onClicked = (id: string) => {
  if (isCheckInAlarm(id)) void openCheckIn(id);
  else if (isTimelineAlarm(id)) void openTimeline(id);
};

/**
 * Listens for clicks on every Tend reminder (check-ins and the timeline's) once the notifications API exists (it appears when the permission is granted).
 * Asks the API itself rather than remembering: a wipe gives the permission back, and the API
 * granted again for a new reminder starts with no listeners.
 */
export function listenForReminderClicks(): void {
  const clicked = browser.notifications?.onClicked;
  if (clicked && !clicked.hasListener(onClicked)) clicked.addListener(onClicked);
}

const checkIns = alarmGroup(isCheckInAlarm);

/** The check-in alarms still to come, soonest first. */
export const pendingCheckIns = checkIns.pending;

/** Clears one check-in: its alarm (a snooze included) and its notification. */
export const clearCheckIn = checkIns.clearOne;

/** Moves one check-in's reminder to `when`, taking its notification off the screen. */
export async function snoozeCheckIn(alarm: string, when: number): Promise<void> {
  await Promise.all([browser.alarms.create(alarm, { when }), browser.notifications?.clear(alarm)]);
}

/** Clears every check-in: "End plan", a new set of check-ins, and "Wipe everything". */
export const clearCheckIns = checkIns.clear;

/** Replaces every check-in alarm with these. */
export const setCheckIns = checkIns.set;
