import { useEffect, useId, useState } from 'preact/hooks';
import { type Feedback, FormMessage } from '@/components/ui/FormMessage';
import { Panel } from '@/components/ui/Panel';
import { TextInput } from '@/components/ui/PrivateText';
import { hasHotkey } from '@/lib/browser/platform';
import { openChromeShortcuts, setQuickExitShortcut } from '@/lib/exit/hotkey';
import { currentShortcut } from '@/lib/exit/quick-exit-view';
import { checkShortcut, shortcutFromKeyPress } from '@/lib/exit/shortcut';

const isMac = /Mac/.test(navigator.platform);

/** The quick-exit hotkey where the browser has keyboard shortcuts; elsewhere, says there is none. */
export function ShortcutSettings() {
  return hasHotkey() ? <HotkeySettings /> : <NoHotkey />;
}

/** Firefox for Android, for one, has no extension shortcuts: the buttons are the way out there. */
function NoHotkey() {
  return (
    <Panel title="Quick exit shortcut">
      <p id="no-hotkey">
        This browser has no keyboard shortcuts for extensions, so there is no quick-exit hotkey here. Use the Quick exit
        button at the top of every Tend view instead.
      </p>
    </Panel>
  );
}

/** Shows the quick-exit hotkey; Firefox lets Tend change it, Chrome only from its own page. */
function HotkeySettings() {
  const [shortcut, setShortcut] = useState<string>();
  const [recorded, setRecorded] = useState('');
  const [message, setMessage] = useState<Feedback>();
  const ids = useId();

  useEffect(() => {
    void currentShortcut().then(setShortcut);
  }, []);

  const record = (event: KeyboardEvent) => {
    if (event.key === 'Tab') return;
    event.preventDefault();
    const next = shortcutFromKeyPress(event, isMac);
    if (next) setRecorded(next);
  };

  const apply = async (event: Event) => {
    event.preventDefault();
    const checked = checkShortcut(recorded);
    if (!checked.ok) {
      setMessage({ error: true, text: checked.error });
      return;
    }
    try {
      await setQuickExitShortcut(checked.shortcut);
      setShortcut(await currentShortcut());
      setMessage({ error: false, text: `Saved. Quick exit is now ${checked.shortcut}.` });
    } catch {
      // Firefox's own reason is written for developers; the person needs what to try next.
      setMessage({
        error: true,
        text: `Firefox did not accept ${checked.shortcut}. Try another combination, for example Alt+Shift and a letter. Nothing was changed.`,
      });
    }
  };

  return (
    <Panel title="Quick exit shortcut">
      <p>
        Current shortcut: <kbd id="current-shortcut">{shortcut === undefined ? '…' : shortcut || 'not set'}</kbd>
      </p>
      <p class="hint">
        It works in every tab, even when Tend is closed. The Quick exit button in each Tend view does the same.
      </p>
      {import.meta.env.FIREFOX ? (
        <form onSubmit={apply} noValidate>
          <label for={`${ids}-record`}>New shortcut</label>
          <p class="hint" id={`${ids}-hint`}>
            Click the box and press the keys together, for example Alt+Shift+Q.
          </p>
          <div class="row">
            <TextInput
              id={`${ids}-record`}
              readOnly
              value={recorded}
              onKeyDown={record}
              aria-describedby={`${ids}-hint ${ids}-message`}
              aria-invalid={message?.error === true}
            />
            <button type="submit">Use this shortcut</button>
          </div>
          <FormMessage id={`${ids}-message`} feedback={message} />
        </form>
      ) : (
        <>
          <p>
            Chrome sets extension shortcuts on its own page. Find Tend there and click the pencil next to Quick exit.
          </p>
          <button type="button" onClick={() => void openChromeShortcuts()}>
            Open Chrome’s shortcuts page
          </button>
        </>
      )}
    </Panel>
  );
}
