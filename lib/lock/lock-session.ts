/**
 * The open lock's keys while Tend is unlocked. Kept only in `storage.session`: memory, never on disk,
 * gone when the browser closes, and readable only by Tend's own pages and worker (not content
 * scripts). Each page imports them as non-extractable keys.
 *
 * Keys are held by lock epoch (see lib/storage/storage.ts): normally one, the current lock's. During a lock
 * change the new lock's key is added before the change commits, so every page can open a record
 * sealed under either lock whichever it meets first.
 */
import { browser } from 'wxt/browser';
import { isPlainObject } from '@/lib/checks';
import { importKey } from './crypto';

const SESSION_KEY = 'lockKey';

/** Raw key bytes by lock epoch, as stored in the session. */
export type KeyBytes = Record<string, Uint8Array<ArrayBuffer>>;

let cached: Promise<ReadonlyMap<string, CryptoKey>> | undefined;
const listeners = new Set<() => void>();

// Another page or the worker locked, unlocked or changed the lock: forget the cached keys and tell this page.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'session' || !(SESSION_KEY in changes)) return;
  cached = undefined;
  for (const listener of listeners) listener();
});

async function storedBytes(): Promise<Record<string, number[]>> {
  const raw: unknown = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
  return isPlainObject(raw) ? (raw as Record<string, number[]>) : {};
}

/** Holds exactly `keys`, replacing any held before. */
export async function holdKeys(keys: KeyBytes): Promise<void> {
  cached = undefined;
  const plain = Object.fromEntries(Object.entries(keys).map(([epoch, bytes]) => [epoch, Array.from(bytes)]));
  await browser.storage.session.set({ [SESSION_KEY]: plain });
}

/** Holds `bytes` for `epoch` beside the keys already held. */
export async function addKey(epoch: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  cached = undefined;
  await browser.storage.session.set({ [SESSION_KEY]: { ...(await storedBytes()), [epoch]: Array.from(bytes) } });
}

/** Lets go of the key for `epoch` (a lock change that did not land). */
export async function removeKey(epoch: string): Promise<void> {
  cached = undefined;
  const { [epoch]: _removed, ...rest } = await storedBytes();
  await browser.storage.session.set({ [SESSION_KEY]: rest });
}

/** The keys held, by lock epoch; empty while locked. */
export function heldKeys(): Promise<ReadonlyMap<string, CryptoKey>> {
  cached ??= storedBytes().then(
    async (raw) =>
      new Map(
        await Promise.all(
          Object.entries(raw).map(async ([epoch, bytes]) => [epoch, await importKey(new Uint8Array(bytes))] as const),
        ),
      ),
  );
  return cached;
}

/** Locks: every page and the worker lose the keys at once. */
export async function dropKey(): Promise<void> {
  cached = undefined;
  await browser.storage.session.remove(SESSION_KEY);
}

/** Calls `listener` whenever Tend is locked, unlocked or its lock changes, from any page. Returns an unsubscribe. */
export function onLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
