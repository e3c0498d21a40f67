/**
 * The passphrase lock: turn it on, unlock, lock, change the passphrase, turn it off. Every change
 * to the stored data is computed in full first and then written in one transaction.
 */
import { changePassphrase, checkPassphrase, createLock, decryptAll, encryptAll, PBKDF2_ITERATIONS } from './crypto';
import { currentKey, dropKey, holdKey } from './lock-session';
import { privateRecords, readLock, replacePrivate } from './storage';

export type LockState = 'off' | 'locked' | 'unlocked';

export async function lockState(): Promise<LockState> {
  if (!(await readLock())) return 'off';
  return (await currentKey()) ? 'unlocked' : 'locked';
}

/** Seals the existing private records under a new passphrase and unlocks. */
export async function turnOn(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<void> {
  if (await readLock()) throw new Error('A passphrase is already set.');
  const open = await createLock(passphrase, iterations);
  await replacePrivate(await encryptAll(await privateRecords(), open.key), open.lock);
  await holdKey(open.bytes);
}

/** True when the passphrase was right; a wrong one changes nothing. */
export async function unlock(passphrase: string): Promise<boolean> {
  const lock = await readLock();
  const open = lock && (await checkPassphrase(passphrase, lock));
  if (!open) return false;
  await holdKey(open.bytes);
  return true;
}

export const lockNow = dropKey;

/** Re-seals everything under `next`; false (and nothing changed) when `current` is wrong. */
export async function change(current: string, next: string, iterations = PBKDF2_ITERATIONS): Promise<boolean> {
  const lock = await readLock();
  const changed = lock && (await changePassphrase(await privateRecords(), lock, current, next, iterations));
  if (!changed) return false;
  await replacePrivate(changed.records, changed.lock);
  await holdKey(changed.bytes);
  return true;
}

/** Opens every private record and stores it plain again; false (nothing changed) when wrong. */
export async function turnOff(passphrase: string): Promise<boolean> {
  const lock = await readLock();
  const open = lock && (await checkPassphrase(passphrase, lock));
  if (!open) return false;
  await replacePrivate(await decryptAll(await privateRecords(), open.key), undefined);
  await dropKey();
  return true;
}
