/**
 * The safe-call check-in reminder: when it fires, what it says, and snoozing. Pure, so the rules
 * are unit-tested; the alarm and notification calls live in the background and the plan view.
 */

import { REMINDER_TEXT_MAX } from './limits';

export { REMINDER_TEXT_MAX };

export const CHECK_IN_ALARM = 'check-in';
/** Shown when the user has not chosen their own wording: nothing about Tend or its purpose. */
export const DEFAULT_REMINDER_TEXT = 'Reminder';
export const SNOOZE_MINUTES = 10;

export interface SafeCallPlan {
  /** Who the friend is and how to reach them, in the user's own words. */
  who: string;
  where: string;
  /** Local date and time of the check-in, as an <input type="datetime-local"> gives it. */
  checkInAt: string;
  /** What the friend should do if no check-in comes. */
  ifMissed: string;
  /** The notification's wording, chosen by the user. */
  reminderText: string;
}

export type ReminderCheck = { ok: true; when: number } | { ok: false; error: string };

/** When to remind, from the plan's check-in time; refuses a missing, malformed or past time. */
export function reminderTime(checkInAt: string, now: number): ReminderCheck {
  if (!checkInAt.trim()) return { ok: false, error: 'Choose the date and time you will check in first.' };
  // datetime-local gives local time with no zone; Date reads that form as local time.
  const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(checkInAt);
  const when = match ? new Date(checkInAt).getTime() : Number.NaN;
  if (Number.isNaN(when)) return { ok: false, error: `“${checkInAt}” is not a date and time Tend understands.` };
  if (when <= now) return { ok: false, error: 'That time has already passed. Choose a time later than now.' };
  return { ok: true, when };
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
