import { useId } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { FormMessage } from '@/components/ui/FormMessage';
import { Panel } from '@/components/ui/Panel';
import { Problem } from '@/components/ui/Problem';
import { NEUTRAL_TITLE } from '@/lib/browser/discreet';

/** The one switch for discreet mode; the background changes the toolbar button when it flips. */
export function DiscreetModeSetting() {
  const stored = useStored('discreetMode');
  const { feedback: message, run } = useOperation({ unchanged: true });
  const ids = useId();

  const toggle = (on: boolean) =>
    run(async () => {
      await stored.save(on);
      return {
        error: false,
        text: on ? `Discreet mode is on. The toolbar button now reads “${NEUTRAL_TITLE}”.` : 'Discreet mode is off.',
      };
    });

  if (stored.error) return <Problem title="Discreet mode" error={stored.error} />;
  if (!stored.loaded) return null;
  return (
    <Panel title="Discreet mode">
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
    </Panel>
  );
}
