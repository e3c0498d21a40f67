/**
 * Ending a private comparison in progress: on lock (so also Quick exit and idle), Cancel and Wipe.
 * Its entries say which items the person marked, and the starter's record holds the secret.
 *
 * The generation changes first, straight into `storage.session` (not through storage's `ready()`,
 * which may wait on IndexedDB in a worker just woken), and only then is the record removed. A step
 * still computing stores its record and then re-reads the generation (lib/psi/exchange.ts): if it
 * read before the change, its record was stored before it, so the removal that follows the change
 * takes it away; if after, it sees the change and removes it itself. Loads no curve code.
 */
import { browser } from 'wxt/browser';
import { forget } from '@/lib/storage/storage';

/** The generation now, read as endComparison writes it (see above: not behind storage's ready()). */
export async function currentGeneration(): Promise<unknown> {
  return (await browser.storage.session.get('lockGeneration')).lockGeneration;
}

export async function endComparison(): Promise<void> {
  try {
    await browser.storage.session.set({ lockGeneration: crypto.randomUUID() });
  } finally {
    await forget('boundaryExchange');
  }
}

/**
 * Calls `listener` whenever a comparison on this device ends (a lock, Cancel or Wipe, in any page or
 * the worker), so a view can take it off the screen: with no passphrase, locking changes nothing
 * else there. Returns an unsubscribe.
 */
export function onComparisonEnded(listener: () => void): () => void {
  const heard = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes.lockGeneration;
    // Firefox may report a key that was set to the value it had; only a new value ends anything.
    if (area === 'session' && change && change.newValue !== change.oldValue) listener();
  };
  browser.storage.onChanged.addListener(heard);
  return () => browser.storage.onChanged.removeListener(heard);
}
