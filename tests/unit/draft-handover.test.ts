import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { EMPTY_AFTERCARE } from '@/lib/aftercare';

// Each test: an empty IndexedDB and session, and fresh modules (storage caches its upgrade, the lock its key).
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.resetModules();
  vi.restoreAllMocks();
});

const modules = async () => ({
  handover: await import('@/lib/draft-handover'),
  storage: await import('@/lib/storage'),
  lock: await import('@/lib/lock'),
});

const held = async () => browser.storage.session.get(null);
const tea = { ...EMPTY_AFTERCARE, forMe: 'Tea' };

describe('the draft handover', () => {
  it('stores what a closing view handed over, and then lets it go from memory', async () => {
    const { handover, storage } = await modules();
    handover.handOver('aftercarePlan', tea);
    handover.handOver('lastSectionId', 'consent');
    await handover.storeDrafts();
    expect(await storage.read('aftercarePlan')).toEqual(tea);
    expect(await storage.read('lastSectionId')).toBe('consent');
    expect(await held()).toEqual({});
  });

  it('stores nothing for an unknown key or a value of the wrong shape, and lets both go', async () => {
    const { handover, storage } = await modules();
    await browser.storage.session.set({ 'draft:notAKey': 'text', 'draft:aftercarePlan': { forMe: 42 } });
    await handover.storeDrafts();
    expect(await storage.readAll()).toEqual({});
    expect(await held()).toEqual({});
  });

  it('keeps newer text handed over for the same key while the older was being stored', async () => {
    const { handover, storage } = await modules();
    const newer = { ...tea, forMe: 'Tea and toast' };
    const get = browser.storage.session.get.bind(browser.storage.session);
    vi.spyOn(browser.storage.session, 'get').mockImplementation(async (keys) => {
      // The check made after storing the older text: a second view closes just before it.
      if (keys === 'draft:aftercarePlan') handover.handOver('aftercarePlan', newer);
      return get(keys as never);
    });
    handover.handOver('aftercarePlan', tea);
    await handover.storeDrafts();
    expect(await held()).toEqual({ 'draft:aftercarePlan': newer });
    vi.restoreAllMocks();
    await handover.storeDrafts();
    expect(await storage.read('aftercarePlan')).toEqual(newer);
  });

  it('locking stores a waiting draft sealed first, and leaves no draft in memory', async () => {
    const { handover, storage, lock } = await modules();
    await lock.turnOn('correct horse battery staple', 1000);
    handover.handOver('aftercarePlan', tea);
    await lock.lockNow();
    expect(await held()).toEqual({});
    expect(JSON.stringify(await storage.privateRecords())).not.toContain('Tea');
    expect(await lock.unlock('correct horse battery staple')).toBe(true);
    expect(await storage.read('aftercarePlan')).toEqual(tea);
  });

  it('a draft handed over once Tend is locked cannot be sealed, so it is let go, not kept readable', async () => {
    const { handover, storage, lock } = await modules();
    await lock.turnOn('correct horse battery staple', 1000);
    await storage.write('aftercarePlan', EMPTY_AFTERCARE);
    await lock.lockNow();
    handover.handOver('aftercarePlan', tea);
    await handover.storeDrafts();
    expect(await held()).toEqual({});
    expect(await lock.unlock('correct horse battery staple')).toBe(true);
    expect(await storage.read('aftercarePlan')).toEqual(EMPTY_AFTERCARE);
  });

  it('the background stores a draft as soon as it is handed over', async () => {
    const { handover, storage } = await modules();
    handover.storeDraftsWhenHandedOver();
    handover.handOver('aftercarePlan', tea);
    await vi.waitFor(async () => expect(await held()).toEqual({}));
    expect(await storage.read('aftercarePlan')).toEqual(tea);
  });
});
