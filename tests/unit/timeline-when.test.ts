import { describe, expect, it } from 'vitest';
import { dayAndTime } from '@/lib/safe-call/local-time';
import { durationWords, startOf, timeLeftWords, windowClock } from '@/lib/timeline/when';

const LONDON = 'Europe/London';
const SYDNEY = 'Australia/Sydney';
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('when it happened', () => {
  const now = at('2026-06-10T14:20:00Z'); // 15:20 in London (summer time)

  it('counts “Just now” from now, exactly', () => {
    expect(startOf({ kind: 'now' }, now, LONDON)).toEqual({ ok: true, start: { at: now, about: false } });
  });

  it('counts a rough day from its earliest moment: the local midnight that starts it', () => {
    expect(startOf({ kind: 'today' }, now, LONDON)).toEqual({
      ok: true,
      start: { at: at('2026-06-09T23:00:00Z'), about: true },
    });
    expect(startOf({ kind: 'yesterday' }, now, LONDON)).toEqual({
      ok: true,
      start: { at: at('2026-06-08T23:00:00Z'), about: true },
    });
    expect(startOf({ kind: 'day-before' }, now, SYDNEY)).toEqual({
      ok: true,
      // 00:20 on 11 June in Sydney (UTC+10): two days before is 9 June.
      start: { at: at('2026-06-08T14:00:00Z'), about: true },
    });
  });

  it('counts “yesterday” across the night the clocks went back from yesterday’s real midnight', () => {
    // Monday 26 October 2026, 09:00 in London; the clocks went back at 02:00 on Sunday the 25th.
    const monday = at('2026-10-26T09:00:00Z');
    expect(startOf({ kind: 'yesterday' }, monday, LONDON)).toMatchObject({
      start: { at: at('2026-10-24T23:00:00Z') },
    });
  });

  it('gives no countdown when the user is not sure', () => {
    expect(startOf({ kind: 'unsure' }, now, LONDON)).toEqual({ ok: false, unsure: true });
  });

  it('refuses a time to come, a missing time and a time that is not one, in words', () => {
    const future = startOf({ kind: 'at', local: '2026-06-10T16:00' }, now, LONDON);
    expect(future).toEqual({ ok: false, error: expect.stringMatching(/has not come yet/) });
    expect(startOf({ kind: 'at', local: '' }, now, LONDON)).toEqual({ ok: false, error: expect.any(String) });
    expect(startOf({ kind: 'at', local: '2026-02-30T10:00' }, now, LONDON)).toEqual({
      ok: false,
      error: expect.stringMatching(/not a day and time/),
    });
  });

  it('reads a time the clocks skipped as the earliest moment it could mean (London, spring)', () => {
    // 01:30 on 29 March 2026 never happened in London (01:00 GMT became 02:00 BST).
    const start = startOf({ kind: 'at', local: '2026-03-29T01:30' }, now, LONDON);
    expect(start).toEqual({ ok: true, start: { at: at('2026-03-29T00:30:00Z'), about: false } });
  });

  it('reads a time that happened twice as the first of the two (London, autumn)', () => {
    const later = at('2026-11-01T12:00:00Z');
    const start = startOf({ kind: 'at', local: '2026-10-25T01:30' }, later, LONDON);
    expect(start).toEqual({ ok: true, start: { at: at('2026-10-25T00:30:00Z'), about: false } });
  });

  it('does the same in the southern hemisphere, in the opposite months (Sydney)', () => {
    const later = at('2026-11-01T00:00:00Z');
    // Clocks go forward at 02:00 on 4 October 2026: 02:30 is skipped; the earliest reading is at +11.
    expect(startOf({ kind: 'at', local: '2026-10-04T02:30' }, later, SYDNEY)).toMatchObject({
      start: { at: at('2026-10-03T15:30:00Z') },
    });
    // Clocks go back at 03:00 on 5 April 2026: 02:30 happens twice; the first is at +11.
    expect(startOf({ kind: 'at', local: '2026-04-05T02:30' }, later, SYDNEY)).toMatchObject({
      start: { at: at('2026-04-04T15:30:00Z') },
    });
  });
});

describe('a window’s clock', () => {
  it('ends a number of real hours after the start, whatever the clocks do in between', () => {
    // Saturday 24 October 2026, 01:30 BST; the clocks go back on the Sunday.
    const start = at('2026-10-24T00:30:00Z');
    const clock = windowClock(start, 72, start);
    expect(clock.ends - start).toBe(72 * HOUR);
    // Not “the same time on Tuesday” (01:30): an hour earlier on the clock.
    expect(dayAndTime(clock.ends, LONDON)).toBe('Tue 27 Oct 2026, 00:30');
  });

  it('rounds the time left down to the minute and has ended at its very end', () => {
    const start = at('2026-06-10T12:00:00Z');
    expect(windowClock(start, 72, start + 59_999).minutesLeft).toBe(72 * 60 - 1);
    expect(windowClock(start, 72, start + 72 * HOUR - 1)).toMatchObject({ minutesLeft: 0, ended: false });
    expect(windowClock(start, 72, start + 72 * HOUR)).toMatchObject({ minutesLeft: 0, ended: true });
    expect(windowClock(start, 72, start + 100 * HOUR).minutesLeft).toBe(0);
  });
});

describe('the time left in words', () => {
  it('gives the two largest units, each rounded down', () => {
    expect(durationWords(72 * 60 - 1)).toBe('2 days 23 hours');
    expect(durationWords(48 * 60)).toBe('2 days');
    expect(durationWords(25 * 60)).toBe('1 day 1 hour');
    expect(durationWords(61)).toBe('1 hour 1 minute');
    expect(durationWords(120)).toBe('2 hours');
    expect(durationWords(59)).toBe('59 minutes');
    expect(durationWords(0)).toBe('less than a minute');
  });

  it('says “at least” when counted from the earliest moment of a rough answer', () => {
    const start = at('2026-06-10T12:00:00Z');
    const clock = windowClock(start, 72, start + HOUR);
    expect(timeLeftWords(clock, false)).toBe('2 days 23 hours left');
    expect(timeLeftWords(clock, true)).toBe('At least 2 days 23 hours left');
  });
});
