/**
 * The timeline as Tend keeps it, once the user saves it, and the reminders it can set. Pure.
 */
import type { RegionId } from '@/content/regions';
import { type TimeWindow, timeWindows } from '@/content/time-windows';
import { timelineAlarm } from './alarm-names';
import type { Start } from './when';

const HOUR = 3_600_000;

/** A saved timeline: when it happened (as counted) and when it was saved. Sealed by the lock. */
export interface SavedTimeline extends Start {
  savedAt: number;
}

/** How long before a window ends its reminder comes. */
export const REMIND_HOURS_BEFORE = 3;

/**
 * The windows that count down for `region`, with when each ends. Windows with no countdown there
 * are left out.
 */
export function countdownsFor(region: RegionId, start: number): { window: TimeWindow; hours: number; ends: number }[] {
  return timeWindows.flatMap((window) => {
    const here = window.regions[region];
    return here.show === 'countdown' ? [{ window, hours: here.hours, ends: start + here.hours * HOUR }] : [];
  });
}

/**
 * One reminder for each time a window ends, `REMIND_HOURS_BEFORE` hours before it (windows that
 * end together share one); none where that moment has passed (the user is looking at it now).
 */
export function reminderAlarms(region: RegionId, start: number, now: number): { name: string; when: number }[] {
  const hours = new Set(countdownsFor(region, start).map(({ hours }) => hours));
  return [...hours]
    .sort((a, b) => a - b)
    .map((end) => ({ name: timelineAlarm(end), when: start + (end - REMIND_HOURS_BEFORE) * HOUR }))
    .filter(({ when }) => when > now);
}
