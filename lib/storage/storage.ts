/**
 * The one place that reads and writes the user's data: the records of lib/storage/stored-schema.ts, in
 * Tend's own IndexedDB database (or `storage.session` for a record kept in memory only). With the
 * passphrase lock on, private records are stored sealed (lib/lock/crypto.ts) and open only while the key
 * is held (lib/lock/lock-session.ts); lib/storage/store-core.ts says how no write can undo a lock change.
 */
import { get, promisifyRequest } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { isSealed, type LockRecord } from '@/lib/lock/crypto';
import { dropKey, heldKeys, onLockChange } from '@/lib/lock/lock-session';
import { SCHEMA_VERSION } from './migrations';
import {
  ATTEMPTS,
  announce,
  commitIf,
  currentKey,
  isCurrent,
  isPrivate,
  knownKeys,
  LOCK_KEY,
  locklessNames,
  names,
  newRevision,
  onDisk,
  onStoredChange,
  PREVIOUS_KEYS,
  REVISION_KEY,
  ready,
  seal,
  snapshot,
  store,
  unseal,
  VERSION_KEY,
} from './store-core';
import { type ReadValue, records, type StoredData, type StoredName } from './stored-schema';

export { LockedError, onStoredChange } from './store-core';
export type { StoredData, StoredName } from './stored-schema';

/**
 * The lock as this page last read it, for prepareWrite only: a form prepares every keystroke, and
 * an IndexedDB read each time could leave the newest one unprepared when the page closes at once.
 * Forgotten at every lock change this page hears of; a prepared write checks the lock itself.
 */
let lockSeen: Promise<LockRecord | undefined> | undefined;

/**
 * Calls `listener` whenever the lock changes in any Tend page or the worker: locked or unlocked
 * (the session's keys), or turned on, off or given a new passphrase (the lock record). Returns an
 * unsubscribe.
 */
export function onLockChanged(listener: () => void): () => void {
  const stopSession = onLockChange(listener);
  const stopRecord = onStoredChange((name) => {
    if (name === LOCK_KEY) listener();
  });
  return () => {
    stopSession();
    stopRecord();
  };
}

onLockChanged(() => {
  lockSeen = undefined;
});

/**
 * The record, or its fallback when nothing is stored. Throws LockedError for a private record while
 * locked (whatever is stored), NewerSchemaError and DecryptError: so a form never shows empty over
 * data it could not open, and never overwrites it.
 */
export async function read<K extends StoredName>(name: K): Promise<ReadValue<K>> {
  await ready();
  const definition = records[name];
  const found = await readStored(name);
  if (!definition.sealed) return (found === undefined ? definition.fallback : found) as ReadValue<K>;
  const lock = await readLock();
  if (lock) await currentKey(lock);
  if (found === undefined) return definition.fallback as ReadValue<K>;
  if (isCurrent(found, lock))
    return (isSealed(found) ? await unseal(name, found, await heldKeys()) : found) as ReadValue<K>;
  // Sealed under an earlier lock or schema, or plain under a lock: open it, and put it right
  // unless it changed meanwhile.
  const value = isSealed(found)
    ? await unseal(name, found, await knownKeys(lock, await get(PREVIOUS_KEYS, store)))
    : found;
  const fixed = await seal(name, value, lock);
  await commitIf({ lock, record: [name, found] }, (objectStore) => putRecord(objectStore, name, fixed));
  return value as ReadValue<K>;
}

async function readStored(name: StoredName): Promise<unknown> {
  if (records[name].area === 'session') return (await browser.storage.session.get(name))[name];
  return get(name, store);
}

export async function write<K extends StoredName>(name: K, value: StoredData[K]): Promise<void> {
  await ready();
  if (records[name].area === 'session') {
    await browser.storage.session.set({ [name]: value });
  } else if (!isPrivate(name)) {
    return putNow(name, value);
  } else {
    await writePrivate(name, value);
  }
  announce([name]);
}

/** Removes a record kept in memory only (`storage.session`): `read` gives its fallback again. */
export async function forget(name: StoredName): Promise<void> {
  if (records[name].area !== 'session') throw new Error(`${name} is kept on disk: write it instead.`);
  await browser.storage.session.remove(name);
  announce([name]);
}

async function writePrivate(name: StoredName, value: unknown): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const lock = await readLock();
    const stored = await seal(name, value, lock);
    if (await commitIf({ lock }, (objectStore) => putRecord(objectStore, name, stored))) return;
  }
  throw new Error('The lock kept changing while Tend saved. Try again.');
}

function putRecord(objectStore: IDBObjectStore, name: string, stored: unknown): void {
  objectStore.put(stored, name);
  if (isPrivate(name)) objectStore.put(newRevision(), REVISION_KEY);
}

/**
 * One transaction whose requests are all issued at once: a closing page still gets it to disk.
 * Announced as soon as it is made, since a page that closes (or reloads) never hears back from
 * it, and the others' reads come after it: otherwise the worker kept the exit mode from before a
 * change made just before the settings page closed. Announced again once it lands.
 */
async function putNow(name: string, stored: unknown): Promise<void> {
  await store('readwrite', (objectStore) => {
    putRecord(objectStore, name, stored);
    // Commit now rather than when the put reports back: a write made as the page closes would
    // otherwise be aborted with the page.
    objectStore.transaction.commit();
    announce([name]);
    return promisifyRequest(objectStore.transaction);
  });
  announce([name]);
}

/** A change sealed in advance (see prepareWrite). */
export interface PreparedWrite {
  /** Saves it, sealing again first if the lock was turned on or off or its passphrase changed. */
  save(): Promise<void>;
  /**
   * For a page that is closing: one request, made at once, with nothing to wait for. If the lock
   * changed meanwhile, the next sweep puts the record right. Resolves once stored, for a page that
   * lives on to hear it (rejects if the browser refused it, out of room say).
   */
  now(): Promise<void>;
}

/**
 * Seals `value` now, if the lock asks for it, so that the save itself can be made without waiting
 * for anything: a page that is closing (which cannot wait: see components/hooks/use-draft.ts) still gets
 * it to disk. Locking and unlocking leave a prepared write valid; a new lock does not.
 */
export async function prepareWrite<K extends StoredName>(name: K, value: StoredData[K]): Promise<PreparedWrite> {
  await ready();
  const lock = await knownLock();
  const stored = await seal(name, value, lock);
  return {
    save: async () => {
      const landed = await commitIf({ lock }, (objectStore) => putRecord(objectStore, name, stored));
      if (landed) announce([name]);
      else await write(name, value);
    },
    now: () => putNow(name, stored),
  };
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

/** Everything the user has stored, opened, for an export. Throws LockedError while locked. */
export async function readAll(): Promise<Partial<StoredData>> {
  await ready();
  const open: Record<string, unknown> = {};
  for (const name of names.filter(onDisk)) {
    const found = await readStored(name);
    if (found !== undefined) open[name] = await read(name);
  }
  return open as Partial<StoredData>;
}

/**
 * Replaces everything stored with `data` (an import) in one transaction, so a failure leaves the
 * old data whole. The lock stays on, and private records are sealed under it.
 */
export async function replaceAll(data: Partial<StoredData>): Promise<void> {
  await ready();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const snap = await snapshot();
    const sealed: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(data)) {
      if (onDisk(name) && !(snap.lock && locklessNames.includes(name as StoredName)))
        sealed[name] = await seal(name, value, snap.lock);
    }
    const done = await commitIf(snap, (objectStore) => {
      for (const name of Object.keys(snap.records)) objectStore.delete(name);
      for (const [name, value] of Object.entries(sealed)) objectStore.put(value, name);
      objectStore.put(newRevision(), REVISION_KEY);
    });
    if (done) {
      lockSeen = undefined;
      return announce([...Object.keys(snap.records), ...Object.keys(data)]);
    }
  }
  throw new Error('Tend’s data kept changing during the import. Try again.');
}

/** Deletes everything, the lock with it: the way back for someone who forgot their passphrase. */
export async function wipeAll(): Promise<void> {
  await ready();
  const { records: before } = await snapshot();
  await store('readwrite', (objectStore) => {
    objectStore.clear();
    objectStore.put(SCHEMA_VERSION, VERSION_KEY);
    return promisifyRequest(objectStore.transaction);
  });
  lockSeen = undefined;
  const inMemory = names.filter((name) => !onDisk(name));
  if (inMemory.length > 0) await browser.storage.session.remove(inMemory);
  await dropKey();
  announce([...Object.keys(before), ...inMemory, LOCK_KEY]);
}

/** The lock's salt and verifier, or undefined when no passphrase is set. */
export async function readLock(): Promise<LockRecord | undefined> {
  await ready();
  return get<LockRecord>(LOCK_KEY, store);
}
