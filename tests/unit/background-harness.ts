/** Shared set-up for tests that start the real background: the fake browser lacks these events. */
import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/** Stubs the events and toolbar calls the background registers or makes at start-up. */
export function stubBackgroundStartup(): void {
  for (const event of [
    browser.commands.onCommand,
    browser.runtime.onInstalled,
    browser.runtime.onStartup,
    browser.idle.onStateChanged,
    browser.permissions.onAdded,
    browser.permissions.onRemoved,
  ]) {
    vi.spyOn(event, 'addListener').mockReturnValue(undefined);
  }
  vi.spyOn(browser.idle, 'setDetectionInterval').mockReturnValue(undefined as never);
  for (const method of ['setTitle', 'setIcon', 'setBadgeText'] as const) {
    vi.spyOn(browser.action, method).mockResolvedValue(undefined as never);
  }
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
}
