/**
 * The one place that reads and writes the user's data. Everything goes through idb-keyval in
 * Tend's own database, with the schema version kept in the same store so both change together.
 */
import { createStore, entries, get, promisifyRequest, set } from 'idb-keyval';
import type { AftercarePlan } from './aftercare';
import type { SafeCallPlan } from './check-in';
import type { ExitSettings } from './exit-settings';
import type { JournalEntry } from './journal';
import { migrate, type Records, SCHEMA_VERSION } from './migrations';

/** What Tend keeps, by key. Add a key here before storing it. */
export interface StoredData {
  /** Section the popup opened last, offered again next time. */
  lastSectionId: string;
  exitSettings: ExitSettings;
  /** The first-run step (confirm the hotkey and exit page) was completed. */
  firstRunDone: boolean;
  safeCallPlan: SafeCallPlan;
  aftercarePlan: AftercarePlan;
  journal: JournalEntry[];
}

const VERSION_KEY = '__schemaVersion';
const store = createStore('tend', 'user-data');

let opened: Promise<void> | undefined;

/** Brings stored data up to the current schema once per page or worker. */
function ready(): Promise<void> {
  opened ??= upgrade().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

async function upgrade(): Promise<void> {
  const stored = await get<number>(VERSION_KEY, store);
  if (stored === SCHEMA_VERSION) return;
  if (stored === undefined) {
    // A fresh install has nothing to migrate: it starts at the current version.
    await set(VERSION_KEY, SCHEMA_VERSION, store);
    return;
  }
  await swapStore(migrate(await storedRecords(), stored), SCHEMA_VERSION);
}

async function storedRecords(): Promise<Record<string, unknown>> {
  const records: Record<string, unknown> = {};
  for (const [key, value] of await entries<string, unknown>(store)) {
    if (key !== VERSION_KEY) records[key] = value;
  }
  return records;
}

/** Swaps the whole store for `records` in one transaction: either all of it lands or none. */
function swapStore(records: Records, version: number): Promise<void> {
  return store('readwrite', (objectStore) => {
    try {
      objectStore.clear();
      for (const [key, value] of Object.entries(records)) objectStore.put(value, key);
      objectStore.put(version, VERSION_KEY);
    } catch (error) {
      // A value that cannot be stored throws here, after the clear: abort, or the clear commits.
      objectStore.transaction.abort();
      throw error;
    }
    return promisifyRequest(objectStore.transaction);
  });
}

export async function read<K extends keyof StoredData>(key: K): Promise<StoredData[K] | undefined> {
  await ready();
  return get<StoredData[K]>(key, store);
}

// Tells Tend's other pages and the worker that a key changed (a channel skips its own sender).
const changes = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('tend-storage');

export async function write<K extends keyof StoredData>(key: K, value: StoredData[K]): Promise<void> {
  await ready();
  await set(key, value, store);
  changes?.postMessage(key);
}

/** Calls `listener` with each key another Tend page or the worker writes. Returns an unsubscribe. */
export function onStoredChange(listener: (key: string) => void): () => void {
  const onMessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') listener(event.data);
  };
  changes?.addEventListener('message', onMessage);
  return () => changes?.removeEventListener('message', onMessage);
}

/** Everything the user has stored, for an export. */
export async function readAll(): Promise<Partial<StoredData>> {
  await ready();
  return storedRecords() as Promise<Partial<StoredData>>;
}

/**
 * Replaces everything stored with `data` (an import, or `{}` to wipe) in one transaction, so a
 * failure leaves the old data whole. Tells the other views about every key that changed.
 */
export async function replaceAll(data: Partial<StoredData>): Promise<void> {
  await ready();
  const before = Object.keys(await storedRecords());
  await swapStore(data, SCHEMA_VERSION);
  for (const key of new Set([...before, ...Object.keys(data)])) changes?.postMessage(key);
}
