import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { clear, createStore, entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { records } from '@/lib/storage/stored-schema';

const FAST = 1000;
const PASSPHRASE = 'correct horse battery staple';
const CANARY = 'CANARY-7f3a';

// Each test: an empty IndexedDB, no key in the session, fresh modules (they cache the key and upgrade).
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.resetModules();
  vi.restoreAllMocks();
});

/** The store exactly as IndexedDB holds it, comparable byte for byte. */
async function raw(): Promise<string> {
  const rows = await entries(createStore('tend', 'user-data'));
  return JSON.stringify(rows, (_, value) => (value instanceof Uint8Array ? Array.from(value) : value));
}

async function withNotes() {
  const storage = await import('@/lib/storage/storage');
  const lock = await import('@/lib/lock/lock');
  await storage.write('safeCallPlan', { ...records.safeCallPlan.fallback, friendNote: `Sam ${CANARY}` });
  await storage.write('aftercarePlan', { ...records.aftercarePlan.fallback, forMe: `Tea ${CANARY}` });
  await storage.write('journal', [{ id: 'e1', date: '2026-11-20', good: CANARY, notGood: '', signs: [] }]);
  await storage.write('autoLockMinutes', 5);
  return { storage, lock };
}

describe('the passphrase lock', () => {
  it('turning it on encrypts the existing notes at rest and leaves settings readable', async () => {
    const { storage, lock } = await withNotes();
    expect(await raw()).toContain(CANARY);
    await lock.turnOn(PASSPHRASE, FAST);
    expect(await raw()).not.toContain(CANARY);
    expect(await lock.lockState()).toBe('unlocked');
    expect((await storage.read('safeCallPlan'))?.friendNote).toBe(`Sam ${CANARY}`);
    expect(await storage.read('autoLockMinutes')).toBe(5);

    // New writes are sealed too.
    await storage.write('aftercarePlan', { ...records.aftercarePlan.fallback, forPartner: `Quiet ${CANARY}` });
    expect(await raw()).not.toContain(CANARY);
    expect((await storage.read('aftercarePlan'))?.forPartner).toBe(`Quiet ${CANARY}`);
  });

  it('while locked, notes neither open nor change, and the settings still read', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    await lock.lockNow();
    expect(await lock.lockState()).toBe('locked');
    const before = await raw();
    await expect(storage.read('journal')).rejects.toBeInstanceOf(storage.LockedError);
    await expect(storage.write('journal', [])).rejects.toBeInstanceOf(storage.LockedError);
    await expect(storage.readAll()).rejects.toBeInstanceOf(storage.LockedError);
    await expect(storage.replaceAll({ journal: [] })).rejects.toBeInstanceOf(storage.LockedError);
    expect(await storage.read('autoLockMinutes')).toBe(5);
    expect(await raw()).toBe(before);
  });

  it('a wrong passphrase changes nothing; the right one opens everything', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    await lock.lockNow();
    const before = await raw();
    for (const wrong of ['', 'correct horse battery stapl', PASSPHRASE.toUpperCase()]) {
      expect(await lock.unlock(wrong)).toBe(false);
    }
    expect(await raw()).toBe(before);
    expect(await lock.lockState()).toBe('locked');
    expect(await lock.unlock(PASSPHRASE)).toBe(true);
    expect((await storage.read('journal'))?.[0]?.good).toBe(CANARY);
    expect(await raw()).toBe(before);
  });

  it('changing the passphrase re-encrypts everything; a wrong current one changes nothing', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    const before = await raw();
    expect(await lock.change('not it at all', 'a new passphrase', FAST)).toBe(false);
    expect(await raw()).toBe(before);

    expect(await lock.change(PASSPHRASE, 'a new passphrase', FAST)).toBe(true);
    expect(await raw()).not.toBe(before);
    expect(await raw()).not.toContain(CANARY);
    await lock.lockNow();
    expect(await lock.unlock(PASSPHRASE)).toBe(false);
    expect(await lock.unlock('a new passphrase')).toBe(true);
    expect((await storage.read('safeCallPlan'))?.friendNote).toBe(`Sam ${CANARY}`);
  });

  it('a passphrase change that fails while writing leaves the old lock and data whole', async () => {
    const { lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    const before = await raw();
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(lock.change(PASSPHRASE, 'a new passphrase', FAST)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await raw()).toBe(before);
    await lock.lockNow();
    expect(await lock.unlock(PASSPHRASE)).toBe(true);
  });

  it('a record sealed under a lock whose key is gone blocks no lock change, and says it cannot open', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    const sealing = await import('@/lib/lock/crypto');
    const lost = await sealing.createLock('a lock nobody has any more', FAST);
    const stranded = { ...(await sealing.encryptRecord(lost.key, [], 'journal')), epoch: 'gone', version: 1 };
    await set('journal', stranded, createStore('tend', 'user-data'));
    expect(await lock.change(PASSPHRASE, 'a new passphrase', FAST)).toBe(true);
    await expect(storage.read('journal')).rejects.toBeInstanceOf(sealing.DecryptError);
    expect((await storage.read('safeCallPlan')).friendNote).toBe(`Sam ${CANARY}`);
    expect(await lock.turnOff('a new passphrase')).toBe(true);
    expect((await storage.read('aftercarePlan')).forMe).toBe(`Tea ${CANARY}`);
  });

  it('turning it off stores the notes plainly again', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    expect(await lock.turnOff('wrong passphrase')).toBe(false);
    expect(await lock.turnOff(PASSPHRASE)).toBe(true);
    expect(await lock.lockState()).toBe('off');
    expect(await raw()).toContain(CANARY);
    expect((await storage.read('aftercarePlan'))?.forMe).toBe(`Tea ${CANARY}`);
  });

  it('import seals the notes under the lock; wipe removes the lock with everything', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    const all = await storage.readAll();
    expect(all.journal?.[0]?.good).toBe(CANARY);
    await storage.replaceAll(all);
    expect(await raw()).not.toContain(CANARY);
    expect(await storage.readAll()).toEqual(all);

    await lock.lockNow();
    await storage.wipeAll();
    expect(await lock.lockState()).toBe('off');
    expect(await storage.readAll()).toEqual({});
  });

  it.each([
    ['locked', 0, true],
    ['locked', 15, true],
    ['idle', 15, true],
    ['idle', 0, false],
    ['active', 15, false],
  ])('an idle state of %s with %i minutes chosen locks: %s', async (state, minutes, locks) => {
    const { locksOn } = await import('@/lib/lock/auto-lock');
    expect(locksOn(state, minutes)).toBe(locks);
  });
});

// A form seals each change as it is typed, so a closing page can save it without waiting
// (components/hooks/use-draft.ts). A lock change in between must not let an old preparation through.
describe('a write prepared before a lock change', () => {
  const note = { ...records.aftercarePlan.fallback, forMe: `Tea ${CANARY}` };

  it('is sealed when saved after the lock is turned on, not stored plainly', async () => {
    const storage = await import('@/lib/storage/storage');
    const lock = await import('@/lib/lock/lock');
    const save = await storage.prepareWrite('aftercarePlan', note);
    await lock.turnOn(PASSPHRASE, FAST);
    await save.save();
    expect(await raw()).not.toContain(CANARY);
    expect(await storage.read('aftercarePlan')).toEqual(note);
  });

  it('is sealed under the new passphrase when saved after a change', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    const save = await storage.prepareWrite('aftercarePlan', note);
    expect(await lock.change(PASSPHRASE, 'a new passphrase', FAST)).toBe(true);
    await save.save();
    await lock.lockNow();
    expect(await lock.unlock('a new passphrase')).toBe(true);
    expect(await storage.read('aftercarePlan')).toEqual(note);
  });

  it('a view that saw the lock before another wiped everything while locked still saves', async () => {
    const view = await import('@/lib/storage/storage');
    const lock = await import('@/lib/lock/lock');
    await lock.turnOn(PASSPHRASE, FAST);
    await lock.lockNow();
    // As a form does: prepare, and save through write() when preparing fails.
    const save = async () => {
      const prepared = await view.prepareWrite('aftercarePlan', note).catch(() => undefined);
      await (prepared ? prepared.save() : view.write('aftercarePlan', note));
    };
    await expect(save()).rejects.toThrow(view.LockedError);
    // Another view wipes ("forgot the passphrase"). No key was held, so none is dropped and this
    // view hears of no lock change.
    await clear(createStore('tend', 'user-data'));
    await save();
    expect(await view.read('aftercarePlan')).toEqual(note);
    expect(await raw()).toContain(CANARY);
  });

  it('with no lock change, saves exactly what was prepared', async () => {
    const { storage, lock } = await withNotes();
    await lock.turnOn(PASSPHRASE, FAST);
    const save = await storage.prepareWrite('aftercarePlan', note);
    await save.save();
    expect(await raw()).not.toContain(CANARY);
    expect(await storage.read('aftercarePlan')).toEqual(note);
  });
});

describe('a lock change in another view', () => {
  it('reaches this view as the lock record changes, so a close-time save is sealed', async () => {
    const a = await import('@/lib/storage/storage');
    vi.resetModules();
    const b = await import('@/lib/lock/lock');
    expect(await a.knownLock()).toBeUndefined();
    let heard = 0;
    a.onLockChanged(() => heard++);
    await b.turnOn(PASSPHRASE, FAST);
    expect(heard).toBeGreaterThan(0);
    (await a.prepareWrite('aftercarePlan', { ...records.aftercarePlan.fallback, forMe: CANARY })).now();
    await vi.waitFor(async () => expect(await raw()).toContain('aftercarePlan'));
    expect(await raw()).not.toContain(CANARY);
  });
});
