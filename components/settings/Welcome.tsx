import { useOperation } from '@/components/hooks/use-operation';
import { useRegion } from '@/components/hooks/use-region';
import { useStored } from '@/components/hooks/use-stored';
import { FormMessage } from '@/components/ui/FormMessage';
import { keepPrivate } from '@/content/keep-private';
import { regionName } from '@/content/regions';
import { records } from '@/lib/storage/stored-schema';

/**
 * First run: asks the user to confirm or change the hotkey and exit page before relying on them,
 * and where they are, so their help lines come first; and says what the browser still shows of Tend.
 */
export function Welcome() {
  const done = useStored('firstRunDone');
  const exit = useStored('exitSettings');
  const region = useRegion();
  const { busy, feedback, run } = useOperation();
  // Shown until the confirmation is stored, not only shown as stored: a reload just after it goes
  // must not bring it back.
  if (!done.loaded || (done.value && !busy)) return null;

  const confirm = () =>
    run(async () => {
      // Confirming keeps the guess shown above, so it no longer changes with the browser's settings.
      if (!region.chosen) await region.save(region.region);
      await done.save(true);
      return undefined;
    });

  return (
    <section class="panel welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Tend</h2>
      <p>
        Before you rely on it, check your quick exit. Press the shortcut shown below, or any Quick exit button, and Tend
        leaves at once for <strong>{(exit.value ?? records.exitSettings.fallback).target}</strong>.
      </p>
      <p>
        Your region decides which help lines come first. Tend guessed <strong>{regionName(region.region)}</strong> from
        this browser’s time zone and language, here on your device.
        {region.region === 'uk' && ' Choose your part of the UK below.'}
      </p>
      <p>Change any of these below if you like, then confirm.</p>
      <button type="button" onClick={() => void confirm()} aria-describedby="welcome-message">
        These are right
      </button>
      <FormMessage id="welcome-message" feedback={feedback} />
      <h3>{keepPrivate.title}</h3>
      {keepPrivate.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}
