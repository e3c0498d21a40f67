/** Dates and times as Tend writes them: in file names, in stored entries, and on screen. */

/** "2026-11-30" -> "30 November 2026": the dates the guide shows (when a source was checked). */
export function formatDay(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The local date as YYYY-MM-DD, as <input type="date"> writes it: a journal entry's day, and file names that sort by date. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A moment as the user's browser writes a date and time ("30 Nov 2026, 16:05" in en-GB). */
export const dateTimeOf = (when: number) =>
  new Date(when).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment's time of day as the user's browser writes it ("16:05" in en-GB). */
export const timeOf = (when: number) => new Date(when).toLocaleTimeString(undefined, { timeStyle: 'short' });
