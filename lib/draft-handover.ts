/**
 * Text a view had not saved yet when it closed. A closing page cannot finish an IndexedDB write
 * (sealing is asynchronous, and the page is gone first), and a message to a sleeping worker is
 * dropped with the page. A `storage.session` write the browser was asked for does complete, so the
 * text waits there, in memory only and out of reach of content scripts, until it is stored: by the
 * worker, which that write wakes, or by the next view that reads it, whichever comes first.
 */
import { browser } from 'wxt/browser';
import { LockedError, type StoredData, write } from './storage';
import { parseStoredEntry } from './stored-schema';

const PREFIX = 'draft:';

/** For a page that is closing: hands over `value` without waiting for anything. */
export function handOver<K extends keyof StoredData>(key: K, value: StoredData[K]): void {
  void browser.storage.session.set({ [PREFIX + key]: value });
}

async function heldDrafts(): Promise<[string, unknown][]> {
  return Object.entries(await browser.storage.session.get(null)).filter(([name]) => name.startsWith(PREFIX));
}

/**
 * Stores one draft, then lets it go unless newer text was handed over for the same key meanwhile.
 * While Tend is locked it cannot be sealed: it is let go unstored rather than left readable.
 */
async function store(name: string, value: unknown): Promise<void> {
  const entry = parseStoredEntry(name.slice(PREFIX.length), value);
  if (entry) {
    await write(entry.key, entry.value as never).catch((error: unknown) => {
      if (!(error instanceof LockedError)) throw error;
    });
  }
  const now = (await browser.storage.session.get(name))[name];
  if (JSON.stringify(now) === JSON.stringify(value)) await browser.storage.session.remove(name);
}

let storing: Promise<void> = Promise.resolve();

/** Stores every draft handed over so far; each caller's turn starts after the previous one's. */
export function storeDrafts(): Promise<void> {
  const run = async () => {
    for (const [name, value] of await heldDrafts()) await store(name, value);
  };
  storing = storing.then(run, run);
  return storing;
}

/** Forgets drafts still held (one that failed to store), so no plain text outlives a lock or a wipe. */
export async function dropDrafts(): Promise<void> {
  const names = (await heldDrafts()).map(([name]) => name);
  if (names.length > 0) await browser.storage.session.remove(names);
}

/** For the background: stores drafts as soon as they are handed over, even if no view opens again. */
export function storeDraftsWhenHandedOver(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && Object.values(changes).some((change) => change.newValue !== undefined)) {
      storeDrafts().catch(() => undefined);
    }
  });
}
