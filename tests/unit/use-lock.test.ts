// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLock } from '@/components/hooks/use-lock';
import type { LockState } from '@/lib/lock/lock-state';

const lockChanged = vi.hoisted(() => ({ listeners: new Set<() => void>() }));
vi.mock('@/lib/lock/lock-session', () => ({
  onLockChange: (listener: () => void) => {
    lockChanged.listeners.add(listener);
    return () => lockChanged.listeners.delete(listener);
  },
}));
vi.mock('@/lib/lock/lock-state', () => ({ lockState: vi.fn() }));
const { lockState } = await import('@/lib/lock/lock-state');

afterEach(() => {
  cleanup();
  lockChanged.listeners.clear();
});

/** A read of the lock's state that finishes when the test says. */
function pendingRead() {
  let finish: (state: LockState) => void = () => undefined;
  vi.mocked(lockState).mockReturnValueOnce(
    new Promise<LockState>((done) => {
      finish = done;
    }),
  );
  return (state: LockState) =>
    act(async () => {
      finish(state);
    });
}

describe('useLock', () => {
  it('keeps the newest state when an older read finishes last', async () => {
    const first = pendingRead();
    const { result } = renderHook(() => useLock());
    // Tend locks while the first read (from before) is still under way.
    const second = pendingRead();
    act(() => {
      for (const listener of lockChanged.listeners) listener();
    });
    await second('locked');
    await first('unlocked');
    expect(result.current).toBe('locked');
  });
});
