// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_EXIT_SETTINGS, type ExitSettings, exitSettingsOrDefault } from '@/lib/exit/exit-settings';
import { exitFromView, viewStep } from '@/lib/exit/quick-exit-view';
import { EXIT_REQUEST_KEY } from '@/lib/messages/protocol';
import { callLog } from './call-log';

const EXIT_PAGE = 'chrome-extension://test-extension-id/exit.html';
const TARGET = 'https://weather.example/';
const closing: ExitSettings = { ...DEFAULT_EXIT_SETTINGS, target: TARGET };
const replacing: ExitSettings = { ...closing, mode: 'replace-tab' };

describe('viewStep', () => {
  it('leaves the whole exit to the background until the view knows the tab in front', () => {
    expect(viewStep({ settings: closing, ownTab: null }, EXIT_PAGE)).toBeUndefined();
  });

  it('leaves the whole exit to the background from a tab of its own, in front or not, and while it does not know whether it is in one', () => {
    // The background closes that tab, and a tab change the page had started could be lost with it
    // (seen in e2e: the private tab closed and no target tab opened).
    expect(viewStep({ settings: closing, activeTab: 3, ownTab: 5 }, EXIT_PAGE)).toBeUndefined();
    expect(viewStep({ settings: closing, activeTab: 3 }, EXIT_PAGE)).toBeUndefined();
  });

  it('opens the target in front in close mode, and replaces the page in replace mode', () => {
    expect(viewStep({ settings: closing, activeTab: 3, ownTab: null }, EXIT_PAGE)).toEqual({
      kind: 'open',
      url: TARGET,
      tabId: 3,
    });
    expect(viewStep({ settings: replacing, activeTab: 3, ownTab: null }, EXIT_PAGE)).toEqual({
      kind: 'update-active',
      url: TARGET,
      tabId: 3,
    });
  });

  it('goes by the blank exit page while the settings are unread', () => {
    expect(viewStep({ activeTab: 3, ownTab: null }, EXIT_PAGE)).toEqual({
      kind: 'update-active',
      url: EXIT_PAGE,
      tabId: 3,
    });
  });
});

describe('exitFromView', () => {
  const { calls, record } = callLog();
  beforeEach(() => {
    calls.length = 0;
    vi.restoreAllMocks();
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(record('sendMessage', undefined) as never);
    vi.spyOn(browser.storage.session, 'set').mockImplementation(record('ask', undefined) as never);
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('request-id' as never);
    vi.spyOn(browser.tabs, 'create').mockImplementation(record('create', { id: 9 }) as never);
    vi.spyOn(browser.tabs, 'update').mockImplementation(record('update', {}) as never);
    vi.spyOn(browser.tabs, 'discard').mockImplementation(record('discard', {}) as never);
    vi.spyOn(browser.tabs, 'remove').mockImplementation(record('remove', undefined) as never);
  });

  it('asks for the exit through storage.session first and opens the target in the same task, and leaves closing tabs to the background', async () => {
    await exitFromView({ settings: closing, activeTab: 3, ownTab: null });
    const done = { kind: 'open', url: TARGET, tabId: 3 };
    expect(calls.slice(0, 2)).toEqual([
      `ask [${JSON.stringify({ [EXIT_REQUEST_KEY]: { id: 'request-id', done } })}]`,
      `create [{"url":"${TARGET}","active":true}]`,
    ]);
    expect(calls.some((call) => call.startsWith('sendMessage'))).toBe(false);
    await Promise.resolve();
    expect(calls.some((call) => call.startsWith('remove') || call.startsWith('discard'))).toBe(false);
  });

  it('replace mode: replaces the page in that tab and closes nothing itself', async () => {
    await exitFromView({ settings: replacing, activeTab: 3, ownTab: null });
    expect(calls[1]).toBe(`update [3,{"url":"${TARGET}"}]`);
    await new Promise((done) => setTimeout(done, 10));
    expect(calls.some((call) => call.startsWith('remove'))).toBe(false);
  });

  it('in its own tab in front, hides its page at once and only asks the background', async () => {
    await exitFromView({ settings: closing, activeTab: 5, ownTab: 5 });
    expect(calls).toEqual([`sendMessage [{"type":"quick-exit"}]`]);
    expect(document.documentElement.style.getPropertyValue('visibility')).toBe('hidden');
  });

  it('in its own tab behind another in front, names that one to the background and changes no tab itself', async () => {
    await exitFromView({ settings: closing, activeTab: 3, ownTab: 5 });
    expect(calls).toEqual([`sendMessage [{"type":"quick-exit","tabId":3}]`]);
  });

  it('before the tab in front is known, only asks the background', async () => {
    await exitFromView({ settings: closing, ownTab: null });
    expect(calls).toEqual([`sendMessage [{"type":"quick-exit"}]`]);
  });
});

describe('exitSettingsOrDefault', () => {
  it('takes well-formed stored settings and falls back to the defaults for anything else', () => {
    expect(exitSettingsOrDefault(replacing)).toEqual(replacing);
    for (const bad of [
      undefined,
      null,
      'x',
      { ...replacing, target: 'javascript:alert(1)' },
      { ...replacing, mode: 'x' },
    ])
      expect(exitSettingsOrDefault(bad)).toEqual(DEFAULT_EXIT_SETTINGS);
  });
});
