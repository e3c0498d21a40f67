import { useEffect, useId, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { FormMessage } from '@/components/ui/FormMessage';
import { Panel } from '@/components/ui/Panel';
import { TextInput } from '@/components/ui/PrivateText';
import { Problem } from '@/components/ui/Problem';
import { type OptionalPermission, setOptionalPermission } from '@/lib/browser/permissions';
import { checkExitUrl, type ExitMode, type ExitSettings } from '@/lib/exit/exit-settings';
import { records } from '@/lib/storage/stored-schema';

/** Where the browser keeps closed tabs, and whether Tend can remove them from there. */
const RECENTLY_CLOSED = import.meta.env.FIREFOX
  ? 'A closed tab stays in Firefox’s “Recently closed tabs” unless you let Tend remove it (below). A page that asks you to confirm before you leave it is not closed: Firefox would bring it back to the front to ask, so it stays open behind the exit page.'
  : 'A closed tab stays in Chrome’s “Recently closed” list (History menu): no extension can remove it from there.';

// Closing the tab is Tend's adaptation of website exit buttons, which typically replace the page
// (Turk and Hutchings, "Click Here to Exit: An Evaluation of Quick Exit Buttons", ACM CHI 2023,
// https://doi.org/10.1145/3544548.3581078, checked 2026-11-30): a website cannot close its tab.
const MODES: { value: ExitMode; label: string; hint: string }[] = [
  {
    value: 'close-private-tabs',
    label: 'Close the tab, and every tab on your private sites, and open the exit page in a new tab',
    hint: `Leaves no page to go Back to. Anything not yet sent or saved in those tabs, like a half-written message, is lost. ${RECENTLY_CLOSED} Your private sites are the ones under My sites; until you add one, only the tab you are on is closed.`,
  },
  {
    value: 'replace-tab',
    label: 'Replace the page you are on with the exit page',
    hint: 'Your tabs stay open, but the page you left is one Back away: pressing Back in that tab shows it again.',
  },
];

/** Shown once to someone who used Tend before closing the tab was the default: offers it, or keeps what they have. */
function ExitModeOffer({ onChoose }: { onChoose(useClosing: boolean): void }) {
  const offer = useStored('exitModeOffer');
  const title = useId();
  if (offer.value !== true) return null;
  const choose = (useClosing: boolean) => {
    onChoose(useClosing);
    void offer.save(false);
  };
  return (
    <section class="welcome" aria-labelledby={title}>
      <h3 id={title}>Quick exit can now leave nothing to go Back to</h3>
      <p>
        Right now Quick exit replaces the page you are on, so pressing Back shows it again. It can close the tab
        instead, with your other private tabs, and open the exit page in a new tab.
      </p>
      <div class="row">
        <button type="button" onClick={() => choose(true)}>
          Close the tab when I exit
        </button>
        <button type="button" onClick={() => choose(false)}>
          Keep replacing the page
        </button>
      </div>
    </section>
  );
}

export function ExitSettingsForm() {
  const stored = useStored('exitSettings');
  const settings = stored.value ?? records.exitSettings.fallback;
  const [target, setTarget] = useState(settings.target);
  const targetOperation = useOperation({ unchanged: true });
  const message = targetOperation.feedback;
  const ids = useId();

  useEffect(() => setTarget(settings.target), [settings.target]);

  const update = (change: Partial<ExitSettings>) => stored.save({ ...settings, ...change });

  const saveTarget = (event: Event) => {
    event.preventDefault();
    void targetOperation.run(async () => {
      const checked = checkExitUrl(target);
      if (!checked.ok) return { error: true, text: checked.error };
      await update({ target: checked.url });
      setTarget(checked.url);
      return { error: false, text: `Saved. Quick exit now goes to ${checked.url}` };
    });
  };

  // The mode and the boxes below: a save refused is said under them.
  const choices = useOperation({ unchanged: true });
  const choose = (change: Partial<ExitSettings>) =>
    void choices.run(async () => {
      await update(change);
      return undefined;
    });
  const togglePermission = (
    permission: OptionalPermission,
    key: 'deleteHistory' | 'forgetClosedTabs',
    box: HTMLInputElement,
  ) => {
    const on = box.checked;
    const undo = () => {
      box.checked = !on;
    };
    void choices
      .run(async () => {
        let granted: boolean;
        try {
          granted = await setOptionalPermission(permission, on);
        } catch {
          // A browser without the API (Firefox for Android has neither history nor sessions) refuses it.
          undo();
          return { error: true, text: 'This browser does not let Tend do this. Nothing was changed.' };
        }
        await update({ [key]: granted });
        return undefined;
      })
      .then((saved) => saved || undo());
  };

  if (stored.error) return <Problem title="What quick exit does" error={stored.error} />;
  if (!stored.loaded) return null;
  return (
    <Panel title="What quick exit does">
      <form onSubmit={saveTarget} noValidate>
        <label for={`${ids}-target`}>Exit page</label>
        <p class="hint" id={`${ids}-target-hint`}>
          A harmless public page that shows nothing personal, such as a weather or news page.
        </p>
        <div class="row">
          <TextInput
            id={`${ids}-target`}
            type="url"
            inputMode="url"
            value={target}
            aria-invalid={message?.error === true}
            aria-describedby={`${ids}-target-hint ${ids}-target-message`}
            onInput={(event) => setTarget(event.currentTarget.value)}
          />
          <button type="submit">Save</button>
        </div>
        <FormMessage id={`${ids}-target-message`} feedback={message} />
      </form>

      {settings.mode === 'replace-tab' && (
        <ExitModeOffer
          onChoose={(useClosing) => {
            if (useClosing) void update({ mode: 'close-private-tabs' });
          }}
        />
      )}
      <fieldset>
        <legend>When you exit</legend>
        {MODES.map((mode) => (
          <label key={mode.value} class="choice">
            <input
              type="radio"
              name="exit-mode"
              value={mode.value}
              checked={settings.mode === mode.value}
              onChange={() => choose({ mode: mode.value })}
            />
            <span>
              {mode.label}
              <span class="hint"> {mode.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Also</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.closeTendViews}
            onChange={(event) => choose({ closeTendViews: event.currentTarget.checked })}
          />
          <span>Close Tend’s own windows: the popup, the side panel and settings tabs</span>
        </label>
        {import.meta.env.FIREFOX ? (
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.forgetClosedTabs}
              onChange={(event) => void togglePermission('sessions', 'forgetClosedTabs', event.currentTarget)}
            />
            <span>Remove the closed tabs from “Recently closed” (Firefox asks for permission)</span>
          </label>
        ) : (
          <p class="hint">
            Chrome does not let extensions remove tabs from “Recently closed”: tabs closed by an exit can be reopened
            from Chrome’s History menu.
          </p>
        )}
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.deleteHistory}
            onChange={(event) => void togglePermission('history', 'deleteHistory', event.currentTarget)}
          />
          <span>Delete the pages you leave from your browsing history (the browser asks for permission)</span>
        </label>
        <FormMessage id={`${ids}-permission-message`} feedback={choices.feedback} />
      </fieldset>
    </Panel>
  );
}
