/**
 * Fuzz: 1,000 random and mutated runtime messages, from Tend's pages and from anything else, are
 * delivered to every listener Tend has. Each must be refused: nothing runs, no view closes, and
 * the stored data is byte-for-byte what it was. (Import files join this once Tend can import.)
 */

import { serialize } from 'node:v8';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { createStore, entries } from 'idb-keyval';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { closeOnExit, parseMessage } from '@/lib/messages/incoming';
import { EMPTY_PLAN } from '@/lib/safe-call/safe-call';
import { write } from '@/lib/storage/storage';
import { stubBackgroundStartup } from './background-harness';

const ORIGIN = browser.runtime.getURL('/');
const TEND_PAGE = { id: browser.runtime.id, url: `${ORIGIN}popup.html` };
const VALID_TYPES = ['quick-exit', 'close-view'];

/** The whole store, serialised: equal bytes mean nothing was written, added or removed. */
async function storeBytes(): Promise<Buffer> {
  return serialize(await entries(createStore('tend', 'user-data')));
}

/** Exactly a message Tend accepts: a plain object whose only key is a known type. */
function isValidShape(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const keys = Reflect.ownKeys(raw);
  return keys.length === 1 && keys[0] === 'type' && VALID_TYPES.includes((raw as { type: unknown }).type as string);
}

function isTendPage(sender: { id?: unknown; url?: unknown }): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(ORIGIN);
}

const validMessage = fc.constantFrom(...VALID_TYPES).map((type) => ({ type }));

/** Messages that are not one of Tend's: random values, and valid ones bent out of shape. */
const badMessage = fc
  .oneof(
    fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true }),
    fc.jsonValue(),
    fc.record({ type: fc.oneof(fc.string(), fc.anything()) }),
    validMessage.map(({ type }) => ({ type: type.toUpperCase() })),
    validMessage.map(({ type }) => ({ type: ` ${type}` })),
    validMessage.map(({ type }) => ({ type: [type] })),
    validMessage.map((message) => JSON.stringify(message)),
    fc
      .tuple(validMessage, fc.dictionary(fc.string(), fc.anything(), { minKeys: 1 }))
      .map(([message, extra]) => ({ ...extra, ...message })),
    fc.tuple(validMessage, fc.anything()).map(([message, payload]) => ({ ...message, payload })),
    validMessage.map((message) => JSON.parse(`{"__proto__": {"polluted": 1}, "type": "${message.type}"}`)),
  )
  .filter((raw) => !isValidShape(raw));

/** Senders other than Tend's own pages: web pages, content scripts, other extensions, odd values. */
const foreignSender = fc
  .record(
    {
      id: fc.oneof(fc.constant(browser.runtime.id), fc.string(), fc.constant(undefined)),
      url: fc.oneof(
        fc.webUrl(),
        fc.string().map((path) => `chrome-extension://other-extension/${path}`),
        fc.string().map((path) => `${ORIGIN.slice(0, -1)}.evil.example/${path}`),
        fc.string(),
        fc.constant(undefined),
      ),
      tab: fc.option(fc.record({ id: fc.nat() })),
      origin: fc.option(fc.webUrl().map((url) => new URL(url).origin)),
    },
    { requiredKeys: [] },
  )
  .filter((sender) => !isTendPage(sender));

const anySender = fc.oneof(fc.constant(TEND_PAGE), foreignSender);

describe('message fuzz', () => {
  const closeView = vi.fn();
  let before: Buffer;

  beforeAll(async () => {
    globalThis.indexedDB = new IDBFactory();
    fakeBrowser.reset();
    stubBackgroundStartup();
    for (const method of ['query', 'update', 'create', 'remove'] as const) {
      vi.spyOn(browser.tabs, method).mockResolvedValue([] as never);
    }
    // Data worth protecting, in place before the listeners start.
    await write('lastSectionId', 'aftercare');
    await write('discreetMode', true);
    await write('safeCallPlan', {
      ...EMPTY_PLAN,
      friendNote: 'Sam',
      where: 'Hotel',
      checkIns: ['2026-11-25T22:00'],
      stepsNote: 'Call',
    });
    background.main();
    closeOnExit(closeView);
    await new Promise((done) => setTimeout(done, 50));
    before = await storeBytes();
  });

  const deliver = (message: unknown, sender: object) =>
    fakeBrowser.runtime.onMessage.trigger(message, sender as never) as Promise<unknown[]>;

  it('refuses 700 random and mutated messages from any sender', async () => {
    await fc.assert(
      fc.asyncProperty(badMessage, anySender, async (message, sender) => {
        expect(parseMessage(message)).toBeUndefined();
        expect(await deliver(message, sender)).toEqual([undefined, undefined]);
      }),
      { numRuns: 700 },
    );
  });

  it('refuses 300 well-formed messages from senders that are not Tend’s pages', async () => {
    await fc.assert(
      fc.asyncProperty(validMessage, foreignSender, async (message, sender) => {
        expect(await deliver(message, sender)).toEqual([undefined, undefined]);
      }),
      { numRuns: 300 },
    );
  });

  it('afterwards nothing ran, no view closed, and the store is byte-for-byte unchanged', async () => {
    await new Promise((done) => setTimeout(done, 50));
    expect(browser.tabs.update).not.toHaveBeenCalled();
    expect(browser.tabs.create).not.toHaveBeenCalled();
    expect(browser.tabs.remove).not.toHaveBeenCalled();
    expect(closeView).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await storeBytes()).equals(before)).toBe(true);
  });
});
