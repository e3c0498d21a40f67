/**
 * The one place that reads and writes the user's data. Everything goes through idb-keyval in
 * Tend's own database, with the schema version kept in the same store so both change together.
 */
import { createStore, entries, get, promisifyRequest, set } from 'idb-keyval';
import type { SafeCallPlan } from './check-in';
import type { ExitSettings } from './exit-settings';
import { migrate, type Records, SCHEMA_VERSION } from './migrations';
import type { SiteSnoozes, SiteTipSettings, UserSite } from './sites';

/** What Tend keeps, by key. Add a key here before storing it. */
export interface StoredData {
  /** Section the popup opened last, offered again next time. */
  lastSectionId: string;
  exitSettings: ExitSettings;
  /** The first-run step (confirm the hotkey and exit page) was completed. */
  firstRunDone: boolean;
  safeCallPlan: SafeCallPlan;
  /** "My sites": the community sites where tips and the in-page quick exit work. */
  sites: UserSite[];
  siteTipSettings: SiteTipSettings;
  siteSnoozes: SiteSnoozes;
  /** Tips the user asked never to see again on their sites. */
  dismissedTips: string[];
  /** Tips shown on their sites, most recent first, so the next page shows another. */
  recentSiteTips: string[];
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
  const records: Record<string, unknown> = {};
  for (const [key, value] of await entries<string, unknown>(store)) {
    if (key !== VERSION_KEY) records[key] = value;
  }
  await replaceAll(migrate(records, stored), SCHEMA_VERSION);
}

/** Swaps the whole store for `records` in one transaction: either all of it lands or none. */
function replaceAll(records: Records, version: number): Promise<void> {
  return store('readwrite', (objectStore) => {
    objectStore.clear();
    for (const [key, value] of Object.entries(records)) objectStore.put(value, key);
    objectStore.put(version, VERSION_KEY);
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
