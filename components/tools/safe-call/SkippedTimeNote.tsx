import { clockTime, instantOf, isSkipped, localZone } from '@/lib/safe-call/local-time';

/** The id of the note below, when `local` needs one: for the box's aria-describedby. */
export const skippedNoteId = (id: string, local: string) =>
  isSkipped(local, localZone()) ? `${id}-skipped` : undefined;

/**
 * Says when a time falls in the hour skipped as the clocks go forward: it will happen later than
 * written, by the gap (RFC 5545 3.3.5 reads it so, and so do Tend's reminders).
 */
export function SkippedTimeNote({ id, local }: { id: string; local: string }) {
  const zone = localZone();
  const when = instantOf(local, zone);
  if (when === undefined || !isSkipped(local, zone)) return null;
  return (
    <p class="hint" id={`${id}-skipped`}>
      The clocks go forward at that time, so this falls at {clockTime(when, zone)}.
    </p>
  );
}
