/**
 * The one place that reads and writes the user's data. Everything goes through idb-keyval in
 * Tend's own database, with the schema version kept in the same store so both change together.
 * With the passphrase lock on, the user's private records are stored sealed (lib/crypto.ts) and
 * open only while the key is held (lib/lock-session.ts).
 */
import { createStore, entries, get, promisifyRequest, set } from 'idb-keyval';
import type { RegionId } from '@/content/regions';
import type { AftercarePlan } from './aftercare';
import type { BoundaryList, SavedComparison } from './boundaries';
import type { SafeCallPlan } from './check-in';
import { decryptRecord, encryptRecord, isSealed, type LockRecord } from './crypto';
import type { ExitSettings } from './exit-settings';
import type { JournalEntry } from './journal';
import { currentKey, dropKey, onLockChange } from './lock-session';
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
  aftercarePlan: AftercarePlan;
  /** The boundaries list: yes / maybe / no answers, the user's own items and notes. */
  boundaries: BoundaryList;
  /** A comparison with a partner that the user chose to keep; null once they forget it. */
  boundaryComparison: SavedComparison | null;
  journal: JournalEntry[];
  /** Minutes the computer may sit idle before Tend locks itself; 0 means never. */
  autoLockMinutes: number;
  /** Neutral title, icon and wording wherever a passer-by could see Tend (lib/discreet.ts). */
  discreetMode: boolean;
  /** "My sites": the community sites where tips and the in-page quick exit work. */
  sites: UserSite[];
  /** The version of Tend whose Public Suffix List last checked the sites (components/use-site-review.ts). */
  sitesReviewedFor: string;
  siteTipSettings: SiteTipSettings;
  siteSnoozes: SiteSnoozes;
  /** Tips the user asked never to see again on their sites. */
  dismissedTips: string[];
  /** Tips shown on their sites, most recent first, so the next page shows another. */
  recentSiteTips: string[];
  /** Where the user is, so their help lines come first; unset until they choose (a guess stands in). */
  region: RegionId;
}

/**
 * What the lock seals: the user's own notes. Settings stay readable while locked, because the
 * background needs them then (where quick exit goes, how long until Tend locks).
 */
export const PRIVATE_KEYS: ReadonlySet<keyof StoredData> = new Set<keyof StoredData>([
  'boundaries',
  'boundaryComparison',
  'safeCallPlan',
  'aftercarePlan',
  'journal',
]);

export class LockedError extends Error {
  constructor() {
    super('Tend is locked. Unlock it with your passphrase first.');
  }
}

const VERSION_KEY = '__schemaVersion';
const LOCK_KEY = '__lock';
const store = createStore('tend', 'user-data');

/** Counts lock changes in any view (on, off, locked, unlocked, new passphrase). */
let lockChanges = 0;
/**
 * The lock as this page last read it, for prepareWrite only: a form prepares every keystroke, and
 * an IndexedDB read each time could leave the newest one unprepared when the page closes at once.
 * Every lock change ends in the key being held or dropped, which forgets it here. Should it still
 * be stale (a wipe while locked drops no key), preparing fails and the form saves through write(),
 * which always reads the lock.
 */
let lockSeen: Promise<LockRecord | undefined> | undefined;
onLockChange(() => {
  lockChanges += 1;
  lockSeen = undefined;
});

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
  // A migration that must reshape a sealed record will need the key; none does yet.
  await swapStore(migrate(await storedRecords(), stored), await get<LockRecord>(LOCK_KEY, store));
}

/** Every record as stored (sealed ones still sealed), without the version and the lock. */
async function storedRecords(): Promise<Record<string, unknown>> {
  const records: Record<string, unknown> = {};
  for (const [key, value] of await entries<string, unknown>(store)) {
    if (key !== VERSION_KEY && key !== LOCK_KEY) records[key] = value;
  }
  return records;
}

/** Swaps the whole store for `records` and `lock` in one transaction: all of it lands or none. */
async function swapStore(records: Records, lock: LockRecord | undefined): Promise<void> {
  await store('readwrite', (objectStore) => {
    try {
      objectStore.clear();
      for (const [key, value] of Object.entries(records)) objectStore.put(value, key);
      objectStore.put(SCHEMA_VERSION, VERSION_KEY);
      if (lock) objectStore.put(lock, LOCK_KEY);
    } catch (error) {
      // A value that cannot be stored throws here, after the clear: abort, or the clear commits.
      objectStore.transaction.abort();
      throw error;
    }
    return promisifyRequest(objectStore.transaction);
  });
  // The lock may have changed here: other pages hear of it as the key is held or dropped.
  lockSeen = undefined;
}

async function key(): Promise<CryptoKey> {
  const found = await currentKey();
  if (!found) throw new LockedError();
  return found;
}

/** The form a value is stored in: sealed when the lock is on and the record is private. */
async function sealed(name: string, value: unknown, lock: LockRecord | undefined): Promise<unknown> {
  return lock && PRIVATE_KEYS.has(name as keyof StoredData) ? encryptRecord(await key(), value, name) : value;
}

async function openRecord(name: string, stored: unknown): Promise<unknown> {
  return isSealed(stored) ? decryptRecord(await key(), stored, name) : stored;
}

export async function read<K extends keyof StoredData>(name: K): Promise<StoredData[K] | undefined> {
  await ready();
  return (await openRecord(name, await get(name, store))) as StoredData[K] | undefined;
}

// Tells Tend's other pages and the worker that a key changed (a channel skips its own sender).
const changes = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('tend-storage');

export async function write<K extends keyof StoredData>(name: K, value: StoredData[K]): Promise<void> {
  await ready();
  await put(name, await sealed(name, value, await readLock()));
}

/**
 * Seals `value` now, if the lock asks for it, and returns the write itself. That write makes its
 * IndexedDB request without waiting for anything, so a page that is closing (which cannot wait:
 * see components/use-draft.ts) still gets it to disk. If the lock changed in between, it seals again first.
 */
export async function prepareWrite<K extends keyof StoredData>(
  name: K,
  value: StoredData[K],
): Promise<() => Promise<void>> {
  await ready();
  const since = lockChanges;
  const stored = await sealed(name, value, await knownLock());
  return () => (lockChanges === since ? put(name, stored) : write(name, value));
}

/**
 * The lock as this page knows it, read once (see lockSeen). A form asks as it opens, so that even
 * its first keystroke is prepared without waiting on IndexedDB.
 */
export function knownLock(): Promise<LockRecord | undefined> {
  lockSeen ??= readLock().catch((error: unknown) => {
    lockSeen = undefined;
    throw error;
  });
  return lockSeen;
}

async function put(name: string, stored: unknown): Promise<void> {
  await store('readwrite', (objectStore) => {
    objectStore.put(stored, name);
    // Commit now rather than when the put reports back: a write made as the page closes would
    // otherwise be aborted with the page.
    objectStore.transaction.commit();
    return promisifyRequest(objectStore.transaction);
  });
  changes?.postMessage(name);
}

/** Calls `listener` with each key another Tend page or the worker writes. Returns an unsubscribe. */
export function onStoredChange(listener: (key: string) => void): () => void {
  const onMessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') listener(event.data);
  };
  changes?.addEventListener('message', onMessage);
  return () => changes?.removeEventListener('message', onMessage);
}

/** Everything the user has stored, opened, for an export. Throws LockedError while locked. */
export async function readAll(): Promise<Partial<StoredData>> {
  await ready();
  const records = await storedRecords();
  const open: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(records)) open[name] = await openRecord(name, value);
  return open as Partial<StoredData>;
}

async function announce(before: readonly string[], after: readonly string[]): Promise<void> {
  for (const name of new Set([...before, ...after])) changes?.postMessage(name);
}

/**
 * Replaces everything stored with `data` (an import) in one transaction, so a failure leaves the
 * old data whole. The lock stays on, and private records are sealed under it.
 */
export async function replaceAll(data: Partial<StoredData>): Promise<void> {
  await ready();
  const lock = await readLock();
  const records: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) records[name] = await sealed(name, value, lock);
  const before = Object.keys(await storedRecords());
  await swapStore(records, lock);
  await announce(before, Object.keys(data));
}

/** Deletes everything, the lock with it: the way back for someone who forgot their passphrase. */
export async function wipeAll(): Promise<void> {
  await ready();
  const before = Object.keys(await storedRecords());
  await swapStore({}, undefined);
  await dropKey();
  await announce(before, []);
}

/** The lock's salt and verifier, or undefined when no passphrase is set. */
export async function readLock(): Promise<LockRecord | undefined> {
  await ready();
  return get<LockRecord>(LOCK_KEY, store);
}

/**
 * For lib/lock.ts: every private record as stored, and a way to write them back with a new lock
 * (or none) in one transaction.
 */
export async function privateRecords(): Promise<Record<string, unknown>> {
  await ready();
  const records = await storedRecords();
  return Object.fromEntries(Object.entries(records).filter(([name]) => PRIVATE_KEYS.has(name as keyof StoredData)));
}

export async function replacePrivate(records: Records, lock: LockRecord | undefined): Promise<void> {
  await ready();
  const all = await storedRecords();
  for (const name of PRIVATE_KEYS) delete all[name];
  await swapStore({ ...all, ...records }, lock);
  await announce([], Object.keys(records));
}
