import { browser } from 'wxt/browser';
import { isCheckInAlarm } from '@/lib/safe-call/check-in';
import { listenForReminderClicks, showReminder } from '@/lib/safe-call/reminder';
import { isTimelineAlarm } from '@/lib/timeline/alarm-names';
import { showTimelineReminder } from '@/lib/timeline/reminders';

/** Reminders: the safe-call plan's check-ins and the timeline's, a notification when an alarm rings, and its click. */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isCheckInAlarm(alarm.name)) void showReminder(alarm.name);
    else if (isTimelineAlarm(alarm.name)) void showTimelineReminder(alarm.name);
  });
  listenForReminderClicks();
  // The notifications API appears only once the user grants it, when setting a first reminder.
  browser.permissions.onAdded.addListener(() => listenForReminderClicks());
}
