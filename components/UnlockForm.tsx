import { useId, useState } from 'preact/hooks';
import { unlock } from '@/lib/lock';
import { type Feedback, FormMessage } from './FormMessage';
import { PassphraseField } from './PassphraseField';

/** Asks for the passphrase; the guide stays readable without it. */
export function UnlockForm() {
  const [passphrase, setPassphrase] = useState('');
  const [feedback, setFeedback] = useState<Feedback>();
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFeedback({ error: false, text: 'Checking…' });
    const right = await unlock(passphrase);
    setBusy(false);
    if (!right) setFeedback({ error: true, text: 'That passphrase is not right. Nothing was changed.' });
  };

  return (
    <form class="panel" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your notes are locked</h2>
      <PassphraseField
        id={`${ids}-passphrase`}
        label="Passphrase"
        autoComplete="current-password"
        value={passphrase}
        invalid={feedback?.error === true}
        describedBy={`${ids}-message ${ids}-hint`}
        onInput={setPassphrase}
      />
      <button type="submit" disabled={busy}>
        Unlock
      </button>
      <FormMessage id={`${ids}-message`} feedback={feedback} />
      <p class="hint" id={`${ids}-hint`}>
        Forgot it? Nobody can recover it, Tend included. The only way back is to wipe everything under “Your data”, then
        start again.
      </p>
    </form>
  );
}
