/**
 * The background's side of the check-in reminder: the alarm shows a discreet notification, and
 * clicking it opens the safe-call plan. The view schedules, snoozes and cancels the alarm.
 */
import { type Browser, browser } from 'wxt/browser';
import { CHECK_IN_ALARM, reminderNotification } from './check-in';
import { appearance } from './discreet';
import { LockedError, read } from './storage';

/** Optional permission: the user grants it when setting their first reminder. */
export const NOTIFICATIONS: Browser.permissions.Permissions = { permissions: ['notifications'] };

export const PLAN_PAGE = '/sidepanel.html#safe-call';

export async function showReminder(): Promise<void> {
  if (!browser.notifications) return;
  // While locked the plan (and its wording) cannot be read: the reminder still comes, neutrally worded.
  const plan = await read('safeCallPlan').catch((error: unknown) => {
    if (error instanceof LockedError) return undefined;
    throw error;
  });
  const discreet = await read('discreetMode');
  await browser.notifications.create(
    CHECK_IN_ALARM,
    reminderNotification(plan?.reminderText ?? '', browser.runtime.getURL('/') + appearance(discreet).notificationIcon),
  );
}

/**
 * Opens the plan in a tab. The side panel opens only from a gesture the browser counts (a click in
 * Tend's own pages, the toolbar, a shortcut), and a notification click is not one of them.
 */
export async function openPlan(): Promise<void> {
  await browser.notifications?.clear(CHECK_IN_ALARM);
  await browser.tabs.create({ url: browser.runtime.getURL(PLAN_PAGE) });
}

const onClicked = (id: string) => {
  if (id === CHECK_IN_ALARM) void openPlan();
};

/**
 * Listens for clicks once the notifications API exists (it appears when the permission is granted).
 * Asks the API itself rather than remembering: a wipe gives the permission back, and the API
 * granted again for a new reminder starts with no listeners.
 */
export function listenForReminderClicks(): void {
  const clicked = browser.notifications?.onClicked;
  if (clicked && !clicked.hasListener(onClicked)) clicked.addListener(onClicked);
}
