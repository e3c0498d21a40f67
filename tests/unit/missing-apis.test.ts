/**
 * Firefox for Android has no commands, sidebar, history or sessions API, and a browser may lack
 * idle or notifications too: the background starts, registers its listeners at once and leaves
 * through Quick exit with any one of them missing, and the sidebar falls back to a tab.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { hasHotkey, hasIdle, hasSidebar } from '@/lib/browser/platform';
import { openSidebar } from '@/lib/browser/sidebar';
import { checkInAlarm } from '@/lib/safe-call/check-in';
import { write } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';
import { MAYBE_MISSING, stubBackgroundStartup, withoutApi } from './background-harness';

const fromPopup = { id: browser.runtime.id, url: `${browser.runtime.getURL('/')}popup.html` };

/** Lets the background's start-up reads and writes settle, so a late rejection would surface. */
const settle = () => new Promise((done) => setTimeout(done, 50));

let restore: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  restore?.();
  restore = undefined;
});

function startBackground(): void {
  stubBackgroundStartup();
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 1, active: true, url: 'https://a.example/' }] as never);
  vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
  vi.spyOn(browser.tabs, 'remove').mockResolvedValue(undefined as never);
  // As if history and sessions had been granted: only the API's absence may stop Tend using them.
  vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
  vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
  if (browser.history) {
    vi.spyOn(browser.history, 'deleteUrl').mockResolvedValue(undefined);
    vi.spyOn(browser.history, 'search').mockResolvedValue([] as never);
  }
  if (browser.sessions) vi.spyOn(browser.sessions, 'getRecentlyClosed').mockResolvedValue([] as never);
  Object.assign(browser.runtime, { getContexts: () => Promise.resolve([]) });
  background.main();
}

describe.each(MAYBE_MISSING)('the background without %s', (name) => {
  beforeEach(() => {
    restore = withoutApi(name);
  });

  it('starts without throwing and registers its listeners before start-up returns', async () => {
    const onMessage = vi.spyOn(browser.runtime.onMessage, 'addListener');
    const onAlarm = vi.spyOn(browser.alarms.onAlarm, 'addListener');
    expect(startBackground).not.toThrow();
    expect(onMessage).toHaveBeenCalledOnce();
    expect(onAlarm).toHaveBeenCalledOnce();
    await settle();
  });

  it('still leaves through Quick exit, deleting history and forgetting closed tabs where it can', async () => {
    await write('exitSettings', { ...records.exitSettings.fallback, deleteHistory: true, forgetClosedTabs: true });
    startBackground();
    await settle();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'quick-exit' }, fromPopup as never);
    await vi.waitFor(() => expect(browser.tabs.remove).toHaveBeenCalledWith(1));
    await settle();
    if (browser.history) expect(browser.history.deleteUrl).toHaveBeenCalledWith({ url: 'https://a.example/' });
    if (browser.sessions) expect(browser.sessions.getRecentlyClosed).toHaveBeenCalled();
  });

  it('sets up auto-lock and shows a check-in reminder without throwing', async () => {
    await write('autoLockMinutes', 5);
    startBackground();
    await settle();
    if (browser.idle) expect(browser.idle.setDetectionInterval).toHaveBeenCalledWith(300);
    await fakeBrowser.alarms.onAlarm.trigger({ name: checkInAlarm(1), scheduledTime: Date.now() });
    await settle();
  });
});

describe('listeners for the hotkey and idle', () => {
  it('are registered at start-up where the APIs exist', async () => {
    startBackground();
    expect(browser.commands.onCommand.addListener).toHaveBeenCalledOnce();
    expect(browser.idle.onStateChanged.addListener).toHaveBeenCalledOnce();
    await settle();
  });

  it('are found missing by looking for the APIs', () => {
    expect([hasHotkey(), hasIdle()]).toEqual([true, true]);
    restore = withoutApi('commands');
    const putIdleBack = withoutApi('idle');
    expect([hasHotkey(), hasIdle()]).toEqual([false, false]);
    putIdleBack();
  });
});

describe('openSidebar where there is no sidebar', () => {
  it('rejects, so the caller opens the same page in a tab', async () => {
    // The fake browser, like Firefox for Android, has no side panel.
    expect(hasSidebar()).toBe(false);
    await expect(openSidebar()).rejects.toThrow('no sidebar');
  });

  it('opens the side panel where there is one', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    Object.assign(browser, { sidePanel: { open } });
    try {
      expect(hasSidebar()).toBe(true);
      await openSidebar();
      expect(open).toHaveBeenCalledOnce();
    } finally {
      delete (browser as unknown as Record<string, unknown>).sidePanel;
    }
  });
});
