import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { handOver, storeDrafts } from '@/lib/draft-handover';
import { onStoredChange, read, type StoredData, write } from '@/lib/storage';

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
 * or closed, so closing the side panel mid-sentence loses nothing.
 */
export function useDraft<K extends keyof StoredData>(key: K, empty: StoredData[K]): Draft<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const pending = useRef<StoredData[K] | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Saves what is waiting: directly, or handed over (lib/draft-handover) when the page is going away. */
  const flush = useCallback(
    (closing = false): Promise<unknown> => {
      clearTimeout(timer.current);
      if (pending.current === undefined) return Promise.resolve();
      const next = pending.current;
      pending.current = undefined;
      if (!closing) return write(key, next);
      handOver(key, next);
      return Promise.resolve();
    },
    [key],
  );

  useEffect(() => {
    // Another view's change is taken in only when nothing typed here is still waiting to be saved.
    const show = (stored: StoredData[K] | undefined) => {
      if (pending.current === undefined) setValue(stored ?? empty);
    };
    // Text a view closing just now handed over (this page's own previous life, on a reload) is
    // stored before the first read, so the form shows it.
    void storeDrafts()
      .catch(() => undefined)
      .then(() => read(key))
      .then(show);
    const unsubscribe = onStoredChange((changed) => {
      if (changed === key) void read(key).then(show);
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
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  return { value, change };
}
