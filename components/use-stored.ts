import { useCallback, useEffect, useState } from 'preact/hooks';
import { onStoredChange, read, type StoredData, type StoredName, write } from '@/lib/storage';

export interface Stored<T> {
  /** Undefined until read; then what is stored, or the record's fallback. */
  value: T | undefined;
  loaded: boolean;
  save(value: T): Promise<void>;
}

/** One stored value as component state; follows changes made in this view and Tend's others. */
export function useStored<K extends StoredName>(key: K): Stored<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const load = () =>
      void read(key).then((stored) => {
        setValue(stored as StoredData[K] | undefined);
        setLoaded(true);
      });
    load();
    return onStoredChange((changed) => {
      if (changed === key) load();
    });
  }, [key]);

  const save = useCallback(
    async (next: StoredData[K]) => {
      await write(key, next);
      setValue(next);
    },
    [key],
  );

  return { value, loaded, save };
}
