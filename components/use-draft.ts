import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  knownLock,
  onLockChanged,
  onStoredChange,
  type PreparedWrite,
  prepareWrite,
  read,
  type StoredData,
  type StoredName,
  write,
} from '@/lib/storage';

const SAVE_DELAY_MS = 300;

/** Every open draft's saver on this page, so an action such as locking can save them all first. */
const savers = new Set<() => Promise<void>>();

/** Saves every draft on this page that is still waiting for the user to stop typing. */
export function saveDrafts(): Promise<unknown> {
  return Promise.all([...savers].map((save) => save()));
}

export interface Draft<T> {
  /** Undefined until the stored value (or the record's fallback) has been read. */
  value: T | undefined;
  /** Changes the value now and saves it shortly after the user stops typing. */
  change(next: T): void;
}

/**
 * A form's value, saved as the user types (debounced) and saved at once when the view is hidden
 * or closed, so closing the side panel (or the browser) mid-sentence loses nothing.
 *
 * A closing page runs no more tasks after `pagehide`: nothing it awaits there completes, and a
 * message to Tend's worker is dropped if the worker is asleep. So each change is sealed for
 * storage straight away (prepareWrite), and the close-time save is one IndexedDB request that
 * starts at once (`PreparedWrite.now`), which the browser finishes after the page is gone.
 */
export function useDraft<K extends StoredName>(key: K): Draft<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const pending = useRef<StoredData[K] | undefined>(undefined);
  const prepared = useRef<{ value: StoredData[K]; write: PreparedWrite } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

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

  /** Saves what is waiting: ready-sealed if its preparation has finished, else sealed now. */
  const flush = useCallback(
    (closing = false): Promise<unknown> => {
      clearTimeout(timer.current);
      const next = pending.current;
      if (next === undefined) return Promise.resolve();
      const ready = prepared.current?.value === next ? prepared.current.write : undefined;
      pending.current = undefined;
      prepared.current = undefined;
      if (ready && closing) {
        ready.now();
        return Promise.resolve();
      }
      return ready ? ready.save() : write(key, next);
    },
    [key],
  );

  useEffect(() => {
    // Another view's change is taken in only when nothing typed here is still waiting to be saved.
    const load = () =>
      void read(key).then((stored) => {
        if (pending.current === undefined) setValue(stored as StoredData[K] | undefined);
      });
    load();
    void knownLock().catch(() => undefined);
    const stopStored = onStoredChange((changed) => {
      if (changed === key) load();
    });
    // A new lock (or none) in any view: seal what is waiting again, so a close still saves it as one put.
    const stopLock = onLockChanged(() => {
      if (pending.current !== undefined) prepare(pending.current);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush(true);
    };
    const onPageHide = () => void flush(true);
    const save = () => flush().then(() => undefined);
    savers.add(save);
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
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
      pending.current = next;
      prepare(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), SAVE_DELAY_MS);
    },
    [flush, prepare],
  );

  return { value, change };
}
