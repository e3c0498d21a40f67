/**
 * Moving private records between locks, for lib/lock/lock.ts: a lock change, and the sweep that puts
 * right any save that raced one (lib/storage/store-core.ts explains both). Loaded only where the lock is
 * changed or unlocked, never by the popup or the background.
 */

import {
  ATTEMPTS,
  announce,
  commitIf,
  isCurrent,
  knownKeys,
  LOCK_KEY,
  lockEpoch,
  locklessNames,
  newRevision,
  PREVIOUS_KEYS,
  privateNames,
  REVISION_KEY,
  ready,
  type StoredSealed,
  seal,
  sealUnder,
  snapshot,
  stateOf,
  unseal,
} from '@/lib/storage/store-core';
import { importKey, isSealed, type LockRecord } from './crypto';

/** Sealed under a lock whose key is gone (a save that raced two lock changes): nothing can open it. */
const isStranded = (found: unknown, keys: ReadonlyMap<string, CryptoKey>) =>
  isSealed(found) && !keys.has((found as StoredSealed).epoch ?? '');

/** What a lock change moves to: a new lock and its key, or no lock. */
export interface NextLock {
  lock: LockRecord;
  key: CryptoKey;
}

/**
 * For lib/lock/lock.ts: moves every private record from `from` (the lock the caller checked, and its key
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
      // A record sealed under a lock whose key is gone opens under no lock: it cannot block this one.
      if (found === undefined || isStranded(found, keys)) continue;
      const value = isSealed(found) ? await unseal(name, found, keys) : found;
      moved[name] = await seal(name, value, next?.lock, next?.key);
    }
    const previous = from.bytes && fromEpoch !== undefined ? { [fromEpoch]: Array.from(from.bytes) } : undefined;
    const keptPrevious = previous && next ? await sealUnder(next.lock, next.key, PREVIOUS_KEYS, previous) : previous;
    const done = await commitIf(snap, (objectStore) => {
      for (const [name, value] of Object.entries(moved)) objectStore.put(value, name);
      if (next) {
        objectStore.put(next.lock, LOCK_KEY);
        for (const name of locklessNames) objectStore.delete(name);
      } else objectStore.delete(LOCK_KEY);
      if (keptPrevious) objectStore.put(keptPrevious, PREVIOUS_KEYS);
      else objectStore.delete(PREVIOUS_KEYS);
      objectStore.put(newRevision(), REVISION_KEY);
    });
    // The lock record itself is announced too: turning the lock on may change no session key.
    if (done) return announce([...Object.keys(moved), ...(next ? locklessNames : []), LOCK_KEY]);
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
      if (isStranded(found, keys)) {
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
