/**
 * The cap on stored snoozes: one per site at most, so no more than there may be sites. Its own
 * module, free of the site rules, because the registry's migration step uses it too.
 */
import { LIST_MAX } from '@/lib/limits';

/** At most `max` of `snoozes` (pattern -> until when), keeping those that run longest. */
export function capSnoozes(snoozes: Readonly<Record<string, number>>, max = LIST_MAX): Record<string, number> {
  const entries = Object.entries(snoozes);
  if (entries.length <= max) return { ...snoozes };
  return Object.fromEntries(entries.sort(([, a], [, b]) => b - a).slice(0, max));
}
