import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { firefox } from '@/lib/firefox';
import { hasHotkey } from '@/lib/platform';
import { QUICK_EXIT_COMMAND } from '@/lib/quick-exit';
import { currentShortcut } from '@/lib/quick-exit-view';
import { checkShortcut, shortcutFromKeyPress } from '@/lib/shortcut';
import { type Feedback, FormMessage } from './FormMessage';
import { TextInput } from './PrivateText';

const isMac = /Mac/.test(navigator.platform);

/** The quick-exit hotkey where the browser has keyboard shortcuts; elsewhere, says there is none. */
export function ShortcutSettings() {
  return hasHotkey() ? <HotkeySettings /> : <NoHotkey />;
}

/** Firefox for Android, for one, has no extension shortcuts: the buttons are the way out there. */
function NoHotkey() {
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-title`} class="panel">
      <h2 id={`${ids}-title`}>Quick exit shortcut</h2>
      <p id="no-hotkey">
        This browser has no keyboard shortcuts for extensions, so there is no quick-exit hotkey here. Use the Quick exit
        button at the top of every Tend view instead.
      </p>
    </section>
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
      await firefox.commands.update?.({ name: QUICK_EXIT_COMMAND, shortcut: checked.shortcut });
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

  const openChromeShortcuts = () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

  return (
    <section aria-labelledby={`${ids}-title`} class="panel">
      <h2 id={`${ids}-title`}>Quick exit shortcut</h2>
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
          <button type="button" onClick={openChromeShortcuts}>
            Open Chrome’s shortcuts page
          </button>
        </>
      )}
    </section>
  );
}
