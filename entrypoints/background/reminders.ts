import { browser } from 'wxt/browser';
import { isCheckInAlarm } from '@/lib/safe-call/check-in';
import { listenForReminderClicks, showReminder } from '@/lib/safe-call/reminder';

/** The safe-call plan's check-in reminders: a notification when a check-in alarm rings, and its click. */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isCheckInAlarm(alarm.name)) void showReminder(alarm.name);
  });
  listenForReminderClicks();
  // The notifications API appears only once the user grants it, when setting a first reminder.
  browser.permissions.onAdded.addListener(() => listenForReminderClicks());
}
