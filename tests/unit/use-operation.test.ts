// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOperation } from '@/components/hooks/use-operation';
import { LockedError } from '@/lib/storage/storage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A task the test finishes by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('useOperation', () => {
  it('is busy while the task runs, says the working words, then what the task returned', async () => {
    const { result } = renderHook(() => useOperation());
    const task = deferred<{ error: boolean; text: string }>();
    let done: Promise<boolean> | undefined;
    act(() => {
      done = result.current.run(() => task.promise, 'Encrypting your notes…');
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.feedback).toEqual({ error: false, text: 'Encrypting your notes…' });
    await act(async () => task.resolve({ error: false, text: 'Passphrase changed.' }));
    expect(await done).toBe(true);
    expect(result.current.busy).toBe(false);
    expect(result.current.feedback).toEqual({ error: false, text: 'Passphrase changed.' });
    expect(result.current.error).toBeUndefined();
  });

  it('turns a thrown error into words and what to do, and is never left busy', async () => {
    const { result } = renderHook(() => useOperation());
    const quota = new DOMException('raw browser words', 'QuotaExceededError');
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.run(() => Promise.reject(quota), 'Saving…');
    });
    expect(ok).toBe(false);
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBe(quota);
    expect(result.current.feedback).toEqual({
      error: true,
      text: 'This device has no room left for Tend to save. Free some space on the device or in the browser, then try again.',
    });
    expect(result.current.feedback?.text).not.toContain('raw browser words');
  });

  it('says nothing was changed when its actions are all-or-nothing, and the next run clears the failure', async () => {
    const { result } = renderHook(() => useOperation({ unchanged: true }));
    await act(async () => {
      await result.current.run(() => Promise.reject(new LockedError()));
    });
    expect(result.current.feedback).toEqual({
      error: true,
      text: 'Tend is locked. Unlock it with your passphrase, then try again. Nothing was changed.',
    });
    await act(async () => {
      await result.current.run(async () => undefined);
    });
    expect(result.current.feedback).toBeUndefined();
    expect(result.current.error).toBeUndefined();
  });

  it('stays busy until the last of two overlapping runs ends', async () => {
    const { result } = renderHook(() => useOperation());
    const first = deferred<undefined>();
    const second = deferred<undefined>();
    act(() => {
      void result.current.run(() => first.promise);
      void result.current.run(() => second.promise);
    });
    await act(async () => first.reject(new Error('boom')));
    expect(result.current.busy).toBe(true);
    await act(async () => second.resolve(undefined));
    expect(result.current.busy).toBe(false);
  });

  it('finishes quietly when its view closed meanwhile', async () => {
    const errors = vi.spyOn(console, 'error');
    const { result, unmount } = renderHook(() => useOperation());
    const task = deferred<undefined>();
    const failing = deferred<undefined>();
    let done: Promise<boolean> | undefined;
    let failed: Promise<boolean> | undefined;
    act(() => {
      done = result.current.run(() => task.promise, 'Checking…');
      failed = result.current.run(() => failing.promise);
    });
    unmount();
    task.resolve(undefined);
    failing.reject(new Error('after close'));
    expect(await done).toBe(true);
    expect(await failed).toBe(false);
    await waitFor(() => expect(errors).not.toHaveBeenCalled());
  });
});
