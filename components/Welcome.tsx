import { DEFAULT_EXIT_SETTINGS } from '@/lib/exit-settings';
import { useStored } from './use-stored';

/** First run: asks the user to confirm or change the hotkey and exit page before relying on them. */
export function Welcome() {
  const done = useStored('firstRunDone');
  const exit = useStored('exitSettings');
  if (!done.loaded || done.value) return null;
  return (
    <section class="panel welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Tend</h2>
      <p>
        Before you rely on it, check your quick exit. Press the shortcut shown below, or any Quick exit button, and Tend
        leaves at once for <strong>{(exit.value ?? DEFAULT_EXIT_SETTINGS).target}</strong>.
      </p>
      <p>Change either below if you like, then confirm.</p>
      <button type="button" onClick={() => void done.save(true)}>
        These are right
      </button>
    </section>
  );
}
