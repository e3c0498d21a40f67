import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ExitSettings } from '@/lib/exit/exit-settings';
import { quickExit } from '@/lib/exit/quick-exit';
import { records } from '@/lib/storage/stored-schema';
import { callLog } from './call-log';

const TARGET = 'https://weather.example/';
const settings: ExitSettings = { ...records.exitSettings.fallback, target: TARGET, mode: 'replace-tab' };
const { calls, record } = callLog();

beforeEach(() => {
  calls.length = 0;
  vi.restoreAllMocks();
  vi.spyOn(browser.tabs, 'query').mockImplementation(
    record('query', [{ id: 1, url: 'https://private.example/', active: true }]) as never,
  );
  vi.spyOn(browser.tabs, 'update').mockImplementation(record('update', {}) as never);
  vi.spyOn(browser.tabs, 'create').mockImplementation(record('create', {}) as never);
  vi.spyOn(browser.tabs, 'remove').mockImplementation(record('remove', undefined) as never);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(record('sendMessage', undefined) as never);
  Object.assign(browser.runtime, { getContexts: record('getContexts', [{ tabId: 7 }]) });
  vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
});

/** Settings that arrive only after the test says so, to see what happens before they do. */
function pendingSettings(value: ExitSettings) {
  let release = () => {};
  const loaded = new Promise<ExitSettings>((done) => {
    release = () => done(value);
  });
  return { loadSettings: () => loaded, release };
}

describe('quickExit', () => {
  it('warm: navigates the active tab to the target before it awaits anything', async () => {
    const { loadSettings, release } = pendingSettings(settings);
    const done = quickExit({ cached: settings, loadSettings, sitePatterns: () => [] });
    // Everything up to here ran synchronously in the call: no await came before the tab change.
    expect(calls.slice(0, 2)).toEqual([
      `query [{"active":true,"lastFocusedWindow":true}]`,
      `update [{"url":"${TARGET}"}]`,
    ]);
    release();
    await done;
    expect(calls).toContain('remove [7]');
    expect(calls).toContain('sendMessage [{"type":"close-view"}]');
  });

  it('opens the exit page in the window of the tab the user was on', async () => {
    const closing: ExitSettings = { ...settings, mode: 'close-private-tabs' };
    const tab = { id: 4, windowId: 2, url: 'https://private.example/', active: true } as never;
    await quickExit({ cached: closing, loadSettings: async () => closing, sitePatterns: () => [], tab });
    expect(calls[0]).toBe(`create [{"url":"${TARGET}","active":true,"windowId":2}]`);
    // A worker that has just woken opens it once the settings are read, in that window too.
    calls.length = 0;
    await quickExit({ cached: undefined, loadSettings: async () => closing, sitePatterns: () => [], tab });
    expect(calls).toContain(`create [{"url":"${TARGET}","active":true,"windowId":2}]`);
  });

  it('given the tab in front (an exit asked for by a page), acts on that tab and asks for no other', async () => {
    const tab = { id: 4, url: 'https://private.example/', active: true } as never;
    await quickExit({ cached: settings, loadSettings: async () => settings, sitePatterns: () => [], tab });
    expect(calls[0]).toBe(`update [4,{"url":"${TARGET}"}]`);
    expect(calls.some((call) => call.startsWith('query [{"active"'))).toBe(false);
  });

  it('a Tend page in front (its own button, or the hotkey over it) is never navigated: the exit opens over it', async () => {
    const tab = { id: 7, url: browser.runtime.getURL('/options.html'), active: true } as never;
    await quickExit({ cached: settings, loadSettings: async () => settings, sitePatterns: () => [], tab });
    expect(calls[0]).toBe(`create [{"url":"${TARGET}","active":true}]`);
    expect(calls.some((call) => call.startsWith('update'))).toBe(false);
    expect(calls).toContain('remove [7]');
  });

  it('cold: sends the active tab to the blank exit page at once, without waiting for settings', async () => {
    const { loadSettings, release } = pendingSettings(settings);
    const done = quickExit({ cached: undefined, loadSettings, sitePatterns: () => [] });
    expect(calls[1]).toBe(`update [{"url":"chrome-extension://test-extension-id/exit.html"}]`);
    release();
    await done;
  });

  it('close mode: opens the target in a new tab first, then closes the tab left behind', async () => {
    const closeMode: ExitSettings = { ...settings, mode: 'close-private-tabs' };
    const { loadSettings, release } = pendingSettings(closeMode);
    const done = quickExit({ cached: closeMode, loadSettings, sitePatterns: () => [] });
    expect(calls[1]).toBe(`create [{"url":"${TARGET}","active":true}]`);
    release();
    await done;
    expect(calls).toEqual(expect.arrayContaining(['remove [1]', 'remove [7]']));
  });

  it('unloads each web page before closing it, so a page that asks "Leave site?" cannot hold up the close; Tend’s own pages close as they are', async () => {
    const closeMode: ExitSettings = { ...settings, mode: 'close-private-tabs' };
    // Chrome answers with the discarded tab, which may carry a new id.
    vi.spyOn(browser.tabs, 'discard').mockImplementation(((id: number) => {
      calls.push(`discard ${id}`);
      return Promise.resolve({ id: id + 100 });
    }) as never);
    await quickExit({ cached: closeMode, loadSettings: async () => closeMode, sitePatterns: () => [] });
    expect(calls.slice(-3)).toEqual(['discard 1', 'remove [7]', 'remove [101]']);
  });

  it('Firefox: a page it would not discard (one that would ask) is left open behind the exit page, not brought back with its prompt', async () => {
    vi.stubEnv('FIREFOX', 'true');
    try {
      const closeMode: ExitSettings = { ...settings, mode: 'close-private-tabs' };
      vi.spyOn(browser.tabs, 'discard').mockResolvedValue(undefined as never);
      vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 1, discarded: false } as never);
      await quickExit({ cached: closeMode, loadSettings: async () => closeMode, sitePatterns: () => [] });
      expect(calls).toContain('remove [7]');
      expect(calls).not.toContain('remove [1]');
      // One Firefox did discard is closed.
      calls.length = 0;
      vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 1, discarded: true } as never);
      await quickExit({ cached: closeMode, loadSettings: async () => closeMode, sitePatterns: () => [] });
      expect(calls).toContain('remove [1]');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('leaves history alone without the permission, even when asked to delete', async () => {
    const asked: ExitSettings = { ...settings, deleteHistory: true };
    const deleteUrl = vi.fn();
    Object.assign(browser, { history: { deleteUrl } });
    await quickExit({ cached: asked, loadSettings: async () => asked, sitePatterns: () => [] });
    expect(deleteUrl).not.toHaveBeenCalled();
  });

  it('deletes the page left from history when the permission was granted', async () => {
    const asked: ExitSettings = { ...settings, deleteHistory: true };
    const deleteUrl = vi.fn().mockResolvedValue(undefined);
    Object.assign(browser, { history: { deleteUrl, search: vi.fn().mockResolvedValue([]) } });
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    await quickExit({ cached: asked, loadSettings: async () => asked, sitePatterns: () => [] });
    expect(deleteUrl).toHaveBeenCalledExactlyOnceWith({ url: 'https://private.example/' });
  });

  it("deletes every visit to the user's sites in the whole history, and Tend's pages, after the tab change", async () => {
    const asked: ExitSettings = { ...settings, deleteHistory: true };
    const found: Record<string, { url: string }[]> = {
      'private.example': [
        { url: 'https://private.example/2019/old-thread' },
        { url: 'https://search.example/?q=private.example' },
      ],
      'test-extension-id': [{ url: 'chrome-extension://test-extension-id/sidepanel.html#journal' }],
    };
    const search = vi.fn(async ({ text }: { text: string }) => {
      calls.push(`search ${text}`);
      return found[text] ?? [];
    });
    const deleteUrl = vi.fn().mockResolvedValue(undefined);
    Object.assign(browser, { history: { deleteUrl, search } });
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    await quickExit({
      cached: asked,
      loadSettings: async () => asked,
      sitePatterns: () => ['https://private.example/*'],
    });
    expect(search).toHaveBeenCalledWith({ text: 'private.example', startTime: 0, maxResults: 100_000 });
    expect(deleteUrl.mock.calls.map(([detail]) => detail.url).sort()).toEqual([
      'chrome-extension://test-extension-id/sidepanel.html#journal',
      'https://private.example/',
      'https://private.example/2019/old-thread',
    ]);
    expect(calls.findIndex((call) => call.startsWith('search'))).toBeGreaterThan(
      calls.findIndex((call) => call.startsWith('update')),
    );
  });

  it('asked by a view that made the first tab change, changes no tab first and acts on the tab the view named', async () => {
    const closeMode: ExitSettings = { ...settings, mode: 'close-private-tabs' };
    vi.spyOn(browser.tabs, 'get').mockImplementation(((id: number) =>
      Promise.resolve({ id, url: 'https://private.example/' })) as never);
    await quickExit({
      cached: undefined,
      loadSettings: async () => closeMode,
      sitePatterns: () => [],
      done: { kind: 'open', url: TARGET, tabId: 3 },
    });
    expect(calls.some((call) => call.startsWith('create') || call.startsWith('update'))).toBe(false);
    expect(calls).toEqual(expect.arrayContaining(['remove [3]', 'remove [7]']));
  });
});
