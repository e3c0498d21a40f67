/**
 * Local wall-clock times (as an <input type="datetime-local"> gives them) and the instants they
 * name in a given time zone, for the safe-call plan and the timeline. A time that does not exist (the hour skipped when clocks go forward)
 * moves forward by the gap, as RFC 5545 section 3.3.5 and JavaScript's Date both read it; a time
 * that happens twice (clocks going back) is the first of the two.
 */
import { LOCAL_TIME } from './safe-call';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** The wall-clock reading at `instant` in `timeZone`. */
export function wallClock(instant: number, timeZone: string): Parts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const of = (type: string) => parts[type] ?? 0;
  return { year: of('year'), month: of('month'), day: of('day'), hour: of('hour'), minute: of('minute') };
}

const asUtc = (parts: Parts) => Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds (to the minute). */
const offsetAt = (instant: number, timeZone: string) =>
  asUtc(wallClock(instant, timeZone)) - Math.floor(instant / MINUTE) * MINUTE;

function parse(local: string): Parts | undefined {
  if (!LOCAL_TIME.test(local)) return undefined;
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const parts = { year, month, day, hour, minute };
  // Refuses 2026-02-30 and 25:00 rather than rolling them over.
  const check = new Date(asUtc(parts));
  const same =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute;
  return same ? parts : undefined;
}

/**
 * The instant a local time names in `timeZone` (seconds ignored), or undefined when it is not a time.
 * A time in the gap is read with the offset from before it (it happens later than written), unless
 * `gap` is 'earliest': then with the offset after it, the earliest instant it could mean (the
 * timeline never counts from later than the moment could have been).
 */
export function instantOf(local: string, timeZone: string, gap: 'later' | 'earliest' = 'later'): number | undefined {
  const parts = parse(local);
  if (!parts) return undefined;
  const wall = asUtc(parts);
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  const exists = (instant: number) => asUtc(wallClock(instant, timeZone)) === wall;
  const candidates = [before, after].filter(exists).sort((a, b) => a - b);
  return candidates[0] ?? (gap === 'earliest' ? Math.min(before, after) : before);
}

/** Whether a local time falls in the gap when the clocks go forward: it will happen later than written. */
export function isSkipped(local: string, timeZone: string): boolean {
  const instant = instantOf(local, timeZone);
  const parts = parse(local);
  return instant !== undefined && parts !== undefined && asUtc(wallClock(instant, timeZone)) !== asUtc(parts);
}

/** "21:30", the wall-clock time at `instant` in `timeZone`. */
export function clockTime(instant: number, timeZone: string): string {
  const { hour, minute } = wallClock(instant, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "Sat 12 Dec 2026, 21:30", a day and time at `instant` in `timeZone`, the same in every browser. */
export function dayAndTime(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((found) => found.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${clockTime(instant, timeZone)}`;
}

/**
 * The time zone this browser runs in, by its IANA name; UTC when the browser cannot name it.
 * Chromium can report "Etc/Unknown", which every formatter then refuses (seen in e2e: the safe-call
 * form failed to render).
 */
export function localZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
