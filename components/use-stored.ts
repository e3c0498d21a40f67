import { useCallback, useEffect, useState } from 'preact/hooks';
import { onStoredChange, read, type StoredData, type StoredName, write } from '@/lib/storage';

export interface Stored<T> {
  /** Undefined until read; then what is stored, or the record's fallback. */
  value: T | undefined;
  /** True once read; a failed read leaves it false and says why in `error`. */
  loaded: boolean;
  /** Why the last read failed (a newer Tend's data, locked, cannot be opened), or undefined. */
  error: unknown;
  /** Saves and shows `value`; rejects, changing nothing shown, when the save fails. */
  save(value: T): Promise<void>;
}

/** One stored value as component state; follows changes made in this view and Tend's others. */
export function useStored<K extends StoredName>(key: K): Stored<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let live = true;
    const load = () =>
      void read(key).then(
        (stored) => {
          if (!live) return;
          setValue(stored as StoredData[K] | undefined);
          setLoaded(true);
          setError(undefined);
        },
        (failed: unknown) => {
          if (live) setError(() => failed);
        },
      );
    load();
    const stop = onStoredChange((changed) => {
      if (changed === key) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [key]);

  const save = useCallback(
    async (next: StoredData[K]) => {
      await write(key, next);
      setValue(next);
    },
    [key],
  );

  return { value, loaded, error, save };
}
