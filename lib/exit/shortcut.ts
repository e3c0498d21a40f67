/**
 * Keyboard shortcuts in the form the commands API takes ("Alt+Shift+Q"), and the rules both
 * browsers apply, so a bad one gets a clear message before `commands.update` is tried.
 */
import type { Result } from '@/lib/checks';

const PRIMARY = ['Alt', 'Ctrl', 'Command', 'MacCtrl'] as const;
const MODIFIERS = new Set<string>([...PRIMARY, 'Shift']);
const NAMED_KEYS = new Set([
  'Comma',
  'Period',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Space',
  'Insert',
  'Delete',
  'Up',
  'Down',
  'Left',
  'Right',
]);

export function isValidKey(key: string): boolean {
  return /^[A-Z0-9]$/.test(key) || /^F([1-9]|1[0-2])$/.test(key) || NAMED_KEYS.has(key);
}

export function checkShortcut(shortcut: string): Result<{ shortcut: string }> {
  const parts = shortcut.split('+').map((part) => part.trim());
  const key = parts.pop() ?? '';
  const modifiers = parts;
  if (!key || MODIFIERS.has(key))
    return { ok: false, error: 'Finish the shortcut with a letter, number or key, not only modifier keys.' };
  if (!isValidKey(key))
    return {
      ok: false,
      error: `“${key}” can't be used in a shortcut. Use a letter, a number, F1–F12 or a key such as Home.`,
    };
  const unknown = modifiers.find((modifier) => !MODIFIERS.has(modifier));
  if (unknown !== undefined) return { ok: false, error: `“${unknown}” is not a modifier key. Use Alt, Ctrl or Shift.` };
  if (new Set(modifiers).size !== modifiers.length)
    return { ok: false, error: 'Each modifier key can appear only once.' };
  const primaries = modifiers.filter((modifier) => modifier !== 'Shift');
  if (primaries.length === 0)
    return { ok: false, error: 'A shortcut needs Alt or Ctrl, so that it does not fire while you type.' };
  if (modifiers.length > 2) return { ok: false, error: 'Use at most two modifier keys, for example Alt+Shift.' };
  if (primaries.includes('Ctrl') && primaries.includes('Alt')) {
    return {
      ok: false,
      error: 'Ctrl+Alt can clash with typing accented letters (AltGr). Pick Alt+Shift or Ctrl+Shift instead.',
    };
  }
  return { ok: true, shortcut: [...modifiers, key].join('+') };
}

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const CODE_NAMES: Record<string, string> = {
  Comma: 'Comma',
  Period: 'Period',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Space: 'Space',
  Insert: 'Insert',
  Delete: 'Delete',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/**
 * The shortcut a key press stands for, or undefined while only modifiers are held. Uses the
 * physical key (`code`), so Alt+Shift+Q reads as "Q" even where Alt changes the typed character.
 */
export function shortcutFromKeyPress(press: KeyPress, isMac: boolean): string | undefined {
  const key = /^Key[A-Z]$/.test(press.code)
    ? press.code.slice(3)
    : /^Digit\d$/.test(press.code)
      ? press.code.slice(5)
      : /^F\d{1,2}$/.test(press.code)
        ? press.code
        : CODE_NAMES[press.code];
  if (key === undefined) return undefined;
  const modifiers = [
    press.altKey && 'Alt',
    press.ctrlKey && (isMac ? 'MacCtrl' : 'Ctrl'),
    press.metaKey && isMac && 'Command',
    press.shiftKey && 'Shift',
  ].filter((modifier): modifier is string => typeof modifier === 'string');
  return [...modifiers, key].join('+');
}

const ARIA_NAMES: Record<string, string> = {
  Ctrl: 'Control',
  MacCtrl: 'Control',
  Command: 'Meta',
  '⌃': 'Control',
  '⌥': 'Alt',
  '⇧': 'Shift',
  '⌘': 'Meta',
};

/**
 * A shortcut as the browser shows it ("Ctrl+Shift+Q", or macOS's "⌥⇧Q") in the form
 * `aria-keyshortcuts` takes ("Control+Shift+Q"); undefined when it cannot be read.
 */
export function ariaKeyShortcuts(shortcut: string): string | undefined {
  const parts = shortcut.includes('+') ? shortcut.split('+') : (shortcut.match(/[⌃⌥⇧⌘]|[^⌃⌥⇧⌘]+/gu) ?? []);
  const names = parts.map((part) => ARIA_NAMES[part.trim()] ?? part.trim());
  return names.length > 1 && names.every((name) => /^[A-Za-z0-9]+$/.test(name)) ? names.join('+') : undefined;
}
