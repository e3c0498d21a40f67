import { useId, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { FormMessage } from '@/components/ui/FormMessage';
import { PassphraseField } from '@/components/ui/PassphraseField';
import { unlock } from '@/lib/lock/lock';

/** Asks for the passphrase; the guide stays readable without it. */
export function UnlockForm() {
  const [passphrase, setPassphrase] = useState('');
  const { feedback, busy, run } = useOperation();
  const ids = useId();

  const submit = (event: Event) => {
    event.preventDefault();
    void run(
      async () =>
        (await unlock(passphrase))
          ? undefined
          : { error: true, text: 'That passphrase is not right. Nothing was changed.' },
      'Checking…',
    );
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
