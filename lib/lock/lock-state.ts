/**
 * Whether Tend is locked, read from what every page shares: the lock record and the session's keys.
 * Its own module so the popup can ask without loading the code that changes the lock.
 */

import { readLock } from '@/lib/storage/storage';
import { lockEpoch } from '@/lib/storage/store-core';
import { heldKeys } from './lock-session';

export type LockState = 'off' | 'locked' | 'unlocked';

export async function lockState(): Promise<LockState> {
  const lock = await readLock();
  if (!lock) return 'off';
  return (await heldKeys()).has(lockEpoch(lock) ?? '') ? 'unlocked' : 'locked';
}
