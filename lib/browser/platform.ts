/**
 * What this browser offers, found by looking for each API, never by reading the user agent.
 * Firefox for Android has no commands (so no hotkey), no sidebar, no history and no sessions API;
 * MDN's compatibility data lists idle and notifications there, but Tend checks for them all the same.
 */
import { browser } from 'wxt/browser';
import { firefox } from './firefox';

/** `browser` as it may be: any namespace can be missing on some browser. */
const apis = browser as unknown as { [Name in keyof typeof browser]?: (typeof browser)[Name] };

/** A keyboard shortcut (the quick-exit hotkey) can be set and pressed. */
export const hasHotkey = (): boolean => apis.commands?.onCommand !== undefined;

/** The browser reports when the device is left idle, so Tend can lock by itself. */
export const hasIdle = (): boolean => apis.idle?.onStateChanged !== undefined;

/** Chrome's side panel or Firefox's sidebar exists; elsewhere the tools open in a tab. */
export const hasSidebar = (): boolean =>
  import.meta.env.FIREFOX ? firefox.sidebarAction?.open !== undefined : apis.sidePanel?.open !== undefined;
