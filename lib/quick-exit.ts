/**
 * Quick exit: the one function that the hotkey and every Quick exit button end up in. It runs in
 * the background so that it works the same from every view and from any tab.
 */
import { type Browser, browser } from 'wxt/browser';
import { type ExitPlan, firstStep, planExit, type TabInfo } from './exit-plan';
import type { ExitSettings } from './exit-settings';
import { firefox } from './firefox';

/** Name of the browser command (the hotkey) in the manifest. */
export const QUICK_EXIT_COMMAND = 'quick-exit';

/** Tend's blank page that forwards to the user's exit target (see entrypoints/exit). */
export const EXIT_PAGE = '/exit.html';

export interface QuickExitDeps {
  /** Settings already in the worker's memory; undefined in a worker that has just woken. */
  cached: ExitSettings | undefined;
  loadSettings(): Promise<ExitSettings>;
  isPrivate(url: string): boolean;
  /**
   * The tab to act on, when the caller has already found it is the one in front (an exit asked
   * for by Tend's script on a page). Otherwise the front tab is asked for as the exit starts.
   */
  tab?: Browser.tabs.Tab;
}

const toTabInfo = (tab: { id?: number; url?: string }): TabInfo[] =>
  tab.id === undefined ? [] : [{ id: tab.id, url: tab.url }];

/** Ids of the tabs that show Tend's own pages (options, or the popup opened as a tab). */
async function tendTabIds(): Promise<number[]> {
  if (!browser.runtime.getContexts) return [];
  const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB' as Browser.runtime.ContextType] });
  return contexts.flatMap((context) => (context.tabId >= 0 ? [context.tabId] : []));
}

async function hasPermission(permission: 'sessions' | 'history'): Promise<boolean> {
  return browser.permissions.contains({ permissions: [permission] } as never);
}

/** Firefox only: drops the tabs just closed from "recently closed". */
async function forgetClosedTabs(count: number): Promise<void> {
  const forget = firefox.sessions?.forgetClosedTab;
  if (!forget || !(await hasPermission('sessions'))) return;
  const recent = await browser.sessions.getRecentlyClosed({ maxResults: count });
  await Promise.all(recent.flatMap(({ tab }) => (tab?.sessionId ? [forget(tab.windowId, tab.sessionId)] : [])));
}

async function deleteFromHistory(urls: readonly string[]): Promise<void> {
  // No history API: Firefox for Android, or the permission not granted (the API appears with it).
  if (urls.length === 0 || !browser.history || !(await hasPermission('history'))) return;
  await Promise.all(urls.map((url) => browser.history.deleteUrl({ url })));
}

async function carryOut(plan: ExitPlan): Promise<void> {
  if (plan.open) await browser.tabs.create({ url: plan.open, active: true });
  // Views that are not tabs (popup, side panel) close themselves when told; none listening is fine.
  if (plan.closeViews) browser.runtime.sendMessage({ type: 'close-view' }).catch(() => undefined);
  if (plan.close.length > 0) await browser.tabs.remove(plan.close);
  if (plan.forgetClosed) await forgetClosedTabs(plan.close.length);
  await deleteFromHistory(plan.deleteFromHistory);
}

export async function quickExit({ cached, loadSettings, isPrivate, tab }: QuickExitDeps): Promise<void> {
  // Sent before the first tab change, so the browser answers with the tab the user was looking at.
  const activeTabs = tab ? Promise.resolve([tab]) : browser.tabs.query({ active: true, lastFocusedWindow: true });
  const first = firstStep(cached, browser.runtime.getURL(EXIT_PAGE));
  // The first tab change: nothing is awaited before it, so a just-woken worker clears the screen at once.
  const firstChange =
    first.kind === 'open'
      ? browser.tabs.create({ url: first.url, active: true })
      : tab?.id !== undefined
        ? browser.tabs.update(tab.id, { url: first.url })
        : browser.tabs.update({ url: first.url });

  const [settings, [active], tabs, tendTabs] = await Promise.all([
    loadSettings(),
    activeTabs,
    browser.tabs.query({}),
    tendTabIds(),
    firstChange,
  ]);
  await carryOut(
    planExit({
      settings,
      first,
      active: active && toTabInfo(active)[0],
      tabs: tabs.flatMap(toTabInfo),
      tendTabIds: tendTabs,
      isPrivate,
    }),
  );
}
