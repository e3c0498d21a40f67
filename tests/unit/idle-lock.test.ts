/**
 * The idle event can be what wakes the worker: it must not lock by the fallback time before the
 * user's own choice is read, and a locked screen still locks at once.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { write } from '@/lib/storage/storage';
import { stubBackgroundStartup } from './background-harness';

const settle = () => new Promise((done) => setTimeout(done, 50));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  globalThis.indexedDB = new IDBFactory();
});

/** Starts the background as a just-woken worker and gives it `state` at once, as the waking event. */
async function wakeOn(state: string): Promise<ReturnType<typeof vi.fn>> {
  stubBackgroundStartup();
  const locked = vi.spyOn(browser.storage.session, 'remove');
  background.main();
  const [[onIdle]] = vi.mocked(browser.idle.onStateChanged.addListener).mock.calls as [[(state: string) => void]];
  onIdle(state);
  await settle();
  return locked as unknown as ReturnType<typeof vi.fn>;
}

describe('auto-lock when the worker wakes on an idle event', () => {
  it('does not lock for idleness when the user chose "Never"', async () => {
    await write('autoLockMinutes', 0);
    expect(await wakeOn('idle')).not.toHaveBeenCalledWith('lockKey');
  });

  it('locks for idleness when the user chose a time', async () => {
    await write('autoLockMinutes', 5);
    expect(await wakeOn('idle')).toHaveBeenCalledWith('lockKey');
  });

  it('locks when the screen locks, whatever the user chose', async () => {
    await write('autoLockMinutes', 0);
    expect(await wakeOn('locked')).toHaveBeenCalledWith('lockKey');
  });
});
