/**
 * The timeline's clock: when something happened, from what the user chose, and how long each
 * window has left. Pure: the caller passes in the time now and the time zone.
 *
 * Two rules keep the time left from ever being overstated: a rough answer ("yesterday") counts
 * from the earliest moment it could mean, and a local time that does not exist or happens twice
 * (clocks changing) is read as the earliest instant it could be. Windows are hours after an
 * instant, so a clock change in between moves the deadline's clock time, never its length.
 */
import { instantOf, wallClock } from '@/lib/safe-call/local-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What the user said about when it happened. */
export type WhenChoice =
  | { kind: 'now' }
  | { kind: 'today' }
  | { kind: 'yesterday' }
  | { kind: 'day-before' }
  | { kind: 'at'; local: string }
  | { kind: 'unsure' };

/** When it happened, as the timeline counts from it: `about` when the answer was rough. */
export interface Start {
  at: number;
  about: boolean;
}

export type StartResult = { ok: true; start: Start } | { ok: false; unsure: true } | { ok: false; error: string };

const pad = (value: number) => String(value).padStart(2, '0');

/** Midnight at the start of the local day `daysBack` days before `now`, as the earliest instant it names. */
function startOfDay(now: number, timeZone: string, daysBack: number): number {
  const { year, month, day } = wallClock(now, timeZone);
  const date = new Date(Date.UTC(year, month - 1, day - daysBack));
  const local = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T00:00`;
  return instantOf(local, timeZone, 'earliest') as number;
}

const DAYS_BACK = { today: 0, yesterday: 1, 'day-before': 2 } as const;

export function startOf(choice: WhenChoice, now: number, timeZone: string): StartResult {
  switch (choice.kind) {
    case 'now':
      return { ok: true, start: { at: now, about: false } };
    case 'unsure':
      return { ok: false, unsure: true };
    case 'at': {
      if (!choice.local) return { ok: false, error: 'Choose the day and time, or pick another answer.' };
      const at = instantOf(choice.local, timeZone, 'earliest');
      if (at === undefined) return { ok: false, error: 'That is not a day and time Tend can read. Choose it again.' };
      if (at > now)
        return { ok: false, error: 'That time has not come yet. Choose a time in the past, or “Just now”.' };
      return { ok: true, start: { at, about: false } };
    }
    default:
      return { ok: true, start: { at: startOfDay(now, timeZone, DAYS_BACK[choice.kind]), about: true } };
  }
}

export interface WindowClock {
  /** The instant the window ends. */
  ends: number;
  /** Whole minutes left, never rounded up; 0 once it has ended. */
  minutesLeft: number;
  ended: boolean;
}

export function windowClock(start: number, hours: number, now: number): WindowClock {
  const ends = start + hours * HOUR;
  const minutesLeft = Math.max(0, Math.floor((ends - now) / MINUTE));
  return { ends, minutesLeft, ended: now >= ends };
}

const unit = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** "2 days 5 hours", "5 hours 20 minutes", "12 minutes": the two largest units, each rounded down. */
export function durationWords(minutes: number): string {
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor((minutes * MINUTE) / DAY);
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return mins > 0 ? `${unit(hours, 'hour')} ${unit(mins, 'minute')}` : unit(hours, 'hour');
  return unit(mins, 'minute');
}

/** "5 hours 20 minutes left", or "At least …" when the start was rough (counted from its earliest). */
export function timeLeftWords(clock: WindowClock, about: boolean): string {
  const left = `${durationWords(clock.minutesLeft)} left`;
  return about ? `At least ${left}` : left.charAt(0).toUpperCase() + left.slice(1);
}
