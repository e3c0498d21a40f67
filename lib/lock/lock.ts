/**
 * The passphrase lock: turn it on, unlock, lock, change the passphrase, turn it off. Keys are
 * derived first; storage then moves every private record in one transaction that lands only if no
 * save landed meanwhile (lib/storage/storage.ts says how), and a sweep puts right any save that raced it.
 */

import { endComparison } from '@/lib/psi/ending';
import { readLock } from '@/lib/storage/storage';
import { lockEpoch } from '@/lib/storage/store-core';
import { checkPassphrase, createLock, newPassphraseProblem, PBKDF2_ITERATIONS } from './crypto';
import { addKey, dropKey, holdKeys, removeKey } from './lock-session';
import { changeLock, sweep } from './lock-store';

/** The change has landed whatever the sweep meets: a record it cannot put right throws when read. */
const tidy = () => sweep().catch(() => undefined);

export { type LockState, lockState } from './lock-state';

/** Seals the existing private records under a new passphrase and unlocks. */
export async function turnOn(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<void> {
  if (await readLock()) throw new Error('A passphrase is already set.');
  const fresh = await createLock(passphrase, iterations);
  await moveTo({ lock: undefined }, fresh);
}

/** True when the passphrase was right; a wrong one changes nothing. Brings sealed records up to date. */
export async function unlock(passphrase: string): Promise<boolean> {
  const lock = await readLock();
  const open = lock && (await checkPassphrase(passphrase, lock));
  if (!open) return false;
  await holdKeys({ [lockEpoch(lock) ?? '']: open.bytes });
  await tidy();
  return true;
}

/**
 * Locks: the key goes first, since Quick exit relies on it. Then a private comparison in progress
 * ends too (lib/psi/ending.ts), which may never stop or delay the key going, and ends even if
 * dropping the key failed.
 */
export async function lockNow(): Promise<void> {
  try {
    await dropKey();
  } finally {
    await endComparison().catch(() => undefined);
  }
}

/** Re-seals everything under `next`; false (and nothing changed) when `current` is wrong. */
export async function change(current: string, next: string, iterations = PBKDF2_ITERATIONS): Promise<boolean> {
  const problem = newPassphraseProblem(next);
  if (problem) throw new Error(problem);
  const lock = await readLock();
  const old = lock && (await checkPassphrase(current, lock));
  if (!old) return false;
  await moveTo({ lock, bytes: old.bytes }, await createLock(next, iterations));
  return true;
}

/** Opens every private record and stores it plain again; false (nothing changed) when wrong. */
export async function turnOff(passphrase: string): Promise<boolean> {
  const lock = await readLock();
  const old = lock && (await checkPassphrase(passphrase, lock));
  if (!old) return false;
  await changeLock({ lock, bytes: old.bytes }, undefined);
  await dropKey();
  await tidy();
  return true;
}

/**
 * Moves to a new lock. Its key is held before the records move, so every page can open what it
 * meets sealed under either lock; the old key goes once they have moved.
 */
async function moveTo(
  from: Parameters<typeof changeLock>[0],
  fresh: Awaited<ReturnType<typeof createLock>>,
): Promise<void> {
  const epoch = lockEpoch(fresh.lock) ?? '';
  await addKey(epoch, fresh.bytes);
  try {
    await changeLock(from, fresh);
  } catch (error) {
    await removeKey(epoch);
    throw error;
  }
  await holdKeys({ [epoch]: fresh.bytes });
  await tidy();
}
