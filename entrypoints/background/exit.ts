import { type Browser, browser } from 'wxt/browser';
import { hasHotkey } from '@/lib/browser/platform';
import type { ExitSettings } from '@/lib/exit/exit-settings';
import { QUICK_EXIT_COMMAND, quickExit, type ViewStep } from '@/lib/exit/quick-exit';
import { lockNow } from '@/lib/lock/lock';
import { onExitRequest } from '@/lib/messages/incoming';
import { onStoredChange, read } from '@/lib/storage/storage';
import type { UserSites } from './user-sites';

/** Time for the views the exit closes to save their unsaved text before Tend locks. */
const LOCK_AFTER_EXIT_MS = 500;

/** The quick exit as the background runs it: from the tab given, after a view's first step if it made one. */
export type Exit = (tab?: Browser.tabs.Tab, done?: ViewStep) => Promise<void>;

/**
 * The quick exit, from the hotkey here and from views and the tip script (./messages.ts). Locks
 * as it leaves. The exit starts first, so nothing delays the tab change; the lock follows once the
 * views have closed and handed over their last words (see use-draft).
 */
export function startExit(sites: UserSites): Exit {
  // The exit settings stay in memory while the worker lives, so a warm exit reads nothing first.
  let cached: ExitSettings | undefined;
  const loadSettings = async () => {
    cached = await read('exitSettings');
    return cached;
  };
  const exit: Exit = (tab, done) => {
    const leaving = quickExit({
      tab,
      done,
      cached,
      // A just-woken worker reads the sites alongside the settings; the first tab change never waits.
      loadSettings: async () => (await Promise.all([loadSettings(), sites.current() ?? sites.load()]))[0],
      sitePatterns: () => (sites.current() ?? []).map((site) => site.pattern),
    });
    void leaving.finally(() => setTimeout(() => void lockNow(), LOCK_AFTER_EXIT_MS));
    return leaving;
  };

  // Only where this browser has a hotkey (Firefox for Android has no commands).
  if (hasHotkey()) {
    browser.commands.onCommand.addListener((command) => {
      if (command === QUICK_EXIT_COMMAND) void exit();
    });
  }
  // A popup or side panel that made the first tab change itself asks for the rest this way.
  onExitRequest((done) => void exit(undefined, done));
  onStoredChange((key) => {
    if (key === 'exitSettings') void loadSettings();
  });
  void loadSettings();
  return exit;
}
