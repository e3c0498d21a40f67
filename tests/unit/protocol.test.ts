import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers, type ViewToBackground } from '@/lib/messages/protocol';

describe('dispatch', () => {
  const quickExit = vi.fn(() => Promise.resolve(undefined));
  const handlers: Handlers<ViewToBackground, string> = { 'quick-exit': quickExit };

  it('runs the handler for the message, with the sender, and returns its promise', async () => {
    await expect(dispatch(handlers, { type: 'quick-exit' }, 'popup')).resolves.toBeUndefined();
    expect(quickExit).toHaveBeenCalledWith({ type: 'quick-exit' }, 'popup');
  });

  it('answers nothing to a message this class of sender may not send', () => {
    quickExit.mockClear();
    expect(dispatch(handlers, { type: 'site-settings' }, 'popup')).toBeUndefined();
    // Inherited names are no handlers either.
    expect(dispatch(handlers, { type: 'constructor' } as never, 'popup')).toBeUndefined();
    expect(quickExit).not.toHaveBeenCalled();
  });
});
