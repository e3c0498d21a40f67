import { useEffect, useState } from 'preact/hooks';
import { onLockChange } from '@/lib/lock/lock-session';
import { type LockState, lockState } from '@/lib/lock/lock-state';
import { onStoredChange } from '@/lib/storage/storage';

/** The lock's state, kept current as any Tend page or the worker locks, unlocks or changes it. */
export function useLock(): LockState | undefined {
  const [state, setState] = useState<LockState>();
  useEffect(() => {
    // Reads can finish out of order (one started before a lock, one after): only the newest counts,
    // or the view could show an older state and swap the unlock form out under the person typing.
    let newest = 0;
    const load = () => {
      const read = ++newest;
      void lockState().then((next) => {
        if (read === newest) setState(next);
      });
    };
    load();
    const stopLock = onLockChange(load);
    // Turning the lock on or off in another page rewrites the private records.
    const stopStore = onStoredChange(load);
    return () => {
      stopLock();
      stopStore();
    };
  }, []);
  return state;
}
