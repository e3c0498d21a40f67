import { useId } from 'preact/hooks';
import { sendMessage } from '@/lib/messages';
import { ariaKeyShortcuts } from '@/lib/shortcut';
import { useQuickExitShortcut } from './use-shortcut';

/**
 * Leaves at once for a neutral page; the background does the leaving, then this view closes.
 * Screen readers hear what it does and its hotkey; the hotkey shows beside it where there is room.
 */
export function QuickExitButton() {
  const shortcut = useQuickExitShortcut();
  const about = useId();
  const exit = () => {
    void sendMessage({ type: 'quick-exit' }).finally(() => window.close());
  };
  return (
    <div class="quick-exit-box">
      <button
        type="button"
        class="quick-exit"
        onClick={exit}
        aria-describedby={about}
        aria-keyshortcuts={shortcut ? ariaKeyShortcuts(shortcut) : undefined}
      >
        Quick exit
      </button>
      <span id={about} class="quick-exit-about">
        <span class="visually-hidden">Leaves at once for your neutral page and closes this view. </span>
        {shortcut && (
          <span class="quick-exit-key">
            <span class="visually-hidden">Shortcut: </span>
            <kbd>{shortcut}</kbd>
          </span>
        )}
      </span>
    </div>
  );
}
