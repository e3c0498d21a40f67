/**
 * Firefox-only extension APIs. WXT types `browser` from Chrome's definitions, which lack these;
 * each is optional so callers check for it before use on Chrome.
 */
import { browser } from 'wxt/browser';

interface FirefoxApis {
  commands: { update?(detail: { name: string; shortcut: string }): Promise<void> };
  sessions?: { forgetClosedTab?(windowId: number, sessionId: string): Promise<void> };
  sidebarAction?: {
    open(): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
    setIcon(details: { path: Record<number, string> }): Promise<void>;
  };
}

export const firefox = browser as unknown as FirefoxApis;
