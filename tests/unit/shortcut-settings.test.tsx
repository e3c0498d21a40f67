// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ShortcutSettings } from '@/components/settings/ShortcutSettings';
import { firefox } from '@/lib/browser/firefox';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the Firefox shortcut setting', () => {
  it('says in its own words when Firefox refuses a shortcut, and keeps the old one', async () => {
    vi.stubEnv('FIREFOX', 'true');
    vi.spyOn(browser.commands, 'getAll').mockResolvedValue([{ name: 'quick-exit', shortcut: 'Alt+Shift+Q' }] as never);
    const update = vi.fn().mockRejectedValue(new Error('Type error for parameter detail (Error processing shortcut)'));
    Object.assign(firefox.commands, { update });
    render(<ShortcutSettings />);
    const box = screen.getByLabelText('New shortcut');
    fireEvent.keyDown(box, { key: 'K', code: 'KeyK', altKey: true, shiftKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Use this shortcut' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    expect(update).toHaveBeenCalledOnce();
    const said = screen.getByRole('alert').textContent;
    expect(said).toBe(
      'Firefox did not accept Alt+Shift+K. Try another combination, for example Alt+Shift and a letter. Nothing was changed.',
    );
    expect(said).not.toContain('Type error');
    expect(document.getElementById('current-shortcut')?.textContent).toBe('Alt+Shift+Q');
  });
});
