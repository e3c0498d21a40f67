/**
 * The one place that reads and writes the user's data: the records of lib/stored-schema.ts, in
 * Tend's own IndexedDB database (or `storage.session` for a record kept in memory only). With the
 * passphrase lock on, private records are stored sealed (lib/crypto.ts) and open only while the key
 * is held (lib/lock-session.ts).
 *
 * ## Why no write can undo a lock change
 * WebCrypto cannot run inside an IndexedDB transaction, and a page that is closing issues one put
 * and runs nothing after it, so "check the lock, then put" is not enough. Instead:
 * - The lock has an epoch, new each time it is turned on or its passphrase changes; every sealed
 *   record carries the epoch it was sealed under.
 * - A write seals first, then in one transaction reads the lock and puts only if it is still the
 *   lock the value was sealed for; otherwise it seals again and retries.
 * - Every write of a private record stamps a new revision, and a lock change (lib/lock.ts) commits
 *   only if the revision it read with its snapshot is unchanged; otherwise it starts again.
 * - The close-time save (`PreparedWrite.now`) is still one blind put. A record it leaves sealed
 *   under an earlier lock, or plain under a lock, is put right by `sweep()`, which runs after every
 *   lock change and every unlock; until then the earlier key is kept here, sealed under the new one
 *   (plain when the lock was turned off).
 */
import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import {
  DecryptError,
  decryptRecord,
  encryptRecord,
  importKey,
  isSealed,
  type LockRecord,
  type Sealed,
} from './crypto';
import { dropKey, heldKeys, onLockChange } from './lock-session';
import { migrate, migrateRecord, SCHEMA_VERSION } from './migrations';
import { type ReadValue, records, type StoredData, type StoredName } from './stored-schema';

export type { StoredData, StoredName } from './stored-schema';

export class LockedError extends Error {
  constructor() {
    super('Tend is locked. Unlock it with your passphrase first.');
  }
}

/** A sealed record as stored: the lock epoch it was sealed under, and the schema of its value. */
interface StoredSealed extends Sealed {
  epoch?: string;
  version?: number;
}

const VERSION_KEY = '__schemaVersion';
const LOCK_KEY = '__lock';
/** Keys of earlier locks still needed by a record sealed under them (see sweep). */
const PREVIOUS_KEYS = '__previousKeys';
/** Changed by every write of a private record, so a lock change can tell one landed during it. */
const REVISION_KEY = '__revision';
const INTERNAL = new Set([VERSION_KEY, LOCK_KEY, PREVIOUS_KEYS, REVISION_KEY]);
/** How often a write or lock change starts again when the lock or the data changed under it. */
const ATTEMPTS = 5;

const store: UseStore = createStore('tend', 'user-data');
const names = Object.keys(records) as StoredName[];
const isPrivate = (name: string) => records[name as StoredName]?.sealed === true;
const privateNames = names.filter(isPrivate);
/** Records kept in IndexedDB; the others live in `storage.session`, and are neither exported nor imported. */
const onDisk = (name: string) => records[name as StoredName]?.area === 'local';

/** The lock a value is stored for: "off", or the epoch of the lock it is sealed under. */
export function lockEpoch(lock: LockRecord | undefined): string | undefined {
  return lock ? (lock.epoch ?? '') : undefined;
}
const LOCK_OFF = 'off';
const stateOf = (lock: LockRecord | undefined) => lockEpoch(lock) ?? LOCK_OFF;
const newRevision = () => crypto.randomUUID();

/**
 * The lock as this page last read it, for prepareWrite only: a form prepares every keystroke, and
 * an IndexedDB read each time could leave the newest one unprepared when the page closes at once.
 * Forgotten at every lock change this page hears of; a prepared write checks the lock itself.
 */
let lockSeen: Promise<LockRecord | undefined> | undefined;
onLockChange(() => {
  lockSeen = undefined;
});

// Tells Tend's pages and the worker that a record changed: the others through the channel, which
// skips its sender, and this page through `here`.
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('tend-storage');
const here = new EventTarget();

function announce(names: Iterable<string>): void {
  for (const name of new Set(names)) {
    channel?.postMessage(name);
    here.dispatchEvent(new CustomEvent('change', { detail: name }));
  }
}

/** Calls `listener` with each record that changes, in this page or any other. Returns an unsubscribe. */
export function onStoredChange(listener: (name: string) => void): () => void {
  const fromChannel = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') listener(event.data);
  };
  const fromHere = (event: Event) => listener((event as CustomEvent<string>).detail);
  channel?.addEventListener('message', fromChannel);
  here.addEventListener('change', fromHere);
  return () => {
    channel?.removeEventListener('message', fromChannel);
    here.removeEventListener('change', fromHere);
  };
}

let opened: Promise<void> | undefined;

/** Brings plain records up to the current schema once per page or worker (sealed ones at unlock). */
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
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const snap = await snapshot();
    const plain = Object.fromEntries(Object.entries(snap.records).filter(([, value]) => !isSealed(value)));
    const updated = migrate(plain, stored);
    const committed = await commitIf(snap, (objectStore) => {
      for (const [name, value] of Object.entries(updated)) objectStore.put(value, name);
      objectStore.put(SCHEMA_VERSION, VERSION_KEY);
    });
    if (committed) return;
  }
  throw new Error('Tend could not update its saved data. Close its other pages and try again.');
}

interface Snapshot {
  records: Record<string, unknown>;
  lock: LockRecord | undefined;
  previous: unknown;
  revision: unknown;
}

/** Everything stored, read in one transaction. */
async function snapshot(): Promise<Snapshot> {
  const [keys, values] = await store('readonly', (objectStore) =>
    Promise.all([promisifyRequest(objectStore.getAllKeys()), promisifyRequest(objectStore.getAll())]),
  );
  const all = new Map(keys.map((key, index) => [String(key), values[index]]));
  const recordsOnly = Object.fromEntries([...all].filter(([key]) => !INTERNAL.has(key)));
  return {
    records: recordsOnly,
    lock: all.get(LOCK_KEY) as LockRecord | undefined,
    previous: all.get(PREVIOUS_KEYS),
    revision: all.get(REVISION_KEY),
  };
}

/**
 * One readwrite transaction that reads the lock and the revision and runs `apply` from that read's
 * callback only if both are still as `expected` has them (the revision only when it is given).
 * Resolves to whether it applied.
 */
function commitIf(
  expected: { lock: LockRecord | undefined; revision?: unknown },
  apply: (objectStore: IDBObjectStore) => void,
): Promise<boolean> {
  return store(
    'readwrite',
    (objectStore) =>
      new Promise<boolean>((resolve, reject) => {
        const transaction = objectStore.transaction;
        let applied = false;
        let failure: unknown;
        const lock = objectStore.get(LOCK_KEY);
        const revision = objectStore.get(REVISION_KEY);
        revision.onsuccess = () => {
          const sameLock = stateOf(lock.result as LockRecord | undefined) === stateOf(expected.lock);
          if (!sameLock || ('revision' in expected && revision.result !== expected.revision)) return;
          try {
            apply(objectStore);
            applied = true;
          } catch (error) {
            // A value that cannot be stored throws here: abort, so nothing of this change lands.
            failure = error;
            transaction.abort();
          }
        };
        transaction.oncomplete = () => resolve(applied);
        transaction.onabort = () => reject(failure ?? transaction.error);
      }),
  );
}

/** The keys this page can open records with, by epoch: those held, and earlier ones still kept. */
async function knownKeys(lock: LockRecord | undefined, previous: unknown): Promise<Map<string, CryptoKey>> {
  const keys = new Map(await heldKeys());
  const current = keys.get(lockEpoch(lock) ?? '');
  let kept: unknown = previous;
  if (isSealed(previous)) {
    kept = current ? await decryptRecord(current, previous, PREVIOUS_KEYS).catch(() => undefined) : undefined;
  }
  if (typeof kept === 'object' && kept !== null) {
    for (const [epoch, bytes] of Object.entries(kept as Record<string, number[]>)) {
      if (!keys.has(epoch)) keys.set(epoch, await importKey(new Uint8Array(bytes)));
    }
  }
  return keys;
}

/** The current lock's key, or LockedError. */
async function currentKey(lock: LockRecord): Promise<CryptoKey> {
  const key = (await heldKeys()).get(lockEpoch(lock) ?? '');
  if (!key) throw new LockedError();
  return key;
}

/** `value` as stored under `lock`: sealed (with its epoch and schema) for a private record, else as it is. */
async function seal(name: string, value: unknown, lock: LockRecord | undefined, key?: CryptoKey): Promise<unknown> {
  return lock && isPrivate(name) ? sealUnder(lock, key ?? (await currentKey(lock)), name, value) : value;
}

async function sealUnder(lock: LockRecord, key: CryptoKey, name: string, value: unknown): Promise<StoredSealed> {
  const sealed: StoredSealed = await encryptRecord(key, value, name);
  if (lock.epoch !== undefined) sealed.epoch = lock.epoch;
  sealed.version = SCHEMA_VERSION;
  return sealed;
}

/** Opens a sealed record with the key of its epoch and brings it to the current schema. */
async function unseal(name: string, sealed: StoredSealed, keys: ReadonlyMap<string, CryptoKey>): Promise<unknown> {
  const key = keys.get(sealed.epoch ?? '');
  // Sealed under a lock whose key is gone: nothing can open it.
  if (!key) throw new DecryptError(name);
  return migrateRecord(name, await decryptRecord(key, sealed, name), sealed.version ?? 1);
}

/** Whether a private record is stored as `lock` wants it: sealed under it, at the current schema, or plain with no lock. */
function isCurrent(stored: unknown, lock: LockRecord | undefined): boolean {
  if (!isSealed(stored)) return lock === undefined;
  const sealed = stored as StoredSealed;
  return lock !== undefined && (sealed.epoch ?? '') === lockEpoch(lock) && sealed.version === SCHEMA_VERSION;
}

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
  // Sealed under an earlier lock or schema, or plain under a lock: open it, and put it right.
  const value = isSealed(found)
    ? await unseal(name, found, await knownKeys(lock, await get(PREVIOUS_KEYS, store)))
    : found;
  // What the sweep cannot put right still throws here on the next read.
  await sweep().catch(() => undefined);
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
    await putNow(name, value);
  } else {
    await writePrivate(name, value);
  }
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

/** One transaction whose requests are all issued at once: a closing page still gets it to disk. */
function putNow(name: string, stored: unknown): Promise<void> {
  return store('readwrite', (objectStore) => {
    putRecord(objectStore, name, stored);
    // Commit now rather than when the put reports back: a write made as the page closes would
    // otherwise be aborted with the page.
    objectStore.transaction.commit();
    return promisifyRequest(objectStore.transaction);
  });
}

/** A change sealed in advance (see prepareWrite). */
export interface PreparedWrite {
  /** Saves it, sealing again first if the lock was turned on or off or its passphrase changed. */
  save(): Promise<void>;
  /**
   * For a page that is closing: one request, made at once, with nothing to wait for. If the lock
   * changed meanwhile, the next sweep puts the record right.
   */
  now(): void;
}

/**
 * Seals `value` now, if the lock asks for it, so that the save itself can be made without waiting
 * for anything: a page that is closing (which cannot wait: see components/use-draft.ts) still gets
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
    now: () => {
      void putNow(name, stored).then(() => announce([name]));
    },
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
      if (onDisk(name)) sealed[name] = await seal(name, value, snap.lock);
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
  announce([...Object.keys(before), ...inMemory]);
}

/** The lock's salt and verifier, or undefined when no passphrase is set. */
export async function readLock(): Promise<LockRecord | undefined> {
  await ready();
  return get<LockRecord>(LOCK_KEY, store);
}

/** What a lock change moves to: a new lock and its key, or no lock. */
export interface NextLock {
  lock: LockRecord;
  key: CryptoKey;
}

/**
 * For lib/lock.ts: moves every private record from `from` (the lock the caller checked, and its key
 * bytes) to `next`, in one transaction. The keys were derived before; this snapshots, opens and
 * re-seals, and commits only if no write landed meanwhile (else starts again). The old key is kept,
 * sealed under the new one (plain with no lock), for the sweep.
 */
export async function changeLock(
  from: { lock: LockRecord | undefined; bytes?: Uint8Array<ArrayBuffer> },
  next: NextLock | undefined,
): Promise<void> {
  await ready();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const snap = await snapshot();
    if (stateOf(snap.lock) !== stateOf(from.lock)) throw new Error('The lock was changed in another Tend page.');
    const keys = await knownKeys(snap.lock, snap.previous);
    const fromEpoch = lockEpoch(from.lock);
    if (from.bytes && fromEpoch !== undefined) keys.set(fromEpoch, await importKey(from.bytes));
    const moved: Record<string, unknown> = {};
    for (const name of privateNames) {
      const found = snap.records[name];
      if (found === undefined) continue;
      const value = isSealed(found) ? await unseal(name, found, keys) : found;
      moved[name] = await seal(name, value, next?.lock, next?.key);
    }
    const previous = from.bytes && fromEpoch !== undefined ? { [fromEpoch]: Array.from(from.bytes) } : undefined;
    const keptPrevious = previous && next ? await sealUnder(next.lock, next.key, PREVIOUS_KEYS, previous) : previous;
    const done = await commitIf(snap, (objectStore) => {
      for (const [name, value] of Object.entries(moved)) objectStore.put(value, name);
      if (next) objectStore.put(next.lock, LOCK_KEY);
      else objectStore.delete(LOCK_KEY);
      if (keptPrevious) objectStore.put(keptPrevious, PREVIOUS_KEYS);
      else objectStore.delete(PREVIOUS_KEYS);
      objectStore.put(newRevision(), REVISION_KEY);
    });
    if (done) {
      lockSeen = undefined;
      return announce(Object.keys(moved));
    }
  }
  throw new Error('Tend’s data kept changing while the lock changed. Nothing was changed; try again.');
}

/**
 * Puts right every private record not stored as the current lock wants it: sealed under an earlier
 * lock (a save prepared before a lock change, made after it), sealed at an older schema (a
 * migration that needed the key), or plain under a lock. Runs after each lock change and at every
 * unlock; does nothing while locked. Drops the earlier keys once no record needs them.
 */
export async function sweep(): Promise<void> {
  await ready();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const snap = await snapshot();
    const lock = snap.lock;
    const keys = await knownKeys(lock, snap.previous);
    const current = lock && keys.get(lockEpoch(lock) ?? '');
    if (lock && !current) return;
    const fixed: Record<string, unknown> = {};
    let stranded = false;
    for (const name of privateNames) {
      const found = snap.records[name];
      if (found === undefined || isCurrent(found, lock)) continue;
      if (isSealed(found) && !keys.has((found as StoredSealed).epoch ?? '')) {
        // Sealed under a lock whose key is gone: nothing can open it; keep what is kept.
        stranded = true;
        continue;
      }
      const value = isSealed(found) ? await unseal(name, found, keys) : found;
      fixed[name] = await seal(name, value, lock, current);
    }
    const dropPrevious = !stranded && snap.previous !== undefined;
    if (Object.keys(fixed).length === 0 && !dropPrevious) return;
    const done = await commitIf(snap, (objectStore) => {
      for (const [name, value] of Object.entries(fixed)) objectStore.put(value, name);
      if (dropPrevious) objectStore.delete(PREVIOUS_KEYS);
      objectStore.put(newRevision(), REVISION_KEY);
    });
    if (done) return announce(Object.keys(fixed));
  }
}
