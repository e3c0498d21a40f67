import { describe, expect, it } from 'vitest';
import { reminderNotification, reminderTime, reminderWording, snoozeUntil } from '@/lib/safe-call/check-in';

const now = new Date('2026-11-24T20:00').getTime();

describe('reminderTime', () => {
  it('accepts a later local time', () => {
    expect(reminderTime('2026-11-24T21:30', now)).toEqual({ ok: true, when: new Date('2026-11-24T21:30').getTime() });
    expect(reminderTime('2026-11-25T00:05:30', now)).toEqual({
      ok: true,
      when: new Date('2026-11-25T00:05:30').getTime(),
    });
  });

  it.each([
    ['', /Choose the date and time/],
    ['   ', /Choose the date and time/],
    ['tomorrow', /not a date and time/],
    ['2026-13-40T99:99', /not a date and time/],
    ['2026-11-24T20:00', /already passed/],
    ['2026-11-24T19:59', /already passed/],
  ])('refuses %j', (input, error) => {
    const result = reminderTime(input, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('snoozeUntil', () => {
  it('moves the reminder on by ten minutes, or as asked', () => {
    expect(snoozeUntil(now)).toBe(now + 10 * 60_000);
    expect(snoozeUntil(now, 30)).toBe(now + 30 * 60_000);
  });
});

describe('reminder wording', () => {
  it('uses the user’s words, trimmed and short, or a neutral default', () => {
    expect(reminderWording('  Call Sam  ')).toBe('Call Sam');
    expect(reminderWording('')).toBe('Reminder');
    expect(reminderWording('x'.repeat(100))).toHaveLength(40);
  });

  it('builds a notification that says nothing about Tend', () => {
    const notification = reminderNotification('', 'icon/128.png');
    expect(notification).toEqual({
      type: 'basic',
      iconUrl: 'icon/128.png',
      title: 'Reminder',
      message: 'Click to open your note.',
    });
    expect(JSON.stringify(notification)).not.toMatch(/tend|safe|sex|consent/i);
  });
});
