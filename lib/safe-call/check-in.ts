/**
 * The safe-call check-in reminders: when they fire, what they say, and snoozing. Pure, so the rules
 * are unit-tested; the alarm and notification calls live in lib/safe-call/reminder.ts.
 */

import type { Result } from '@/lib/checks';
import { REMINDER_TEXT_MAX } from '@/lib/limits';

export { REMINDER_TEXT_MAX };

/**
 * Every check-in's alarm (and its notification) is named with this prefix, so all of them can be
 * found and cleared together: `check-in-1`, `check-in-2`… and `check-in-test` for a rehearsal.
 * An older Tend's single alarm was called `check-in` itself.
 */
export const CHECK_IN_PREFIX = 'check-in';
export const TEST_ALARM = `${CHECK_IN_PREFIX}-test`;
/** Shown when the user has not chosen their own wording: nothing about Tend or its purpose. */
export const DEFAULT_REMINDER_TEXT = 'Reminder';
export const SNOOZE_MINUTES = 10;

export const isCheckInAlarm = (name: string) => name.startsWith(CHECK_IN_PREFIX);
/** The alarm of the plan's check-in number `n` (counting from 1). */
export const checkInAlarm = (n: number) => `${CHECK_IN_PREFIX}-${n}`;

/** When to remind, from the plan's check-in time; refuses a missing, malformed or past time. */
export function reminderTime(checkInAt: string, now: number): Result<{ when: number }> {
  if (!checkInAt.trim()) return { ok: false, error: 'Choose the date and time you will check in first.' };
  // datetime-local gives local time with no zone; Date reads that form as local time.
  const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(checkInAt);
  const when = match ? new Date(checkInAt).getTime() : Number.NaN;
  if (Number.isNaN(when)) return { ok: false, error: `“${checkInAt}” is not a date and time Tend understands.` };
  if (when <= now) return { ok: false, error: 'That time has already passed. Choose a time later than now.' };
  return { ok: true, when };
}

/** One alarm per check-in, or why not: the plan needs at least one, each a time later than now. */
export function checkInAlarms(
  checkIns: readonly string[],
  now: number,
): Result<{ alarms: { name: string; when: number }[] }> {
  if (checkIns.length === 0) return { ok: false, error: 'Add a check-in time first.' };
  const alarms: { name: string; when: number }[] = [];
  for (const [index, at] of checkIns.entries()) {
    const checked = reminderTime(at, now);
    if (!checked.ok) {
      return { ok: false, error: checkIns.length > 1 ? `Check-in ${index + 1}: ${checked.error}` : checked.error };
    }
    alarms.push({ name: checkInAlarm(index + 1), when: checked.when });
  }
  return { ok: true, alarms };
}

export function snoozeUntil(now: number, minutes = SNOOZE_MINUTES): number {
  return now + minutes * 60_000;
}

/** The wording the notification shows: the user's, trimmed and kept short, or a neutral default. */
export function reminderWording(text: string): string {
  const trimmed = text.trim().slice(0, REMINDER_TEXT_MAX);
  return trimmed || DEFAULT_REMINDER_TEXT;
}

export interface ReminderNotification {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
}

/** A notification that reads as an ordinary reminder to anyone glancing at the screen. */
export function reminderNotification(text: string, iconUrl: string): ReminderNotification {
  return { type: 'basic', iconUrl, title: reminderWording(text), message: 'Click to open your note.' };
}
