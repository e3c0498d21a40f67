// @vitest-environment happy-dom
/**
 * Two saves of one draft must land in the order they were made. A save whose sealing is slow (a
 * loaded machine, the first change after the page opened) must never land after a newer one and
 * put older words back: seen in the full e2e run, where an answer given a moment earlier was gone
 * after a reload.
 */
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { records } from '@/lib/storage/stored-schema';

/** Holds back every storage step for the words "Slow" until `release` is called. */
let release: () => void = () => undefined;
const held = new Promise<void>((done) => {
  release = done;
});
const isSlow = (value: unknown) => (value as { forMe?: string }).forMe === 'Slow';

vi.mock('@/lib/storage/storage', async (original) => {
  const real = await original<typeof import('@/lib/storage/storage')>();
  return {
    ...real,
    prepareWrite: async (name: never, value: never) => {
      if (isSlow(value)) await held;
      return real.prepareWrite(name, value);
    },
    write: async (name: never, value: never) => {
      if (isSlow(value)) await held;
      return real.write(name, value);
    },
  };
});

const { useDraft } = await import('@/components/hooks/use-draft');
const { read } = await import('@/lib/storage/storage');
const plan = (forMe: string) => ({ ...records.aftercarePlan.fallback, forMe });

afterEach(() => cleanup());

describe('useDraft saves in order', () => {
  it('never lets a slow older save land after a newer one', async () => {
    const hook = renderHook(() => useDraft('aftercarePlan'));
    await waitFor(() => expect(hook.result.current.value).toBeDefined());

    act(() => hook.result.current.change(plan('Slow')));
    // Past the save delay: the first save has started, and is still sealing.
    await new Promise((done) => setTimeout(done, 400));
    act(() => hook.result.current.change(plan('Slow, then tea')));
    await waitFor(async () => expect(await read('aftercarePlan')).toEqual(plan('Slow, then tea')));

    // The older save is free to finish now; the newer words must stay.
    release();
    await new Promise((done) => setTimeout(done, 200));
    expect(await read('aftercarePlan')).toEqual(plan('Slow, then tea'));
    await waitFor(() => expect(hook.result.current.saving).toEqual({ saved: true }));
  });
});
