import { describe, expect, it, vi } from 'vitest';
import { followStored, writeTracker } from '@/components/hooks/follow-stored';

describe('followStored', () => {
  it('reads now, after a second, and again a few seconds on, for a put that lands late on a busy machine', () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn();
      const stop = followStored('journal', load);
      expect(load).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1000);
      expect(load).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(3000);
      expect(load).toHaveBeenCalledTimes(3);
      vi.advanceTimersByTime(60_000);
      expect(load).toHaveBeenCalledTimes(3);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads no more once stopped', () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn();
      followStored('journal', load)();
      vi.advanceTimersByTime(10_000);
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('writeTracker', () => {
  it('shows a read only if no save of this view started or was running since it was made', async () => {
    const writes = writeTracker();
    const earlier = writes.reading();
    expect(earlier()).toBe(true);
    let land = () => {};
    const saving = writes.track(() => new Promise<void>((done) => (land = done)));
    const during = writes.reading();
    // Answered while the save runs: both reads may hold what was there before it.
    expect(earlier()).toBe(false);
    expect(during()).toBe(false);
    land();
    await saving;
    expect(earlier()).toBe(false);
    // A read made before the save, answered after it, is still refused; one made after is shown.
    expect(during()).toBe(false);
    expect(writes.reading()()).toBe(true);
  });

  it('counts a save that fails as finished', async () => {
    const writes = writeTracker();
    await expect(writes.track(() => Promise.reject(new Error('full')))).rejects.toThrow('full');
    expect(writes.reading()()).toBe(true);
  });
});
