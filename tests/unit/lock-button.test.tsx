// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockButton } from '@/components/lock/LockButton';
import { lockNow } from '@/lib/lock/lock';

vi.mock('@/components/hooks/use-lock', () => ({ useLock: () => 'unlocked' }));
vi.mock('@/lib/lock/lock', () => ({ lockNow: vi.fn() }));

afterEach(cleanup);

describe('the header’s Lock button', () => {
  it('says in words when locking fails, and can be pressed again', async () => {
    vi.mocked(lockNow).mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    render(<LockButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    const alert = await waitFor(() => {
      const said = screen.getByRole('alert');
      expect(said.textContent).toMatch(/^Your notes are not locked\. This device has no room left/);
      return said;
    });
    expect(alert.textContent).not.toContain('quota has been exceeded');
    expect(screen.getByRole('button', { name: 'Lock' }).hasAttribute('disabled')).toBe(false);

    vi.mocked(lockNow).mockResolvedValueOnce(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(''));
  });
});
