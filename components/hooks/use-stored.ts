import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { read, type StoredData, type StoredName, write } from '@/lib/storage/storage';
import { followStored, writeTracker } from './follow-stored';

export interface Stored<T> {
  /** Undefined until read; then what is stored, or the record's fallback. */
  value: T | undefined;
  /** True once read; a failed read leaves it false and says why in `error`. */
  loaded: boolean;
  /** Why the last read failed (a newer Tend's data, locked, cannot be opened), or undefined. */
  error: unknown;
  /**
   * Shows `value` at once (so a switch stays where the user put it) and saves it; when the save
   * fails, shows again what was there and rejects.
   */
  save(value: T): Promise<void>;
}

/** One stored value as component state; follows changes made in this view and Tend's others. */
export function useStored<K extends StoredName>(key: K): Stored<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>();
  // What is shown, read by save to put it back if the save fails.
  const shown = useRef<StoredData[K] | undefined>(undefined);
  const [writes] = useState(writeTracker);
  const show = useCallback((next: StoredData[K] | undefined) => {
    shown.current = next;
    setValue(next);
  }, []);

  useEffect(() => {
    let live = true;
    const load = () => {
      const fresh = writes.reading();
      void read(key).then(
        (stored) => {
          if (!live) return;
          if (fresh()) show(stored as StoredData[K] | undefined);
          setLoaded(true);
          setError(undefined);
        },
        (failed: unknown) => {
          if (live) setError(() => failed);
        },
      );
    };
    const stop = followStored(key, load);
    return () => {
      live = false;
      stop();
    };
  }, [key, show, writes]);

  const save = useCallback(
    async (next: StoredData[K]) => {
      const before = shown.current;
      show(next);
      try {
        await writes.track(() => write(key, next));
      } catch (error) {
        if (shown.current === next) show(before);
        throw error;
      }
    },
    [key, show, writes],
  );

  return { value, loaded, error, save };
}
