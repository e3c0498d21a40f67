/**
 * What a quick exit does, worked out as data from the settings and the open tabs, so every
 * mode can be unit-tested without a browser. `quick-exit.ts` carries the plan out.
 */
import type { ExitSettings } from './exit-settings';

/** The very first tab change, made before anything is awaited. */
export type FirstStep = { kind: 'update-active'; url: string } | { kind: 'open'; url: string };

/**
 * With settings in memory the first step goes straight to the target. A worker that has just
 * woken has none yet, so it sends the active tab to Tend's blank exit page, which forwards to the
 * user's target itself: the screen is cleared at once either way.
 */
export function firstStep(settings: ExitSettings | undefined, exitPageUrl: string): FirstStep {
  if (!settings) return { kind: 'update-active', url: exitPageUrl };
  return settings.mode === 'close-private-tabs'
    ? { kind: 'open', url: settings.target }
    : { kind: 'update-active', url: settings.target };
}

export interface TabInfo {
  id: number;
  /** Undefined where the browser does not tell Tend a tab's address. */
  url?: string;
}

export interface ExitState {
  settings: ExitSettings;
  first: FirstStep;
  /** The tab the user was looking at when they pressed the exit. */
  active?: TabInfo;
  tabs: readonly TabInfo[];
  /** Ids of tabs showing Tend's own pages. */
  tendTabIds: readonly number[];
  /** Whether an address belongs to one of the user's private sites. */
  isPrivate(url: string): boolean;
}

export interface ExitPlan {
  /** A new tab to open at the target, when the first step did not already open one. */
  open?: string;
  close: number[];
  /** Forget the closed tabs from "recently closed", where the browser allows it. */
  forgetClosed: boolean;
  /** Tell Tend's popup and side panel to close. */
  closeViews: boolean;
  /** Addresses to delete from history. */
  deleteFromHistory: string[];
}

const isWebPage = (url: string | undefined): url is string => url !== undefined && /^https?:/.test(url);

export function planExit({ settings, first, active, tabs, tendTabIds, isPrivate }: ExitState): ExitPlan {
  const closing = settings.mode === 'close-private-tabs';
  const privateTabs = closing ? tabs.filter((tab) => isWebPage(tab.url) && isPrivate(tab.url)) : [];
  const close = new Set<number>();
  if (closing && active) close.add(active.id);
  for (const tab of privateTabs) close.add(tab.id);
  if (settings.closeTendViews) {
    // In replace mode the active tab is being sent to the target, even if it showed a Tend page.
    for (const id of tendTabIds) if (closing || id !== active?.id) close.add(id);
  }
  const visited = [active?.url, ...privateTabs.map((tab) => tab.url)].filter(isWebPage);
  // A cold exit passes through Tend's blank page, which the browser records too.
  if (!isWebPage(first.url)) visited.push(first.url);
  return {
    open: closing && first.kind !== 'open' ? settings.target : undefined,
    close: [...close],
    forgetClosed: settings.forgetClosedTabs && close.size > 0,
    closeViews: settings.closeTendViews,
    deleteFromHistory: settings.deleteHistory ? [...new Set(visited)] : [],
  };
}
