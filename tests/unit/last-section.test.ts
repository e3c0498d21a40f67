/**
 * The section the popup offers to reopen: on disk with no lock; while a lock is set, only in the
 * session and only offered while unlocked.
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const PASSPHRASE = 'correct horse battery staple';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.resetModules();
});

const onDisk = async () => JSON.stringify(await entries(createStore('tend', 'user-data')));

async function modules() {
  return {
    section: await import('@/lib/lock/last-section'),
    lock: await import('@/lib/lock/lock'),
    storage: await import('@/lib/storage/storage'),
  };
}

describe('the last section read', () => {
  it('is kept on disk and offered again while no lock is set', async () => {
    const { section } = await modules();
    await section.rememberSection('aftercare');
    expect(await onDisk()).toContain('aftercare');
    expect(await section.sectionToResume()).toBe('aftercare');
  });

  it('leaves the disk when a lock is set, and lives only in the session while one is', async () => {
    const { section, lock } = await modules();
    await section.rememberSection('aftercare');
    await lock.turnOn(PASSPHRASE, 1000);
    expect(await onDisk()).not.toContain('aftercare');
    expect(await section.sectionToResume()).toBeUndefined();

    await section.rememberSection('first-aid');
    expect(await onDisk()).not.toContain('first-aid');
    expect(await section.sectionToResume()).toBe('first-aid');
  });

  it('is not offered while Tend is locked', async () => {
    const { section, lock } = await modules();
    await lock.turnOn(PASSPHRASE, 1000);
    await section.rememberSection('first-aid');
    await lock.lockNow();
    expect(await section.sectionToResume()).toBeUndefined();
    expect(await lock.unlock(PASSPHRASE)).toBe(true);
    expect(await section.sectionToResume()).toBe('first-aid');
  });

  it('an import under a lock does not put it back on disk', async () => {
    const { lock, storage } = await modules();
    await lock.turnOn(PASSPHRASE, 1000);
    await storage.replaceAll({ lastSectionId: 'aftercare', firstRunDone: true });
    expect(await onDisk()).not.toContain('aftercare');
  });
});
