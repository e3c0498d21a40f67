import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  knownLock,
  onLockChanged,
  type PreparedWrite,
  prepareWrite,
  read,
  type StoredData,
  type StoredName,
} from '@/lib/storage/storage';
import { followStored, writeTracker } from './follow-stored';

const SAVE_DELAY_MS = 300;

/** Every open draft's saver on this page, so an action such as locking can save them all first. */
const savers = new Set<() => Promise<void>>();

/**
 * Words typed on this page whose save failed after their form had gone: Tend locked before they
 * could be sealed, or the browser refused them. Kept in this page's memory only (never stored
 * unsealed) and saved when the form opens again, after an unlock, say.
 */
const unsaved = new Map<StoredName, unknown>();

/** Saves every draft on this page that is still waiting for the user to stop typing. */
export function saveDrafts(): Promise<unknown> {
  return Promise.all([...savers].map((save) => save()));
}

/** How the last save went: nothing to say yet, saved, or failed (the words are kept). */
export type SaveState = { saved: true } | { saved: false; error: unknown } | undefined;

export interface Draft<T> {
  /** Undefined until the stored value (or the record's fallback) has been read. */
  value: T | undefined;
  /** Why the stored value could not be read, or undefined. */
  error: unknown;
  /** The last save's outcome; typing after a save clears "saved". */
  saving: SaveState;
  /** Changes the value now and saves it shortly after the user stops typing. */
  change(next: T): void;
  /** Tries again to save what a failed save kept. */
  retry(): void;
}

/**
 * A form's value, saved as the user types (debounced) and saved at once when the view is hidden
 * or closed, so closing the side panel (or the browser) mid-sentence loses nothing.
 *
 * A closing page runs no more tasks after `pagehide`: nothing it awaits there completes, and a
 * message to Tend's worker is dropped if the worker is asleep. So each change is sealed for
 * storage straight away (prepareWrite), and the close-time save is one IndexedDB request that
 * starts at once (`PreparedWrite.now`), which the browser finishes after the page is gone.
 *
 * A save that fails keeps its words waiting (shown, and in `unsaved` once the form is gone) and
 * says why; the next change, a retry or the form opening again saves them.
 */
export function useDraft<K extends StoredName>(key: K): Draft<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState<SaveState>();
  const pending = useRef<StoredData[K] | undefined>(undefined);
  const prepared = useRef<{ value: StoredData[K]; write: PreparedWrite } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Counts the saves started, so one that took longer to seal than a newer one never lands after it. */
  const started = useRef(0);
  const mounted = useRef(true);
  const [writes] = useState(writeTracker);

  /** Seals `next` for saving; only the newest change's preparation is kept. */
  const prepare = useCallback(
    (next: StoredData[K]) =>
      void prepareWrite(key, next)
        .then((write) => {
          if (pending.current === next) prepared.current = { value: next, write };
        })
        // Locked, or the lock is not known yet: the save seals it then (or the older preparation stays).
        .catch(() => undefined),
    [key],
  );

  /** Saves what is waiting: ready-sealed if its preparation has finished, else sealed now. Never rejects. */
  const flush = useCallback(
    async (closing = false): Promise<void> => {
      clearTimeout(timer.current);
      const next = pending.current;
      if (next === undefined) return;
      const ready = prepared.current?.value === next ? prepared.current.write : undefined;
      pending.current = undefined;
      prepared.current = undefined;
      const save = ++started.current;
      try {
        const landed = await writes.track(async () => {
          const sealed = ready ?? (await prepareWrite(key, next));
          // A newer save started while this one sealed: it holds these words too, and must land last.
          if (save !== started.current) return false;
          await (closing ? sealed.now() : sealed.save());
          return true;
        });
        if (!landed) return;
        if (unsaved.get(key) === next) unsaved.delete(key);
        if (mounted.current && pending.current === undefined) setSaving({ saved: true });
      } catch (failed) {
        // Nothing newer typed since: these words are still the latest, so keep them waiting.
        if (pending.current !== undefined) return;
        if (!mounted.current) {
          unsaved.set(key, next);
          return;
        }
        pending.current = next;
        setSaving({ saved: false, error: failed });
      }
    },
    [key],
  );

  useEffect(() => {
    mounted.current = true;
    // Another view's change is taken in only when nothing typed here is still waiting to be saved.
    const load = () => {
      const fresh = writes.reading();
      void read(key).then(
        (stored) => {
          if (!mounted.current) return;
          setError(undefined);
          if (pending.current === undefined && fresh()) setValue(stored as StoredData[K] | undefined);
        },
        (failed: unknown) => {
          if (mounted.current) setError(() => failed);
        },
      );
    };
    const kept = unsaved.get(key) as StoredData[K] | undefined;
    if (kept !== undefined) {
      // Words a failed save kept while this form was gone: shown again and saved now.
      setValue(kept);
      pending.current = kept;
      void flush();
    }
    const stopStored = followStored(key, load);
    void knownLock().catch(() => undefined);
    // A new lock (or none) in any view: seal what is waiting again, so a close still saves it as one put.
    const stopLock = onLockChanged(() => {
      if (pending.current !== undefined) prepare(pending.current);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush(true);
    };
    const onPageHide = () => void flush(true);
    const save = () => flush();
    savers.add(save);
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      mounted.current = false;
      stopStored();
      stopLock();
      savers.delete(save);
      void flush(true);
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [key, flush, prepare]);

  const change = useCallback(
    (next: StoredData[K]) => {
      setValue(next);
      // A failure stays said until a save lands; "Saved" goes once there is something new.
      setSaving((current) => (current?.saved ? undefined : current));
      pending.current = next;
      prepare(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, prepare],
  );

  const retry = useCallback(() => void flush(), [flush]);

  return { value, error, saving, change, retry };
}
