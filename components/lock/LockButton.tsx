import { saveDrafts } from '@/components/hooks/use-draft';
import { useLock } from '@/components/hooks/use-lock';
import { useOperation } from '@/components/hooks/use-operation';
import { FormMessage } from '@/components/ui/FormMessage';
import { inWords } from '@/lib/error-words';
import { lockNow } from '@/lib/lock/lock';

/** Locks once every draft on the page is saved, so nothing typed a moment ago is lost. */
export const lockAfterSaving = (): Promise<void> => saveDrafts().then(lockNow);

/** In the header while unlocked: locks the notes at once without leaving the page. */
export function LockButton() {
  const state = useLock();
  const { busy, feedback, run } = useOperation();
  if (state !== 'unlocked') return null;
  // Someone who pressed Lock must never be left thinking the notes are locked when they are not.
  const lock = () =>
    void run(() =>
      lockAfterSaving().then(
        () => undefined,
        (error: unknown) => ({ error: true, text: `Your notes are not locked. ${inWords(error)}` }),
      ),
    );
  return (
    <>
      <button type="button" class="lock-button" disabled={busy} aria-describedby="lock-message" onClick={lock}>
        Lock
      </button>
      <FormMessage id="lock-message" feedback={feedback} />
    </>
  );
}
