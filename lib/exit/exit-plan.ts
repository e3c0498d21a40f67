/**
 * What a quick exit does, worked out as data from the settings and the open tabs, so every
 * mode can be unit-tested without a browser. `quick-exit.ts` carries the plan out.
 */

import { patternHost, patternIncludes } from '@/lib/sites/site-match';
import type { ExitSettings } from './exit-settings';

/** The very first tab change, made before anything is awaited. */
export type FirstStep = { kind: 'update-active'; url: string } | { kind: 'open'; url: string };

/**
 * With settings in memory the first step goes straight to the target. Without them (a worker that
 * has just woken, a view whose read has not answered) it goes to Tend's blank exit page, which
 * forwards to the user's target itself: the screen is cleared at once either way. A Tend page in
 * front is never navigated: a new tab opens over it, and the exit then closes it.
 */
export function firstStep(settings: ExitSettings | undefined, exitPageUrl: string, tendInFront = false): FirstStep {
  const open = tendInFront || settings?.mode === 'close-private-tabs';
  return { kind: open ? 'open' : 'update-active', url: settings?.target ?? exitPageUrl };
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
  /** Ids of tabs showing Tend's own pages (its blank exit page aside). */
  tendTabIds: readonly number[];
  /** The user's private sites, as match patterns. */
  sitePatterns: readonly string[];
  /** Tend's own pages start with this (`chrome-extension://<id>/`). */
  tendOrigin: string;
}

/** A history search by `text` (a host, or Tend's id), of which only the addresses `keep` accepts are deleted. */
export interface HistorySearch {
  text: string;
  keep(url: string): boolean;
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
  /** Searches of the whole history whose results are deleted too: each private site and Tend's pages. */
  searchHistory: HistorySearch[];
}

const isWebPage = (url: string | undefined): url is string => url !== undefined && /^https?:/.test(url);

/** Every visit to a private site, and to Tend's own pages, wherever it is in history. */
function historySearches(sitePatterns: readonly string[], tendOrigin: string): HistorySearch[] {
  const tendId = new URL(tendOrigin).host;
  return [
    ...sitePatterns.map((pattern) => ({
      text: patternHost(pattern),
      keep: (url: string) => patternIncludes(pattern, url),
    })),
    { text: tendId, keep: (url: string) => url.startsWith(tendOrigin) },
  ];
}

export function planExit({ settings, first, active, tabs, tendTabIds, sitePatterns, tendOrigin }: ExitState): ExitPlan {
  const closing = settings.mode === 'close-private-tabs';
  const isPrivate = (url: string) => sitePatterns.some((pattern) => patternIncludes(pattern, url));
  const privateTabs = closing ? tabs.filter((tab) => isWebPage(tab.url) && isPrivate(tab.url)) : [];
  const close = new Set<number>();
  if (closing && active) close.add(active.id);
  // A new tab was opened over the one the user was on (settings in memory said "close", the mode
  // read since says "replace"): that tab must not stay behind with the private page in it. A Tend
  // page in front is left to the choice below.
  if (first.kind === 'open' && active && !tendTabIds.includes(active.id)) close.add(active.id);
  for (const tab of privateTabs) close.add(tab.id);
  // Tend's pages in tabs are closed, never left one Back away; the one in front too.
  if (settings.closeTendViews) for (const id of tendTabIds) close.add(id);
  // The target is already open unless the first step changed a tab that is now closing.
  const needsTarget = first.kind !== 'open' && active !== undefined && close.has(active.id);
  const visited = [active?.url, ...privateTabs.map((tab) => tab.url)].filter(
    (url): url is string => isWebPage(url) && url !== settings.target,
  );
  // An exit that passed through Tend's blank page leaves it in history too.
  if (!isWebPage(first.url)) visited.push(first.url);
  return {
    open: needsTarget ? settings.target : undefined,
    close: [...close],
    forgetClosed: settings.forgetClosedTabs && close.size > 0,
    closeViews: settings.closeTendViews,
    deleteFromHistory: settings.deleteHistory ? [...new Set(visited)] : [],
    searchHistory: settings.deleteHistory ? historySearches(sitePatterns, tendOrigin) : [],
  };
}
