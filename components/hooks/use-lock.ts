import { useEffect, useState } from 'preact/hooks';
import { onLockChange } from '@/lib/lock/lock-session';
import { type LockState, lockState } from '@/lib/lock/lock-state';
import { onStoredChange } from '@/lib/storage/storage';

/** The lock's state, kept current as any Tend page or the worker locks, unlocks or changes it. */
export function useLock(): LockState | undefined {
  const [state, setState] = useState<LockState>();
  useEffect(() => {
    const load = () => void lockState().then(setState);
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
