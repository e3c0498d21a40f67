import { useId, useState } from 'preact/hooks';
import { useLock } from '@/components/hooks/use-lock';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { lockAfterSaving } from '@/components/lock/LockButton';
import { UnlockForm } from '@/components/lock/UnlockForm';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { Panel } from '@/components/ui/Panel';
import { PassphraseField } from '@/components/ui/PassphraseField';
import { hasIdle } from '@/lib/browser/platform';
import { AUTO_LOCK_CHOICES } from '@/lib/lock/auto-lock';
import { newPassphraseProblem } from '@/lib/lock/crypto';
import { change, turnOff, turnOn } from '@/lib/lock/lock';
import { records } from '@/lib/storage/stored-schema';

const choiceLabel = (minutes: number) =>
  minutes === 0
    ? 'Never: only when the browser closes or on quick exit'
    : `After ${minutes} minute${minutes === 1 ? '' : 's'}`;

/** Problems with a new passphrase and its repeat, as a refusal, or undefined when both are fine. */
function newProblem(next: string, repeat: string): Feedback | undefined {
  const problem = newPassphraseProblem(next) ?? (next === repeat ? undefined : 'The two passphrases are not the same.');
  return problem ? { error: true, text: `${problem} Nothing was changed.` } : undefined;
}

/** The passphrase lock: on, off, change, lock now, and when to lock by itself. */
export function LockSettings() {
  const state = useLock();
  if (state === undefined) return null;
  return (
    <Panel title="Passphrase lock">
      <p>
        With a passphrase, your plans and journal are stored encrypted, so someone who opens this browser cannot read
        them. The guide stays readable. Settings such as the exit page stay readable too, so quick exit always works.
      </p>
      {state === 'off' && <TurnOn />}
      {state === 'locked' && <UnlockForm />}
      {state === 'unlocked' && <Unlocked />}
    </Panel>
  );
}

function TurnOn() {
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { feedback, busy, run } = useOperation();
  const ids = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const problem = newProblem(next, repeat);
      if (problem) return problem;
      await turnOn(next);
      return undefined;
    }, 'Encrypting your notes…');
  };
  return (
    <form onSubmit={submit} noValidate>
      <PassphraseField
        id={`${ids}-new`}
        label="New passphrase"
        autoComplete="new-password"
        value={next}
        describedBy={`${ids}-warning ${ids}-message`}
        invalid={feedback?.error}
        onInput={setNext}
      />
      <PassphraseField
        id={`${ids}-repeat`}
        label="The same passphrase again"
        autoComplete="new-password"
        value={repeat}
        invalid={feedback?.error}
        onInput={setRepeat}
      />
      <p class="hint" id={`${ids}-warning`}>
        If you forget it, nobody can recover your notes, Tend included: the only way back is to wipe them.
      </p>
      <button type="submit" disabled={busy}>
        Turn on the lock
      </button>
      <FormMessage id={`${ids}-message`} feedback={feedback} />
    </form>
  );
}

function Unlocked() {
  const minutes = useStored('autoLockMinutes');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const changing = useOperation();
  const [offPassphrase, setOffPassphrase] = useState('');
  const off = useOperation();
  // Lock now and the idle time: rarely refused, but a refusal is said, not swallowed.
  const locking = useOperation();
  const ids = useId();

  const submitChange = (event: Event) => {
    event.preventDefault();
    void changing.run(async () => {
      const problem = newProblem(next, repeat);
      if (problem) return problem;
      if (!(await change(current, next))) {
        return { error: true, text: 'The current passphrase is not right. Nothing was changed.' };
      }
      setCurrent('');
      setNext('');
      setRepeat('');
      return { error: false, text: 'Passphrase changed.' };
    }, 'Re-encrypting your notes…');
  };
  const submitOff = (event: Event) => {
    event.preventDefault();
    void off.run(
      async () =>
        (await turnOff(offPassphrase))
          ? undefined
          : { error: true, text: 'That passphrase is not right. The lock stays on.' },
      'Decrypting your notes…',
    );
  };

  return (
    <>
      <button
        type="button"
        aria-describedby={`${ids}-auto-message`}
        onClick={() => void locking.run(() => lockAfterSaving().then(() => undefined))}
      >
        Lock now
      </button>
      {hasIdle() ? (
        <div class="field">
          <label for={`${ids}-auto`}>Lock by itself when the computer is left idle</label>
          <select
            id={`${ids}-auto`}
            value={minutes.value ?? records.autoLockMinutes.fallback}
            aria-describedby={`${ids}-auto-message`}
            onChange={(event) => {
              const chosen = Number(event.currentTarget.value);
              void locking.run(() => minutes.save(chosen).then(() => undefined));
            }}
          >
            {AUTO_LOCK_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choiceLabel(choice)}
              </option>
            ))}
          </select>
          <p class="hint">Tend also locks when the screen locks, when the browser closes and on quick exit.</p>
        </div>
      ) : (
        <p class="hint">
          This browser does not tell Tend when the device is left idle, so Tend cannot lock by itself after a while. It
          locks when you press Lock now, when the browser closes and on quick exit.
        </p>
      )}
      <FormMessage id={`${ids}-auto-message`} feedback={locking.feedback} />

      <form onSubmit={submitChange} noValidate aria-labelledby={`${ids}-change`}>
        <h3 id={`${ids}-change`}>Change the passphrase</h3>
        <PassphraseField
          id={`${ids}-current`}
          label="Current passphrase"
          autoComplete="current-password"
          value={current}
          onInput={setCurrent}
        />
        <PassphraseField
          id={`${ids}-next`}
          label="New passphrase"
          autoComplete="new-password"
          value={next}
          describedBy={`${ids}-change-message`}
          invalid={changing.feedback?.error}
          onInput={setNext}
        />
        <PassphraseField
          id={`${ids}-repeat`}
          label="The new passphrase again"
          autoComplete="new-password"
          value={repeat}
          onInput={setRepeat}
        />
        <button type="submit" disabled={changing.busy}>
          Change passphrase
        </button>
        <FormMessage id={`${ids}-change-message`} feedback={changing.feedback} />
      </form>

      <form onSubmit={submitOff} noValidate aria-labelledby={`${ids}-off`}>
        <h3 id={`${ids}-off`}>Turn off the lock</h3>
        <PassphraseField
          id={`${ids}-off-passphrase`}
          label="Passphrase"
          autoComplete="current-password"
          value={offPassphrase}
          describedBy={`${ids}-off-message`}
          invalid={off.feedback?.error}
          onInput={setOffPassphrase}
        />
        <button type="submit" disabled={off.busy}>
          Turn off the lock
        </button>
        <FormMessage id={`${ids}-off-message`} feedback={off.feedback} />
      </form>
    </>
  );
}
