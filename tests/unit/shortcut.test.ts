import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, checkShortcut, type KeyPress, shortcutFromKeyPress } from '@/lib/exit/shortcut';

describe('checkShortcut', () => {
  it.each([
    'Alt+Shift+Q',
    'Ctrl+Shift+Period',
    'Alt+9',
    'Ctrl+F5',
    'Command+Shift+Y',
    'MacCtrl+Shift+Left',
    'Alt+Space',
  ])('accepts %s', (shortcut) => {
    expect(checkShortcut(shortcut)).toEqual({ ok: true, shortcut });
  });

  it('trims spaces around the parts', () => {
    expect(checkShortcut(' Alt + Shift + Q ')).toEqual({ ok: true, shortcut: 'Alt+Shift+Q' });
  });

  it.each([
    ['', /Finish the shortcut/],
    ['Alt+Shift', /Finish the shortcut/],
    ['Q', /needs Alt or Ctrl/],
    ['Shift+Q', /needs Alt or Ctrl/],
    ['Alt+q', /can't be used/],
    ['Alt+Escape', /can't be used/],
    ['Alt+F13', /can't be used/],
    ['Hyper+Q', /not a modifier/],
    ['Alt+Alt+Q', /only once/],
    ['Alt+Shift+Command+Q', /at most two/],
    ['Ctrl+Alt+Q', /AltGr/],
  ])('refuses %j', (shortcut, error) => {
    const result = checkShortcut(shortcut);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('shortcutFromKeyPress', () => {
  const press = (code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
    key: '',
    code,
    altKey: false,
    ctrlKey: false,
    shiftKey: false,
    metaKey: false,
    ...mods,
  });

  it.each([
    [press('KeyQ', { altKey: true, shiftKey: true }), false, 'Alt+Shift+Q'],
    [press('Digit7', { ctrlKey: true }), false, 'Ctrl+7'],
    [press('Period', { ctrlKey: true, shiftKey: true }), false, 'Ctrl+Shift+Period'],
    [press('ArrowLeft', { altKey: true }), false, 'Alt+Left'],
    [press('F5'), false, 'F5'],
    [press('KeyY', { ctrlKey: true }), true, 'MacCtrl+Y'],
    [press('KeyY', { metaKey: true, shiftKey: true }), true, 'Command+Shift+Y'],
  ])('%j (mac: %s) -> %s', (keyPress, isMac, expected) => {
    expect(shortcutFromKeyPress(keyPress, isMac)).toBe(expected);
  });

  it('waits while only modifiers are held', () => {
    expect(shortcutFromKeyPress(press('ShiftLeft', { shiftKey: true }), false)).toBeUndefined();
    expect(shortcutFromKeyPress(press('AltLeft', { altKey: true }), false)).toBeUndefined();
  });
});

describe('ariaKeyShortcuts', () => {
  it('names modifiers the way aria-keyshortcuts does', () => {
    expect(ariaKeyShortcuts('Alt+Shift+Q')).toBe('Alt+Shift+Q');
    expect(ariaKeyShortcuts('Ctrl+Shift+Period')).toBe('Control+Shift+Period');
    expect(ariaKeyShortcuts('Command+Shift+Q')).toBe('Meta+Shift+Q');
  });

  it('reads the symbols macOS shows', () => {
    expect(ariaKeyShortcuts('⌥⇧Q')).toBe('Alt+Shift+Q');
    expect(ariaKeyShortcuts('⌘⇧Q')).toBe('Meta+Shift+Q');
  });

  it('gives nothing for no shortcut or one it cannot read', () => {
    expect(ariaKeyShortcuts('')).toBeUndefined();
    expect(ariaKeyShortcuts('Q')).toBeUndefined();
    expect(ariaKeyShortcuts('Alt+Shift+é')).toBeUndefined();
  });
});
