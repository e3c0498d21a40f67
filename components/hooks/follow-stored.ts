import { onStoredChange, type StoredName } from '@/lib/storage/storage';

/**
 * When a view reads its record again after opening. A view closed or reloaded a moment ago may
 * still be saving: its last put outlives it but can announce nothing, and nothing orders it before
 * this view's first read (seen in e2e: a journal entry typed just before a reload, and the
 * welcome's "These are right", on disk but missing from the reloaded view). A read a second on
 * shows it; on a machine busy enough that the put lands later still (the journal entry again, at a
 * load of 10 on two cores), the read a few seconds on does.
 */
const SETTLE_MS = [1000, 4000];

/**
 * Calls `load` now, whenever any view or the worker changes record `key`, and again a moment after
 * opening (see SETTLE_MS). Returns a stop function.
 */
export function followStored(key: StoredName, load: () => void): () => void {
  load();
  const settle = SETTLE_MS.map((ms) => setTimeout(load, ms));
  const stop = onStoredChange((changed) => {
    if (changed === key) load();
  });
  return () => {
    for (const timer of settle) clearTimeout(timer);
    stop();
  };
}

/**
 * Counts a view's own saves, so that a read which may have been answered before one of them
 * landed is not shown over what the user just did (a second read landing in the middle of a save
 * once put an answer back to what it was, and the next change saved over it).
 */
export function writeTracker() {
  let started = 0;
  let inFlight = 0;
  return {
    /** Runs `save`, counted, and gives what it gives. */
    async track<T>(save: () => Promise<T>): Promise<T> {
      started++;
      inFlight++;
      try {
        return await save();
      } finally {
        inFlight--;
      }
    },
    /** Called as a read is made; the check says whether its answer can be shown. */
    reading(): () => boolean {
      const at = started;
      const busy = inFlight > 0;
      return () => !busy && inFlight === 0 && started === at;
    },
  };
}
