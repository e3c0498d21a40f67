import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkExitUrl, type ExitMode, type ExitSettings } from '@/lib/exit-settings';
import { records } from '@/lib/stored-schema';
import { FormMessage } from './FormMessage';
import { TextInput } from './PrivateText';
import { Problem } from './Problem';
import { useOperation } from './use-operation';
import { useStored } from './use-stored';

type OptionalPermission = 'history' | 'sessions';

/** Asks for (or gives back) an optional permission; must run inside the click that asked. */
async function setPermission(permission: OptionalPermission, wanted: boolean): Promise<boolean> {
  const permissions = { permissions: [permission] } as never;
  if (wanted) return browser.permissions.request(permissions);
  await browser.permissions.remove(permissions);
  return false;
}

const MODES: { value: ExitMode; label: string; hint: string }[] = [
  { value: 'replace-tab', label: 'Replace the page you are on', hint: 'Back still returns to that page.' },
  {
    value: 'close-private-tabs',
    label: 'Close the tab and every tab on your private sites, then open the exit page',
    hint: 'Leaves nothing to go Back to. Your private sites are the ones under My sites; until you add one, only the tab you are on is closed.',
  },
];

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
          granted = await setPermission(permission, on);
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
    <section aria-labelledby={`${ids}-title`} class="panel">
      <h2 id={`${ids}-title`}>What quick exit does</h2>
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
    </section>
  );
}
