/**
 * Tend's database underneath lib/storage/storage.ts and lib/lock/lock-store.ts: the sealed form of a private
 * record, the keys that open it, and the one conditional commit that every write and lock change
 * goes through.
 *
 * ## Why no write can undo a lock change
 * WebCrypto cannot run inside an IndexedDB transaction, and a page that is closing issues one put
 * and runs nothing after it, so "check the lock, then put" is not enough. Instead:
 * - The lock has an epoch, new each time it is turned on or its passphrase changes; every sealed
 *   record carries the epoch it was sealed under (and the schema of its value).
 * - A write seals first, then in one transaction reads the lock and puts only if it is still the
 *   lock the value was sealed for (`commitIf`); otherwise it seals again and retries.
 * - Every write of a private record stamps a new revision, and a lock change commits only if the
 *   revision it read with its snapshot is unchanged; otherwise it starts again.
 * - The close-time save is still one blind put. A record it leaves sealed under an earlier lock,
 *   or plain under a lock, is put right by the sweep (lib/lock/lock-store.ts), which runs after every
 *   lock change and every unlock; until then the earlier key is kept here, sealed under the new one
 *   (plain when the lock was turned off).
 */
import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import {
  DecryptError,
  decryptRecord,
  encryptRecord,
  importKey,
  isSealed,
  type LockRecord,
  type Sealed,
} from '@/lib/lock/crypto';
import { heldKeys } from '@/lib/lock/lock-session';
import { DATABASE_NAME, STORE_NAME } from './database';
import { migrate, migrateRecord, SCHEMA_VERSION } from './migrations';
import { records, type StoredName } from './stored-schema';

export class LockedError extends Error {
  constructor() {
    super('Tend is locked. Unlock it with your passphrase first.');
  }
}

/** A sealed record as stored: the lock epoch it was sealed under, and the schema of its value. */
export interface StoredSealed extends Sealed {
  epoch?: string;
  version?: number;
}

export const VERSION_KEY = '__schemaVersion';
export const LOCK_KEY = '__lock';
/** Keys of earlier locks still needed by a record sealed under them (see sweep). */
export const PREVIOUS_KEYS = '__previousKeys';
/** Changed by every write of a private record, so a lock change can tell one landed during it. */
export const REVISION_KEY = '__revision';
const INTERNAL = new Set([VERSION_KEY, LOCK_KEY, PREVIOUS_KEYS, REVISION_KEY]);
/** How often a write or lock change starts again when the lock or the data changed under it. */
export const ATTEMPTS = 5;

export const store: UseStore = createStore(DATABASE_NAME, STORE_NAME);
export const names = Object.keys(records) as StoredName[];
export const isPrivate = (name: string) => records[name as StoredName]?.sealed === true;
export const privateNames = names.filter(isPrivate);
/** Records a lock keeps off the disk (see `lockless` in the registry). */
export const locklessNames = names.filter((name) => records[name].lockless);
/** Records kept in IndexedDB; the others live in `storage.session`, and are neither exported nor imported. */
export const onDisk = (name: string) => records[name as StoredName]?.area === 'local';

/** The lock a value is stored for: "off", or the epoch of the lock it is sealed under. */
export function lockEpoch(lock: LockRecord | undefined): string | undefined {
  return lock ? (lock.epoch ?? '') : undefined;
}
const LOCK_OFF = 'off';
export const stateOf = (lock: LockRecord | undefined) => lockEpoch(lock) ?? LOCK_OFF;
export const newRevision = () => crypto.randomUUID();

// Tells Tend's pages and the worker that a record changed: the others through the channel, which
// skips its sender, and this page through `here`.
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('tend-storage');
const here = new EventTarget();

export function announce(names: Iterable<string>): void {
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
export function ready(): Promise<void> {
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

export interface Snapshot {
  records: Record<string, unknown>;
  lock: LockRecord | undefined;
  previous: unknown;
  revision: unknown;
}

/** Everything stored, read in one transaction. */
export async function snapshot(): Promise<Snapshot> {
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
 * One readwrite transaction that reads the lock (and the revision, and a record, when `expected`
 * gives them) and runs `apply` from that read's callback only if all are still as `expected` has
 * them. Resolves to whether it applied.
 */
export function commitIf(
  expected: { lock: LockRecord | undefined; revision?: unknown; record?: [name: string, stored: unknown] },
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
        const record = expected.record && objectStore.get(expected.record[0]);
        const revision = objectStore.get(REVISION_KEY);
        revision.onsuccess = () => {
          const sameLock = stateOf(lock.result as LockRecord | undefined) === stateOf(expected.lock);
          const sameRevision = !('revision' in expected) || revision.result === expected.revision;
          const sameRecord = !record || sameStored(record.result, expected.record?.[1]);
          if (!sameLock || !sameRevision || !sameRecord) return;
          try {
            apply(objectStore);
            applied = true;
            // Nothing more to ask: commit now rather than after the puts report back.
            transaction.commit();
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

/** Whether two stored forms of a record are the same: the same seal (IVs are never reused), or equal plain values. */
function sameStored(a: unknown, b: unknown): boolean {
  if (isSealed(a) && isSealed(b)) return a.iv.every((byte, index) => byte === b.iv[index]);
  return !isSealed(a) && !isSealed(b) && JSON.stringify(a) === JSON.stringify(b);
}

/** The keys this page can open records with, by epoch: those held, and earlier ones still kept. */
export async function knownKeys(lock: LockRecord | undefined, previous: unknown): Promise<Map<string, CryptoKey>> {
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
export async function currentKey(lock: LockRecord): Promise<CryptoKey> {
  const key = (await heldKeys()).get(lockEpoch(lock) ?? '');
  if (!key) throw new LockedError();
  return key;
}

/** `value` as stored under `lock`: sealed (with its epoch and schema) for a private record, else as it is. */
export async function seal(
  name: string,
  value: unknown,
  lock: LockRecord | undefined,
  key?: CryptoKey,
): Promise<unknown> {
  return lock && isPrivate(name) ? sealUnder(lock, key ?? (await currentKey(lock)), name, value) : value;
}

export async function sealUnder(lock: LockRecord, key: CryptoKey, name: string, value: unknown): Promise<StoredSealed> {
  const sealed: StoredSealed = await encryptRecord(key, value, name);
  if (lock.epoch !== undefined) sealed.epoch = lock.epoch;
  sealed.version = SCHEMA_VERSION;
  return sealed;
}

/** Opens a sealed record with the key of its epoch and brings it to the current schema. */
export async function unseal(
  name: string,
  sealed: StoredSealed,
  keys: ReadonlyMap<string, CryptoKey>,
): Promise<unknown> {
  const key = keys.get(sealed.epoch ?? '');
  // Sealed under a lock whose key is gone: nothing can open it.
  if (!key) throw new DecryptError(name);
  return migrateRecord(name, await decryptRecord(key, sealed, name), sealed.version ?? 1);
}

/** Whether a private record is stored as `lock` wants it: sealed under it, at the current schema, or plain with no lock. */
export function isCurrent(stored: unknown, lock: LockRecord | undefined): boolean {
  if (!isSealed(stored)) return lock === undefined;
  const sealed = stored as StoredSealed;
  return lock !== undefined && (sealed.epoch ?? '') === lockEpoch(lock) && sealed.version === SCHEMA_VERSION;
}
