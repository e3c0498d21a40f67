// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { createStore, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStored } from '@/components/hooks/use-stored';
import { useNewerData } from '@/components/ui/NewerVersion';
import { NewerSchemaError, SCHEMA_VERSION } from '@/lib/storage/migrations';
import { read } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';

const raw = createStore('tend', 'user-data');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useStored', () => {
  // First: storage checks the schema once it reads successfully, so the newer store comes first.
  it('a newer Tend’s data: the error as state, nothing loaded, nothing changed', async () => {
    await set('__schemaVersion', SCHEMA_VERSION + 1, raw);
    await set('exitSettings', { ...records.exitSettings.fallback, target: 'https://example.org/' }, raw);
    const { result } = renderHook(() => useStored('exitSettings'));
    const newer = renderHook(() => useNewerData());
    await waitFor(() => expect(result.current.error).toBeInstanceOf(NewerSchemaError));
    expect(result.current.loaded).toBe(false);
    expect(result.current.value).toBeUndefined();
    await waitFor(() => expect(newer.result.current).toBe(true));
    await expect(result.current.save(records.exitSettings.fallback)).rejects.toBeInstanceOf(NewerSchemaError);
    await set('__schemaVersion', SCHEMA_VERSION, raw);
    expect((await read('exitSettings')).target).toBe('https://example.org/');
  });

  it('takes in what a view closed a moment ago saved after this one first read', async () => {
    const { result } = renderHook(() => useStored('firstRunDone'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value).toBe(false);
    // The closed view's put lands unannounced, after this view's first read.
    await set('firstRunDone', true, raw);
    await waitFor(() => expect(result.current.value).toBe(true), { timeout: 3000 });
  });

  it('reads the stored value, saves, and follows a change made elsewhere', async () => {
    const { result } = renderHook(() => useStored('autoLockMinutes'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value).toBe(records.autoLockMinutes.fallback);
    expect(result.current.error).toBeUndefined();
    let saving: Promise<void> | undefined;
    act(() => {
      saving = result.current.save(15);
    });
    // Shown at once, so a switch or a choice stays where the user put it while it saves.
    expect(result.current.value).toBe(15);
    await act(() => saving);
    expect(await read('autoLockMinutes')).toBe(15);
    const { write } = await import('@/lib/storage/storage');
    await act(() => write('autoLockMinutes', 30));
    await waitFor(() => expect(result.current.value).toBe(30));
  });

  it('a failed save rejects and leaves the value shown as it was', async () => {
    const { result } = renderHook(() => useStored('discreetMode'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await act(() => expect(result.current.save(true)).rejects.toMatchObject({ name: 'QuotaExceededError' }));
    expect(result.current.value).toBe(false);
  });

  it('stops listening when its view closes', async () => {
    const { result, unmount } = renderHook(() => useStored('region'));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    unmount();
    const errors = vi.spyOn(console, 'error');
    const { write } = await import('@/lib/storage/storage');
    await write('region', 'au');
    await new Promise((done) => setTimeout(done, 20));
    expect(result.current.value).toBeUndefined();
    expect(errors).not.toHaveBeenCalled();
  });
});
