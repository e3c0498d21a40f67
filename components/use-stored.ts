import { useCallback, useEffect, useState } from 'preact/hooks';
import { onStoredChange, read, type StoredData, write } from '@/lib/storage';

// Tells the other hooks on this page holding the same key: the storage channel skips its sender.
const savedHere = new EventTarget();

/** Writes a value and tells this page's hooks holding its key (for a write made outside them). */
export async function saveStored<K extends keyof StoredData>(key: K, value: StoredData[K]): Promise<void> {
  await write(key, value);
  savedHere.dispatchEvent(new CustomEvent('saved', { detail: key }));
}

export interface Stored<T> {
  /** Undefined until read, and when nothing is stored. */
  value: T | undefined;
  loaded: boolean;
  save(value: T): Promise<void>;
}

/** One stored value as component state; follows changes made in Tend's other views. */
export function useStored<K extends keyof StoredData>(key: K): Stored<StoredData[K]> {
  const [value, setValue] = useState<StoredData[K]>();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const load = () =>
      void read(key).then((stored) => {
        setValue(stored);
        setLoaded(true);
      });
    load();
    const onSavedHere = (event: Event) => {
      if ((event as CustomEvent<string>).detail === key) load();
    };
    savedHere.addEventListener('saved', onSavedHere);
    const stop = onStoredChange((changed) => {
      if (changed === key) load();
    });
    return () => {
      stop();
      savedHere.removeEventListener('saved', onSavedHere);
    };
  }, [key]);

  const save = useCallback(
    async (next: StoredData[K]) => {
      await saveStored(key, next);
      setValue(next);
    },
    [key],
  );

  return { value, loaded, save };
}
