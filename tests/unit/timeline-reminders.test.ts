import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '@/content/regions';
import { timeWindows } from '@/content/time-windows';
import { isTimelineAlarm } from '@/lib/timeline/alarm-names';
import { countdownsFor, REMIND_HOURS_BEFORE, reminderAlarms } from '@/lib/timeline/timeline';

const HOUR = 3_600_000;
const start = Date.parse('2026-06-10T12:00:00Z');

describe('the timeline’s reminders', () => {
  it('come once for each time windows end, a few hours before it, windows that end together sharing one', () => {
    const alarms = reminderAlarms('england', start, start);
    const ends = [...new Set(countdownsFor('england', start).map(({ hours }) => hours))].sort((a, b) => a - b);
    expect(ends).toEqual([72, 120, 168]);
    expect(alarms.map(({ when }) => (when - start) / HOUR)).toEqual(ends.map((end) => end - REMIND_HOURS_BEFORE));
  });

  it('leave out a reminder whose moment has passed', () => {
    const now = start + 80 * HOUR;
    expect(reminderAlarms('england', start, now).map(({ when }) => (when - start) / HOUR)).toEqual([117, 165]);
    expect(reminderAlarms('england', start, start + 200 * HOUR)).toEqual([]);
  });

  it('set none where nothing counts down', () => {
    expect(reminderAlarms('other', start, start)).toEqual([]);
  });

  it('are named so that nothing says what they are for', () => {
    for (const region of REGION_IDS) {
      for (const { name } of reminderAlarms(region, start, start)) {
        expect(isTimelineAlarm(name)).toBe(true);
        for (const window of timeWindows) expect(name).not.toContain(window.id);
        expect(name).toMatch(/^timeline-\d+$/);
      }
    }
  });
});
