import { saveDrafts } from '@/components/hooks/use-draft';
import { useLock } from '@/components/hooks/use-lock';
import { lockNow } from '@/lib/lock/lock';

/** Locks once every draft on the page is saved, so nothing typed a moment ago is lost. */
export const lockAfterSaving = (): Promise<void> => saveDrafts().then(lockNow);

/** In the header while unlocked: locks the notes at once without leaving the page. */
export function LockButton() {
  const state = useLock();
  if (state !== 'unlocked') return null;
  return (
    <button type="button" class="lock-button" onClick={() => void lockAfterSaving()}>
      Lock
    </button>
  );
}
