/**
 * Every runtime.onMessage listener checks who sent a message and what it holds before acting:
 * behaviourally for the listeners Tend has, and by a scan of the source so a new one cannot skip it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { closeOnExit } from '@/lib/messages/incoming';
import { EXIT_REQUEST_KEY } from '@/lib/messages/protocol';
import { stubBackgroundStartup } from './background-harness';

const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = browser.runtime.getURL('/');

const fromPopup = { id: browser.runtime.id, url: `${ORIGIN}popup.html` };
const refusedSenders = [
  ['a web page', { url: 'https://evil.example/', origin: 'https://evil.example' }],
  ['a content script', { id: browser.runtime.id, url: 'https://evil.example/', tab: { id: 3 } }],
  ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' }],
  ['a look-alike origin', { id: browser.runtime.id, url: `${ORIGIN.slice(0, -1)}.evil.example/` }],
  ['no sender details', {}],
] as const;
const refusedShapes = [
  undefined,
  null,
  'quick-exit',
  { type: 'quick-exit', extra: true },
  { type: 'Quick-Exit' },
  { type: ['quick-exit'] },
  { type: 'close-view', tabId: 1 },
  { type: 'quick-exit', tabId: -1 },
  { type: 'quick-exit', tabId: '1' },
  // A view that made the first tab change asks through storage.session, never by message.
  { type: 'quick-exit', done: { kind: 'open', url: 'https://weather.example/', tabId: 1 } },
  { type: 'quick-exit', done: { kind: 'open', url: 'https://weather.example/', tabId: -1 } },
  { type: 'quick-exit', done: { kind: 'navigate', url: 'https://weather.example/', tabId: 1 } },
  { type: 'quick-exit', done: { kind: 'open', url: 'https://weather.example/', tabId: 1, extra: true } },
];

/** Triggers `browser.runtime.onMessage` as the browser would and returns the listeners' answers. */
const deliver = (message: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender as never) as Promise<unknown[]>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  globalThis.indexedDB = new IDBFactory();
});

describe('the background message listener', () => {
  beforeEach(() => {
    stubBackgroundStartup();
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 1, active: true }] as never);
    vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(browser.tabs, 'remove').mockResolvedValue(undefined as never);
    Object.assign(browser.runtime, { getContexts: () => Promise.resolve([]) });
    background.main();
  });

  it('runs the quick exit for a well-formed message from a Tend page', async () => {
    await deliver({ type: 'quick-exit' }, fromPopup);
    await vi.waitFor(() => expect(browser.tabs.remove).toHaveBeenCalledWith(1));
  });

  it('acts on the tab a Tend page behind names as the one in front', async () => {
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, active: true } as never);
    await deliver({ type: 'quick-exit', tabId: 7 }, { ...fromPopup, tab: { id: 5, active: true } });
    await vi.waitFor(() => expect(browser.tabs.remove).toHaveBeenCalledWith(7));
    expect(browser.tabs.remove).not.toHaveBeenCalledWith(5);
  });

  it('does the rest of an exit whose first tab change the view made, asked through storage.session', async () => {
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 4 } as never);
    const done = { kind: 'open', url: 'https://weather.example/', tabId: 4 };
    await browser.storage.session.set({ [EXIT_REQUEST_KEY]: { id: 'a', done } });
    await vi.waitFor(() => expect(browser.tabs.remove).toHaveBeenCalledWith(4));
    expect(browser.tabs.update).not.toHaveBeenCalled();
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });

  it('ignores an exit request of any other shape, or in any other storage area', async () => {
    const done = { kind: 'open', url: 'https://weather.example/', tabId: 4 };
    await browser.storage.local.set({ [EXIT_REQUEST_KEY]: { id: 'a', done } });
    for (const bad of [
      { done },
      { id: 'b', done: { ...done, tabId: -1 } },
      { id: 'c', done: { ...done, kind: 'navigate' } },
      { id: 'd', done, extra: true },
      { id: 'x'.repeat(65), done },
      'quick-exit',
    ])
      await browser.storage.session.set({ [EXIT_REQUEST_KEY]: bad });
    await new Promise((wait) => setTimeout(wait, 20));
    expect(browser.tabs.remove).not.toHaveBeenCalled();
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });

  it.each(refusedSenders)('ignores a well-formed message from %s', async (_, sender) => {
    expect(await deliver({ type: 'quick-exit' }, sender)).toEqual([undefined]);
    await new Promise((done) => setTimeout(done, 20));
    expect(browser.tabs.update).not.toHaveBeenCalled();
  });

  it.each(refusedShapes)('ignores %j from a Tend page', async (message) => {
    expect(await deliver(message, fromPopup)).toEqual([undefined]);
    await new Promise((done) => setTimeout(done, 20));
    expect(browser.tabs.update).not.toHaveBeenCalled();
  });
});

describe('closeOnExit', () => {
  it('closes the view only for a well-formed close-view from a Tend page', async () => {
    const close = vi.fn();
    const stop = closeOnExit(close);
    for (const [, sender] of refusedSenders) await deliver({ type: 'close-view' }, sender);
    for (const message of [...refusedShapes, { type: 'quick-exit' }]) await deliver(message, fromPopup);
    expect(close).not.toHaveBeenCalled();
    await deliver({ type: 'close-view' }, { id: browser.runtime.id, url: `${ORIGIN}background.js` });
    expect(close).toHaveBeenCalledOnce();
    stop();
  });
});

/** Source files of the extension itself (not tests), with their text. */
function sources(): { file: string; text: string }[] {
  return ['entrypoints', 'lib', 'components'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => ({ file: join(dir, file), text: readFileSync(join(ROOT, dir, file), 'utf8') })),
  );
}

describe('every message listener in the source', () => {
  const listeners = sources().filter(({ text }) => /\.onMessage\.addListener\(/.test(text));

  it('is found by the scan', () => {
    expect(listeners.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['entrypoints/background/messages.ts', 'lib/messages/incoming.ts']),
    );
  });

  it.each(listeners.map(({ file, text }) => [file, text]))('%s checks the shape and the sender', (_, text) => {
    expect(text).toMatch(/\bparseMessage\(/);
    expect(text).toMatch(/\bisFrom\w+\(/);
  });

  it('no code listens to other extensions, web pages or long-lived ports', () => {
    for (const { file, text } of sources()) {
      expect(text, file).not.toMatch(/\bon(MessageExternal|ConnectExternal|Connect)\b/);
    }
  });
});
