import { useId } from 'preact/hooks';
import type { Draft } from '@/components/hooks/use-draft';
import { inWords } from '@/lib/error-words';
import { FormMessage } from './FormMessage';

/**
 * An autosaving tool's save line: "Saved." said quietly when a save lands; "Not saved" with the
 * reason and a way to try again when one fails. Stays where it can be seen while it reports a failure.
 */
export function SaveStatus({ draft }: { draft: Pick<Draft<unknown>, 'saving' | 'retry'> }) {
  const id = useId();
  const failed = draft.saving?.saved === false ? draft.saving : undefined;
  const feedback = failed
    ? { error: true, text: `Not saved. ${inWords(failed.error)} What you typed is kept here.` }
    : draft.saving?.saved
      ? { error: false, text: 'Saved.' }
      : undefined;
  return (
    <div class={failed ? 'save-status failed' : 'save-status'}>
      <FormMessage id={id} feedback={feedback} />
      {failed && (
        <button type="button" onClick={draft.retry} aria-describedby={id}>
          Try saving again
        </button>
      )}
    </div>
  );
}
