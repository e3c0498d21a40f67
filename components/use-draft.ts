import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { knownLock, onStoredChange, prepareWrite, read, type StoredData, write } from '@/lib/storage';

const SAVE_DELAY_MS = 300;

/** Every open draft's saver on this page, so an action such as locking can save them all first. */
const savers = new Set<() => Promise<void>>();

/** Saves every draft on this page that is still waiting for the user to stop typing. */
export function saveDrafts(): Promise<unknown> {
  return Promise.all([...savers].map((save) => save()));
}

export interface Draft<T> {
  /** Undefined until the stored value has been read. */
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
 * storage straight away (prepareWrite), and the save itself is one IndexedDB request that starts
 * at once, which the browser finishes after the page is gone.
 */
export function useDraft<K extends keyof StoredData>(key: K, empty: StoredData[K]): Draft<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const pending = useRef<StoredData[K] | undefined>(undefined);
  const prepared = useRef<{ value: StoredData[K]; save: () => Promise<void> } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Saves what is waiting: ready-sealed if its preparation has finished, else sealed now. */
  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === undefined) return Promise.resolve();
    const ready = prepared.current;
    pending.current = undefined;
    prepared.current = undefined;
    return ready?.value === next ? ready.save() : write(key, next);
  }, [key]);

  useEffect(() => {
    // Another view's change is taken in only when nothing typed here is still waiting to be saved.
    const load = () =>
      void read(key).then((stored) => {
        if (pending.current === undefined) setValue(stored ?? empty);
      });
    load();
    void knownLock().catch(() => undefined);
    const unsubscribe = onStoredChange((changed) => {
      if (changed === key) load();
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    const save = () => flush().then(() => undefined);
    savers.add(save);
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unsubscribe();
      savers.delete(save);
      void flush();
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
    };
    // `empty` is a constant default; reading again when it changes identity would discard edits.
  }, [key, flush]);

  const change = useCallback(
    (next: StoredData[K]) => {
      setValue(next);
      pending.current = next;
      prepared.current = undefined;
      // Only the newest change's preparation is kept; a slower, older one is dropped.
      void prepareWrite(key, next)
        .then((save) => {
          if (pending.current === next) prepared.current = { value: next, save };
        })
        .catch(() => undefined);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), SAVE_DELAY_MS);
    },
    [key, flush],
  );

  return { value, change };
}
