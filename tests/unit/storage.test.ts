import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EMPTY_PLAN } from '@/lib/safe-call/safe-call';
import { migrations, records } from '@/lib/storage/stored-schema';

/** The schema the registry's own steps lead to; the test steps below come after them. */
const CURRENT = migrations.length + 1;

// Each test gets an empty IndexedDB and a fresh copy of the storage module (it caches its upgrade).
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.resetModules();
  vi.doUnmock('@/lib/storage/stored-schema');
});

const rawStore = () => createStore('tend', 'user-data');

describe('storage', () => {
  it('reads back what it wrote, and starts a fresh store at the current schema', async () => {
    const storage = await import('@/lib/storage/storage');
    const { SCHEMA_VERSION } = await import('@/lib/storage/migrations');
    expect(await storage.read('lastSectionId')).toBeUndefined();
    expect(await storage.read('exitSettings')).toEqual(records.exitSettings.fallback);
    await storage.write('lastSectionId', 'aftercare');
    expect(await storage.read('lastSectionId')).toBe('aftercare');
    expect(new Map(await entries(rawStore()))).toEqual(
      new Map<string, unknown>([
        ['__schemaVersion', SCHEMA_VERSION],
        ['lastSectionId', 'aftercare'],
      ]),
    );
  });

  it('refuses data from a newer Tend and leaves it untouched', async () => {
    await set('__schemaVersion', 99, rawStore());
    await set('lastSectionId', 'consent', rawStore());
    const storage = await import('@/lib/storage/storage');
    await expect(storage.read('lastSectionId')).rejects.toThrow(/newer version of Tend/);
    await expect(storage.write('lastSectionId', 'aftercare')).rejects.toThrow(/newer version of Tend/);
    expect(new Map(await entries(rawStore())).get('lastSectionId')).toBe('consent');
  });
});

describe('replacing everything (import and wipe)', () => {
  it('reads everything back and swaps it whole, keeping the schema version', async () => {
    const storage = await import('@/lib/storage/storage');
    const { SCHEMA_VERSION } = await import('@/lib/storage/migrations');
    await storage.write('lastSectionId', 'consent');
    await storage.write('firstRunDone', true);
    expect(await storage.readAll()).toEqual({ lastSectionId: 'consent', firstRunDone: true });

    await storage.replaceAll({ lastSectionId: 'aftercare' });
    expect(await storage.readAll()).toEqual({ lastSectionId: 'aftercare' });
    expect(new Map(await entries(rawStore())).get('__schemaVersion')).toBe(SCHEMA_VERSION);

    await storage.replaceAll({});
    expect(await storage.readAll()).toEqual({});
  });

  it('changes nothing when the write fails part-way', async () => {
    const storage = await import('@/lib/storage/storage');
    await storage.write('lastSectionId', 'consent');
    // A value IndexedDB cannot store (a function) makes the transaction abort after the clear.
    const bad = { lastSectionId: 'aftercare', firstRunDone: (() => true) as unknown as boolean };
    await expect(storage.replaceAll(bad)).rejects.toThrow();
    expect(await storage.readAll()).toEqual({ lastSectionId: 'consent' });
  });
});

/** Two steps appended after the registry's own: the schema goes from CURRENT to CURRENT + 2. */
function withTestSteps() {
  vi.doMock('@/lib/storage/stored-schema', async (original) => {
    const actual = await original<typeof import('@/lib/storage/stored-schema')>();
    const steps: import('@/lib/storage/stored-schema').Migration[] = [
      { record: 'lastSectionId', up: (old) => `${String(old)}-2` },
      {
        record: 'safeCallPlan',
        up: (old) => ({ ...(old as object), friendNote: `${(old as { friendNote: string }).friendNote} (2)` }),
      },
    ];
    return { ...actual, migrations: [...actual.migrations, ...steps] };
  });
}

const plan = { ...EMPTY_PLAN, friendNote: 'Sam' };

describe('migrations', () => {
  it('bring a plain record up to date as storage opens', async () => {
    await set('__schemaVersion', CURRENT, rawStore());
    await set('lastSectionId', 'consent', rawStore());
    withTestSteps();
    const storage = await import('@/lib/storage/storage');
    expect(await storage.read('lastSectionId')).toBe('consent-2');
    expect(new Map(await entries(rawStore())).get('__schemaVersion')).toBe(CURRENT + 2);
  });

  it('bring a sealed record up to date at unlock, with the key, and leave it sealed', async () => {
    const before = { storage: await import('@/lib/storage/storage'), lock: await import('@/lib/lock/lock') };
    await before.storage.write('safeCallPlan', plan);
    await before.lock.turnOn('correct horse battery staple', 1000);
    await before.lock.lockNow();

    vi.resetModules();
    withTestSteps();
    const storage = await import('@/lib/storage/storage');
    const lock = await import('@/lib/lock/lock');
    await expect(storage.read('safeCallPlan')).rejects.toBeInstanceOf(storage.LockedError);
    const sealed = async () => new Map(await entries(rawStore())).get('safeCallPlan');
    expect(((await sealed()) as { version: number }).version).toBe(CURRENT);
    expect(await lock.unlock('correct horse battery staple')).toBe(true);
    expect(((await sealed()) as { version: number }).version).toBe(CURRENT + 2);
    expect(JSON.stringify(await sealed())).not.toContain('Sam');
    expect(await storage.read('safeCallPlan')).toEqual({ ...plan, friendNote: 'Sam (2)' });
  });

  it('run on an older backup as it is imported', async () => {
    withTestSteps();
    const { parseBackup } = await import('@/lib/data/backup');
    const older = { kind: 'tend-backup', schemaVersion: CURRENT, exportedAt: '', data: { safeCallPlan: plan } };
    const moved = { ok: true, data: { safeCallPlan: { ...plan, friendNote: 'Sam (2)' } } };
    expect(parseBackup(JSON.stringify(older))).toEqual(moved);
    expect(parseBackup(JSON.stringify({ ...older, schemaVersion: CURRENT + 1 }))).toEqual(moved);
    const newest = { ...older, schemaVersion: CURRENT + 2 };
    expect(parseBackup(JSON.stringify(newest))).toEqual({ ok: true, data: { safeCallPlan: plan } });
  });
});

describe('the exit that closes the tab, the default for new installs only', () => {
  it('a fresh install closes the tab and is offered nothing', async () => {
    const storage = await import('@/lib/storage/storage');
    expect((await storage.read('exitSettings')).mode).toBe('close-private-tabs');
    expect(await storage.read('exitModeOffer')).toBe(false);
  });

  it('an install from before keeps replacing the page and is offered the change once', async () => {
    await set('__schemaVersion', 1, rawStore());
    const storage = await import('@/lib/storage/storage');
    expect(await storage.read('exitSettings')).toEqual({ ...records.exitSettings.fallback, mode: 'replace-tab' });
    expect(await storage.read('exitModeOffer')).toBe(true);
  });

  it('an install from before keeps the exit settings it stored', async () => {
    const chosen = { ...records.exitSettings.fallback, mode: 'replace-tab', target: 'https://weather.example/' };
    await set('__schemaVersion', 1, rawStore());
    await set('exitSettings', chosen, rawStore());
    const storage = await import('@/lib/storage/storage');
    expect(await storage.read('exitSettings')).toEqual(chosen);
  });
});

describe('one registry, one change notification', () => {
  it('announces a change to the page that made it as well as to the others, as it is made and once it lands', async () => {
    const storage = await import('@/lib/storage/storage');
    const heard: string[] = [];
    const stop = storage.onStoredChange((name) => heard.push(name));
    await storage.write('discreetMode', true);
    stop();
    await storage.write('firstRunDone', true);
    expect(heard).toEqual(['discreetMode', 'discreetMode']);
  });

  it('keeps a record defined for the session area in storage.session only, out of exports and wipes', async () => {
    vi.doMock('@/lib/storage/stored-schema', async (original) => {
      const actual = await original<typeof import('@/lib/storage/stored-schema')>();
      const inMemory = { ...actual.records.lastSectionId, area: 'session' as const };
      return { ...actual, records: { ...actual.records, lastSectionId: inMemory } };
    });
    const storage = await import('@/lib/storage/storage');
    const { browser } = await import('wxt/browser');
    await storage.write('lastSectionId', 'aftercare');
    expect(await storage.read('lastSectionId')).toBe('aftercare');
    expect(await browser.storage.session.get('lastSectionId')).toEqual({ lastSectionId: 'aftercare' });
    expect(new Map(await entries(rawStore())).has('lastSectionId')).toBe(false);
    expect(await storage.readAll()).toEqual({});
    await storage.wipeAll();
    expect(await storage.read('lastSectionId')).toBeUndefined();
  });
});

describe('private records under the lock', () => {
  const PASSPHRASE = 'correct horse battery staple';

  it('while locked, reading one throws LockedError even if it was stored plainly; unlocked, it is sealed', async () => {
    const storage = await import('@/lib/storage/storage');
    const lock = await import('@/lib/lock/lock');
    await lock.turnOn(PASSPHRASE, 1000);
    await lock.lockNow();
    // A stray plain record under the lock, as an older Tend could leave after a race.
    await set('safeCallPlan', plan, rawStore());
    await expect(storage.read('safeCallPlan')).rejects.toBeInstanceOf(storage.LockedError);
    expect(await lock.unlock(PASSPHRASE)).toBe(true);
    expect(await storage.read('safeCallPlan')).toEqual(plan);
    expect(JSON.stringify(new Map(await entries(rawStore())).get('safeCallPlan'))).not.toContain('Sam');
  });

  it('opens data sealed before locks had epochs, and brings it up to date', async () => {
    const crypto = await import('@/lib/lock/crypto');
    const { lock, key } = await crypto.createLock(PASSPHRASE, 1000);
    const { epoch: _none, ...legacyLock } = lock;
    await set('__schemaVersion', 1, rawStore());
    await set('__lock', legacyLock, rawStore());
    await set('safeCallPlan', await crypto.encryptRecord(key, plan, 'safeCallPlan'), rawStore());
    const storage = await import('@/lib/storage/storage');
    const lockModule = await import('@/lib/lock/lock');
    expect(await lockModule.lockState()).toBe('locked');
    expect(await lockModule.unlock(PASSPHRASE)).toBe(true);
    expect(await storage.read('safeCallPlan')).toEqual(plan);
    expect(new Map(await entries(rawStore())).get('safeCallPlan')).toMatchObject({ version: CURRENT });
    expect(await lockModule.change(PASSPHRASE, 'a new passphrase', 1000)).toBe(true);
    expect(await storage.read('safeCallPlan')).toEqual(plan);
  });
});

describe('a boundaries list sealed before items had direction', () => {
  const PASSPHRASE = 'correct horse battery staple';
  const firstShape = {
    ratings: { 'safe-word': 'yes', biting: 'maybe' },
    notes: { biting: 'Gently' },
    custom: [{ id: 'custom-1', text: 'Candles' }],
  };

  it('stored plainly (no lock), is brought up to date as storage opens, both ways round kept, unconfirmed', async () => {
    const before = CURRENT - 1;
    await set('__schemaVersion', before, rawStore());
    await set('boundaries', firstShape, rawStore());
    const storage = await import('@/lib/storage/storage');
    const moved = {
      ...firstShape,
      ratings: { 'safe-word': 'yes', 'biting:give': 'maybe', 'biting:receive': 'maybe' },
      curious: [],
      unconfirmed: ['biting:give', 'biting:receive'],
    };
    expect(await storage.read('boundaries')).toEqual(moved);
    const stored = new Map(await entries(rawStore()));
    expect(stored.get('boundaries')).toEqual(moved);
    expect(stored.get('__schemaVersion')).toBe(CURRENT);
  });

  it('is unlocked after the upgrade with both ways round kept, unconfirmed, and stays sealed', async () => {
    const crypto = await import('@/lib/lock/crypto');
    const { lock, key } = await crypto.createLock(PASSPHRASE, 1000);
    const before = CURRENT - 1;
    await set('__schemaVersion', before, rawStore());
    await set('__lock', lock, rawStore());
    const sealedList = await crypto.encryptRecord(key, firstShape, 'boundaries');
    await set('boundaries', { ...sealedList, epoch: lock.epoch, version: before }, rawStore());

    const storage = await import('@/lib/storage/storage');
    const lockModule = await import('@/lib/lock/lock');
    await expect(storage.read('boundaries')).rejects.toBeInstanceOf(storage.LockedError);
    expect(await lockModule.unlock(PASSPHRASE)).toBe(true);
    expect(await storage.read('boundaries')).toEqual({
      ratings: { 'safe-word': 'yes', 'biting:give': 'maybe', 'biting:receive': 'maybe' },
      notes: { biting: 'Gently' },
      custom: [{ id: 'custom-1', text: 'Candles' }],
      curious: [],
      unconfirmed: ['biting:give', 'biting:receive'],
    });
    const stored = new Map(await entries(rawStore())).get('boundaries');
    expect(stored).toMatchObject({ version: CURRENT });
    expect(JSON.stringify(stored)).not.toContain('Gently');
  });
});
