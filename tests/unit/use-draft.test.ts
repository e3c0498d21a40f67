// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { createStore, entries, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDraft } from '@/components/hooks/use-draft';
import { lockNow, turnOn, unlock } from '@/lib/lock/lock';
import { read } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';

const PASSPHRASE = 'correct horse battery staple';
const FAST = 1000;
const plan = (forMe: string) => ({ ...records.aftercarePlan.fallback, forMe });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Makes every IndexedDB put fail as a full disk does, until restored. */
const diskFull = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });

async function openDraft() {
  const hook = renderHook(() => useDraft('aftercarePlan'));
  await waitFor(() => expect(hook.result.current.value).toBeDefined());
  return hook;
}

describe('useDraft', () => {
  it('saves shortly after a change and says so', async () => {
    const { result } = await openDraft();
    act(() => result.current.change(plan('Tea')));
    expect(result.current.value).toEqual(plan('Tea'));
    await waitFor(() => expect(result.current.saving).toEqual({ saved: true }));
    expect(await read('aftercarePlan')).toEqual(plan('Tea'));
    // Typing again: "Saved" goes until the next save lands.
    act(() => result.current.change(plan('Tea and')));
    expect(result.current.saving).toBeUndefined();
    await waitFor(() => expect(result.current.saving).toEqual({ saved: true }));
  });

  it('a failed save says why, keeps the words, and a retry saves them', async () => {
    const { result } = await openDraft();
    const full = diskFull();
    act(() => result.current.change(plan('Blanket')));
    await waitFor(() => expect(result.current.saving?.saved).toBe(false));
    expect(result.current.saving).toMatchObject({ error: { name: 'QuotaExceededError' } });
    expect(result.current.value).toEqual(plan('Blanket'));
    expect(await read('aftercarePlan')).not.toEqual(plan('Blanket'));
    // Still failing: still said, still kept.
    act(() => result.current.retry());
    await waitFor(() => expect(full).toHaveBeenCalledTimes(2));
    expect(result.current.saving?.saved).toBe(false);
    full.mockRestore();
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.saving).toEqual({ saved: true }));
    expect(await read('aftercarePlan')).toEqual(plan('Blanket'));
  });

  it('takes in what a view closed a moment ago saved after this one first read', async () => {
    const { result } = await openDraft();
    // The closed view's last put outlives it but announces nothing, and nothing orders it before
    // this view's first read: it lands as a plain put, unannounced.
    await set('aftercarePlan', plan('Saved as the sidebar reloaded'), createStore('tend', 'user-data'));
    await waitFor(() => expect(result.current.value).toEqual(plan('Saved as the sidebar reloaded')), {
      timeout: 3000,
    });
  });

  it('saves what is waiting when its view closes', async () => {
    const { result, unmount } = await openDraft();
    act(() => result.current.change(plan('Water')));
    unmount();
    await waitFor(async () => expect(await read('aftercarePlan')).toEqual(plan('Water')));
  });

  it('words whose save failed as the view closed come back, and are saved, when it opens again', async () => {
    const first = await openDraft();
    const full = diskFull();
    act(() => first.result.current.change(plan('Quiet time')));
    first.unmount();
    await waitFor(() => expect(full).toHaveBeenCalled());
    full.mockRestore();
    const again = renderHook(() => useDraft('aftercarePlan'));
    await waitFor(() => expect(again.result.current.value).toEqual(plan('Quiet time')));
    await waitFor(() => expect(again.result.current.saving).toEqual({ saved: true }));
    expect(await read('aftercarePlan')).toEqual(plan('Quiet time'));
  });

  it('keeps the words typed as Tend locks, and saves them, sealed, after the unlock', async () => {
    await turnOn(PASSPHRASE, FAST);
    const first = await openDraft();
    // The last keystroke lands as the screen locks: there is no key left to seal it with.
    await act(async () => {
      first.result.current.change(plan('CANARY-last-words'));
      await lockNow();
    });
    // Locking swaps the tool for the passphrase form (LockGate), closing the form.
    first.unmount();
    await new Promise((done) => setTimeout(done, 50));
    expect(await unlock(PASSPHRASE)).toBe(true);
    const again = renderHook(() => useDraft('aftercarePlan'));
    await waitFor(() => expect(again.result.current.value).toEqual(plan('CANARY-last-words')));
    await waitFor(async () => expect(await read('aftercarePlan')).toEqual(plan('CANARY-last-words')));
    expect(JSON.stringify(await entries(createStore('tend', 'user-data')))).not.toContain('CANARY');
  });
});
