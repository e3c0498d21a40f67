import { lockNow } from '@/lib/lock';
import { saveDrafts } from './use-draft';
import { useLock } from './use-lock';

/** In the header while unlocked: locks the notes at once without leaving the page. */
export function LockButton() {
  const state = useLock();
  if (state !== 'unlocked') return null;
  return (
    <button type="button" class="lock-button" onClick={() => void saveDrafts().then(lockNow)}>
      Lock
    </button>
  );
}
