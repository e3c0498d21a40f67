/**
 * Quick exit: the one function that the hotkey and every Quick exit button end up in. It runs in
 * the background so that it works the same from every view and from any tab.
 */
import { type Browser, browser } from 'wxt/browser';
import { firefox } from '@/lib/browser/firefox';
import { send } from '@/lib/in-page/send';
import { type ExitPlan, type FirstStep, firstStep, type HistorySearch, planExit, type TabInfo } from './exit-plan';
import type { ExitSettings } from './exit-settings';

/** Name of the browser command (the hotkey) in the manifest. */
export const QUICK_EXIT_COMMAND = 'quick-exit';

/** Tend's blank page that forwards to the user's exit target (see entrypoints/exit). */
export const EXIT_PAGE = '/exit.html';

/** The first tab change an open Tend view already made as its button was clicked, and the tab it acted on. */
export type ViewStep = FirstStep & { tabId: number };

/** Far more visits than one person's history holds for one site; the browser's own default is 100. */
const HISTORY_RESULTS = 100_000;

export interface QuickExitDeps {
  /** Settings already in the worker's memory; undefined in a worker that has just woken. */
  cached: ExitSettings | undefined;
  loadSettings(): Promise<ExitSettings>;
  /** The user's private sites as match patterns, once `loadSettings` has answered. */
  sitePatterns(): readonly string[];
  /**
   * The tab to act on, when the caller has already found it is the one in front (an exit asked
   * for by Tend's script on a page). Otherwise the front tab is asked for as the exit starts.
   */
  tab?: Browser.tabs.Tab;
  /** Set when a Tend view made the first tab change itself; the background does the rest. */
  done?: ViewStep;
}

const toTabInfo = (tab: { id?: number; url?: string }): TabInfo[] =>
  tab.id === undefined ? [] : [{ id: tab.id, url: tab.url }];

/** Ids of the tabs that show Tend's own pages (options, the popup or side panel as a tab), not its exit page. */
async function tendTabIds(): Promise<number[]> {
  if (!browser.runtime.getContexts) return [];
  const exitPage = browser.runtime.getURL(EXIT_PAGE);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB' as Browser.runtime.ContextType] });
  return contexts.flatMap((context) =>
    context.tabId >= 0 && !context.documentUrl?.startsWith(exitPage) ? [context.tabId] : [],
  );
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

/** Every address of every search the plan's `keep` accepts, across the whole history. */
async function searchHistory(searches: readonly HistorySearch[]): Promise<string[]> {
  const found = await Promise.all(
    searches.map(async ({ text, keep }) => {
      const items = await browser.history.search({ text, startTime: 0, maxResults: HISTORY_RESULTS });
      return items.flatMap((item) => (item.url && keep(item.url) ? [item.url] : []));
    }),
  );
  return found.flat();
}

async function deleteFromHistory(urls: readonly string[], searches: readonly HistorySearch[]): Promise<void> {
  if (urls.length === 0 && searches.length === 0) return;
  // No history API: Firefox for Android, or the permission not granted (the API appears with it).
  if (!browser.history || !(await hasPermission('history'))) return;
  const all = new Set([...urls, ...(await searchHistory(searches))]);
  await Promise.all([...all].map((url) => browser.history.deleteUrl({ url })));
}

/**
 * Closes the tabs without a "Leave site?" prompt: a page's beforeunload handler would stop the
 * close, so each web page is unloaded (discarded) first, which asks the page nothing. Firefox will
 * not discard a page that would ask (MDN, tabs.discard), and closing it anyway brought it back to
 * the front with its prompt (Firefox e2e): such a tab is left open behind the exit page instead.
 * Tend's own pages ask nothing and are closed as they are (a discarded one was left open in
 * Firefox). Each tab on its own: one the user closed meanwhile must not keep the others open.
 */
async function closeTabs(ids: readonly number[], tendTabs: readonly number[]): Promise<void> {
  /** The id to close the tab by, or undefined to leave it open. */
  const unload = async (id: number): Promise<number | undefined> => {
    if (tendTabs.includes(id)) return id;
    let discarded: Browser.tabs.Tab | undefined;
    try {
      discarded = await browser.tabs.discard(id);
    } catch {
      // The tab in front, or one the browser will not discard: it is closed as it is.
      return id;
    }
    if (import.meta.env.FIREFOX && !(await browser.tabs.get(id).catch(() => undefined))?.discarded) return undefined;
    // Chrome may give the discarded tab a new id.
    return discarded?.id ?? id;
  };
  const close = async (id: number) => {
    const unloaded = await unload(id);
    if (unloaded === undefined) return;
    // Chrome may give the unloaded tab a new id: the old one is tried too, so it is never left open.
    for (const candidate of new Set([unloaded, id])) {
      try {
        await browser.tabs.remove(candidate);
        return;
      } catch {
        // Gone already, or known by the other id.
      }
    }
  };
  await Promise.all(ids.map(close));
}

/**
 * Where a new tab for the exit opens: the window of the tab the user was on. Left to the browser,
 * Firefox opened it in another window and left the private page in front in its own.
 */
const inWindowOf = (tab: Browser.tabs.Tab | undefined) =>
  tab?.windowId === undefined ? {} : { windowId: tab.windowId };

async function carryOut(
  plan: ExitPlan,
  active: Browser.tabs.Tab | undefined,
  tendTabs: readonly number[],
): Promise<void> {
  if (plan.open) await browser.tabs.create({ url: plan.open, active: true, ...inWindowOf(active) });
  // Views that are not tabs (popup, side panel) close themselves when told; none listening is fine.
  if (plan.closeViews) send({ type: 'close-view' }).catch(() => undefined);
  if (plan.close.length > 0) await closeTabs(plan.close, tendTabs);
  if (plan.forgetClosed) await forgetClosedTabs(plan.close.length);
  await deleteFromHistory(plan.deleteFromHistory, plan.searchHistory);
}

/** The tab the user was on: the one a view acted on, the one given, or the one in front. */
function activeTab({ tab, done }: QuickExitDeps): Promise<Browser.tabs.Tab[]> {
  // The view's tab may be gone already (it was its own); the exit goes on without it.
  if (done)
    return browser.tabs.get(done.tabId).then(
      (found) => [found],
      () => [{ id: done.tabId } as Browser.tabs.Tab],
    );
  return tab ? Promise.resolve([tab]) : browser.tabs.query({ active: true, lastFocusedWindow: true });
}

/** The first tab change, unless a view made it already: nothing is awaited before it. */
function changeFirst(first: FirstStep, tab: Browser.tabs.Tab | undefined): Promise<unknown> {
  if (first.kind === 'open') return browser.tabs.create({ url: first.url, active: true, ...inWindowOf(tab) });
  return tab?.id !== undefined
    ? browser.tabs.update(tab.id, { url: first.url })
    : browser.tabs.update({ url: first.url });
}

export async function quickExit(deps: QuickExitDeps): Promise<void> {
  const { cached, loadSettings, sitePatterns, tab, done } = deps;
  // Sent before the first tab change, so the browser answers with the tab the user was looking at.
  const activeTabs = activeTab(deps);
  // A Tend page in front (the hotkey over it, or its own button) is never navigated (exit-plan.ts).
  const tendInFront = tab?.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  const first = done ?? firstStep(cached, browser.runtime.getURL(EXIT_PAGE), tendInFront);
  // A just-woken worker clears the screen at once: nothing is awaited before this.
  const firstChange = done ? undefined : changeFirst(first, tab);

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
      sitePatterns: sitePatterns(),
      tendOrigin: browser.runtime.getURL('/'),
    }),
    active,
    tendTabs,
  );
}
