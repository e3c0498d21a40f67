/** Shared set-up for tests that start the real background: the fake browser lacks these events. */
import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/** Stubs the events and toolbar calls the background registers or makes at start-up. */
export function stubBackgroundStartup(): void {
  // Optional chaining: a test may have taken an API away, as Firefox for Android lacks some.
  for (const event of [
    browser.commands?.onCommand,
    browser.runtime.onInstalled,
    browser.runtime.onStartup,
    browser.idle?.onStateChanged,
    browser.permissions.onAdded,
    browser.permissions.onRemoved,
  ]) {
    if (event) vi.spyOn(event, 'addListener').mockReturnValue(undefined);
  }
  if (browser.idle) vi.spyOn(browser.idle, 'setDetectionInterval').mockReturnValue(undefined as never);
  for (const method of ['setTitle', 'setIcon', 'setBadgeText'] as const) {
    vi.spyOn(browser.action, method).mockResolvedValue(undefined as never);
  }
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
}

/** APIs Firefox for Android lacks (or may lack), as the background and views look them up. */
export const MAYBE_MISSING = ['commands', 'sidebarAction', 'history', 'sessions', 'idle', 'notifications'] as const;

/** Takes one API namespace away from the fake browser; the returned function puts it back. */
export function withoutApi(name: (typeof MAYBE_MISSING)[number]): () => void {
  const apis = browser as unknown as Record<string, unknown>;
  const saved = apis[name];
  delete apis[name];
  return () => {
    apis[name] = saved;
  };
}
