import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test gets an empty IndexedDB and a fresh copy of the storage module (it caches its upgrade).
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  vi.doUnmock('@/lib/migrations');
});

const rawStore = () => createStore('tend', 'user-data');

describe('storage', () => {
  it('reads back what it wrote, and starts a fresh store at the current schema', async () => {
    const storage = await import('@/lib/storage');
    const { SCHEMA_VERSION } = await import('@/lib/migrations');
    expect(await storage.read('lastSectionId')).toBeUndefined();
    await storage.write('lastSectionId', 'aftercare');
    expect(await storage.read('lastSectionId')).toBe('aftercare');
    expect(new Map(await entries(rawStore()))).toEqual(
      new Map<string, unknown>([
        ['__schemaVersion', SCHEMA_VERSION],
        ['lastSectionId', 'aftercare'],
      ]),
    );
  });

  it('migrates a stored v1 fixture in one step when the schema moves on', async () => {
    await set('__schemaVersion', 1, rawStore());
    await set('lastSection', 'consent', rawStore());
    vi.doMock('@/lib/migrations', async (original) => {
      const actual = await original<typeof import('@/lib/migrations')>();
      const steps = [({ lastSection, ...rest }: Record<string, unknown>) => ({ ...rest, lastSectionId: lastSection })];
      return {
        ...actual,
        migrations: steps,
        SCHEMA_VERSION: 2,
        migrate: (r: never, from: number) => actual.migrate(r, from, steps),
      };
    });
    const storage = await import('@/lib/storage');
    expect(await storage.read('lastSectionId')).toBe('consent');
    expect(new Map(await entries(rawStore()))).toEqual(
      new Map<string, unknown>([
        ['__schemaVersion', 2],
        ['lastSectionId', 'consent'],
      ]),
    );
  });

  it('refuses data from a newer Tend and leaves it untouched', async () => {
    await set('__schemaVersion', 99, rawStore());
    await set('lastSectionId', 'consent', rawStore());
    const storage = await import('@/lib/storage');
    await expect(storage.read('lastSectionId')).rejects.toThrow(/newer version of Tend/);
    await expect(storage.write('lastSectionId', 'aftercare')).rejects.toThrow(/newer version of Tend/);
    expect(new Map(await entries(rawStore())).get('lastSectionId')).toBe('consent');
  });
});

describe('replacing everything (import and wipe)', () => {
  it('reads everything back and swaps it whole, keeping the schema version', async () => {
    const storage = await import('@/lib/storage');
    const { SCHEMA_VERSION } = await import('@/lib/migrations');
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
    const storage = await import('@/lib/storage');
    await storage.write('lastSectionId', 'consent');
    // A value IndexedDB cannot store (a function) makes the transaction abort after the clear.
    const bad = { lastSectionId: 'aftercare', firstRunDone: (() => true) as unknown as boolean };
    await expect(storage.replaceAll(bad)).rejects.toThrow();
    expect(await storage.readAll()).toEqual({ lastSectionId: 'consent' });
  });
});
