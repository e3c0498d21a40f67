import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, get } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { EMPTY_PLAN } from '@/lib/safe-call/safe-call';

const FAST = 1000;
const FIRST = 'correct horse battery staple';
const SECOND = 'a new passphrase';
const CANARY = 'CANARY-7f3a';
const note = { forMe: `Tea ${CANARY}`, forPartner: '', kitReady: [], ownKit: [] };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** One Tend page: its own copy of every module, over the one IndexedDB and storage.session. */
async function view() {
  vi.resetModules();
  return { storage: await import('@/lib/storage/storage'), lock: await import('@/lib/lock/lock') };
}

async function raw(): Promise<string> {
  const rows = await entries(createStore('tend', 'user-data'));
  return JSON.stringify(rows, (_, value) => (value instanceof Uint8Array ? Array.from(value) : value));
}

const rawLock = async () =>
  JSON.stringify(await get('__lock', createStore('tend', 'user-data')), (_, value) =>
    value instanceof Uint8Array ? Array.from(value) : value,
  );

/**
 * Runs `between` at the first change to the session's keys made after the lock record changed: a
 * lock change has committed, and no page has heard of it yet.
 */
async function afterCommitBeforeEvent(between: () => Promise<unknown>) {
  const session = browser.storage.session;
  const before = await rawLock();
  let ran = false;
  for (const method of ['set', 'remove'] as const) {
    const original = session[method].bind(session) as (argument: unknown) => Promise<void>;
    vi.spyOn(session, method).mockImplementation((async (argument: unknown) => {
      if (!ran && (await rawLock()) !== before) {
        ran = true;
        await between();
      }
      return original(argument);
    }) as never);
  }
}

/** Runs `during` as `lock` seals its first private record, after the change has read the data. */
function whileResealing(during: () => Promise<unknown>) {
  const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
  let ran = false;
  vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (algorithm, key, data) => {
    const name = new TextDecoder().decode((algorithm as AesGcmParams).additionalData as Uint8Array);
    if (!ran && name === 'safeCallPlan') {
      ran = true;
      await during();
    }
    return encrypt(algorithm, key, data);
  });
}

/** Two views over the one store; the second has turned the lock on over a stored safe-call plan. */
async function twoViewsLocked() {
  const a = await view();
  const b = await view();
  await b.storage.write('safeCallPlan', { ...EMPTY_PLAN, friendNote: 'Sam' });
  await b.lock.turnOn(FIRST, FAST);
  return { a, b };
}

/** The second view changes the passphrase, then locks and unlocks with the new one. */
async function changeAndReopen(b: Awaited<ReturnType<typeof view>>) {
  expect(await b.lock.change(FIRST, SECOND, FAST)).toBe(true);
  vi.restoreAllMocks();
  await b.lock.lockNow();
  expect(await b.lock.unlock(SECOND)).toBe(true);
}

describe('two views and a lock change', () => {
  it('a save landing between turning the lock on and its change event is never stored plainly', async () => {
    const a = await view();
    const b = await view();
    const save = await a.storage.prepareWrite('aftercarePlan', note);
    await afterCommitBeforeEvent(() => save.save());
    await b.lock.turnOn(FIRST, FAST);
    expect(await raw()).not.toContain(CANARY);
    await b.lock.lockNow();
    await expect(a.storage.read('aftercarePlan')).rejects.toBeInstanceOf(a.storage.LockedError);
    expect(await b.lock.unlock(FIRST)).toBe(true);
    expect(await a.storage.read('aftercarePlan')).toEqual(note);
  });

  it('a save sealed under the old passphrase still opens after a change of passphrase', async () => {
    const { a, b } = await twoViewsLocked();
    const save = await a.storage.prepareWrite('aftercarePlan', note);
    await afterCommitBeforeEvent(() => save.save());
    await changeAndReopen(b);
    expect(await a.storage.read('aftercarePlan')).toEqual(note);
    expect((await b.storage.readAll()).aftercarePlan).toEqual(note);
    expect(await b.lock.change(SECOND, FIRST, FAST)).toBe(true);
    expect(await b.lock.turnOff(FIRST)).toBe(true);
    expect(await a.storage.read('aftercarePlan')).toEqual(note);
  });

  it('a save sealed just as the lock is turned off opens, and the lock turns on again', async () => {
    const { a, b } = await twoViewsLocked();
    const save = await a.storage.prepareWrite('aftercarePlan', note);
    await afterCommitBeforeEvent(() => save.save());
    expect(await b.lock.turnOff(FIRST)).toBe(true);
    expect(await a.storage.read('aftercarePlan')).toEqual(note);
    expect(await raw()).toContain(CANARY);
    await b.lock.turnOn(SECOND, FAST);
    expect(await b.storage.read('aftercarePlan')).toEqual(note);
  });

  it('a save made while the passphrase is being changed is kept', async () => {
    const { a, b } = await twoViewsLocked();
    whileResealing(() => a.storage.write('aftercarePlan', note));
    await changeAndReopen(b);
    expect(await a.storage.read('aftercarePlan')).toEqual(note);
  });

  it('after "Lock now" in another view, a save already sealed still lands', async () => {
    const { a, b } = await twoViewsLocked();
    const save = await a.storage.prepareWrite('aftercarePlan', note);
    await b.lock.lockNow();
    await save.save();
    expect(await b.lock.unlock(FIRST)).toBe(true);
    expect(await a.storage.read('aftercarePlan')).toEqual(note);
  });

  it('a page closing during a change of passphrase loses nothing (its put runs no callback)', async () => {
    const { a, b } = await twoViewsLocked();
    const save = await a.storage.prepareWrite('aftercarePlan', note);
    // The page closes: its prepared put is issued, and nothing after it ever runs.
    whileResealing(async () => save.now());
    await changeAndReopen(b);
    expect(await b.storage.read('aftercarePlan')).toEqual(note);
  });

  it('a page closing just after a change of passphrase commits: its put under the old one is moved', async () => {
    const { a, b } = await twoViewsLocked();
    const save = await a.storage.prepareWrite('aftercarePlan', note);
    await afterCommitBeforeEvent(async () => save.now());
    await changeAndReopen(b);
    expect(await b.storage.read('aftercarePlan')).toEqual(note);
    // The sweep sealed it under the new passphrase and let the old key go.
    expect((await entries(createStore('tend', 'user-data'))).map(([key]) => key)).not.toContain('__previousKeys');
  });

  it('a page closing just after the lock is turned off: its sealed put is opened', async () => {
    const { a, b } = await twoViewsLocked();
    const save = await a.storage.prepareWrite('aftercarePlan', note);
    await afterCommitBeforeEvent(async () => save.now());
    expect(await b.lock.turnOff(FIRST)).toBe(true);
    expect(await b.storage.read('aftercarePlan')).toEqual(note);
    expect(await raw()).toContain(CANARY);
  });
});
