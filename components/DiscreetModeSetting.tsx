import { useId, useState } from 'preact/hooks';
import { NEUTRAL_TITLE } from '@/lib/discreet';
import { type Feedback, FormMessage } from './FormMessage';
import { useStored } from './use-stored';

/** The one switch for discreet mode; the background changes the toolbar button when it flips. */
export function DiscreetModeSetting() {
  const stored = useStored('discreetMode');
  const [message, setMessage] = useState<Feedback>();
  const ids = useId();

  const toggle = async (on: boolean) => {
    try {
      await stored.save(on);
      setMessage({
        error: false,
        text: on ? `Discreet mode is on. The toolbar button now reads “${NEUTRAL_TITLE}”.` : 'Discreet mode is off.',
      });
    } catch (error) {
      setMessage({ error: true, text: `Could not save: ${(error as Error).message}. Nothing changed.` });
    }
  };

  if (!stored.loaded) return null;
  return (
    <section aria-labelledby={`${ids}-title`} class="panel">
      <h2 id={`${ids}-title`}>Discreet mode</h2>
      <label class="choice">
        <input
          type="checkbox"
          role="switch"
          checked={stored.value === true}
          aria-checked={stored.value === true}
          aria-describedby={`${ids}-hint ${ids}-message`}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        <span>Look like a plain notes tool</span>
      </label>
      <p class="hint" id={`${ids}-hint`}>
        The toolbar button shows a grey note icon and the name “{NEUTRAL_TITLE}” with no badge, Tend’s pages are titled
        “{NEUTRAL_TITLE}” and “Settings”, and reminders use the plain icon. Your browser’s own list of extensions still
        shows the name Tend.
      </p>
      <FormMessage id={`${ids}-message`} feedback={message} />
    </section>
  );
}
