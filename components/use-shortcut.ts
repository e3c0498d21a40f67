import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasHotkey } from '@/lib/platform';
import { QUICK_EXIT_COMMAND } from '@/lib/quick-exit';

/** The quick-exit hotkey as the browser reports it ("Alt+Shift+Q"); '' when none is set. */
export async function currentShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === QUICK_EXIT_COMMAND)?.shortcut ?? '';
}

/** The quick-exit hotkey, or '' where there is none (unset, or no shortcuts in this browser). */
export function useQuickExitShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    if (hasHotkey()) void currentShortcut().then(setShortcut, () => setShortcut(''));
  }, []);
  return shortcut;
}
