/**
 * The open lock's key while Tend is unlocked. Kept only in `storage.session`: memory, never on disk,
 * gone when the browser closes, and readable only by Tend's own pages and worker (not content
 * scripts). Each page imports it as a non-extractable key.
 */
import { browser } from 'wxt/browser';
import { importKey } from './crypto';

const SESSION_KEY = 'lockKey';

let cached: Promise<CryptoKey | undefined> | undefined;
const listeners = new Set<() => void>();

// Another page or the worker locked or unlocked: forget the cached key and tell this page's views.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'session' || !(SESSION_KEY in changes)) return;
  cached = undefined;
  for (const listener of listeners) listener();
});

export async function holdKey(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  cached = undefined;
  await browser.storage.session.set({ [SESSION_KEY]: Array.from(bytes) });
}

/** The key, or undefined while locked. */
export function currentKey(): Promise<CryptoKey | undefined> {
  cached ??= browser.storage.session.get(SESSION_KEY).then((found) => {
    const raw = found[SESSION_KEY];
    return Array.isArray(raw) ? importKey(new Uint8Array(raw)) : undefined;
  });
  return cached;
}

/** Locks: every page and the worker lose the key at once. */
export async function dropKey(): Promise<void> {
  cached = undefined;
  await browser.storage.session.remove(SESSION_KEY);
}

/** Calls `listener` whenever Tend is locked or unlocked, from any page. Returns an unsubscribe. */
export function onLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
