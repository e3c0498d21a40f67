import { describe, expect, it } from 'vitest';
import { type ExitState, firstStep, planExit } from '@/lib/exit/exit-plan';
import type { ExitSettings } from '@/lib/exit/exit-settings';
import { records } from '@/lib/storage/stored-schema';

const EXIT_PAGE = 'chrome-extension://id/exit.html';
const TARGET = 'https://weather.example/';
const replace: ExitSettings = { ...records.exitSettings.fallback, target: TARGET, mode: 'replace-tab' };
const closeAll: ExitSettings = { ...replace, mode: 'close-private-tabs' };

// Tabs 1 and 2 are on the private site, 3 elsewhere, 4 is Tend's options page.
const tabs = [
  { id: 1, url: 'https://private.example/thread' },
  { id: 2, url: 'https://private.example/profile' },
  { id: 3, url: 'https://news.example/' },
  { id: 4, url: 'chrome-extension://id/options.html' },
  { id: 5 },
];
const state = (settings: ExitSettings, activeId = 1, first = firstStep(settings, EXIT_PAGE)): ExitState => ({
  settings,
  first,
  active: tabs.find((tab) => tab.id === activeId),
  tabs,
  tendTabIds: [4],
  sitePatterns: ['https://private.example/*'],
  tendOrigin: 'chrome-extension://id/',
});

describe('firstStep', () => {
  it('goes straight to the target when the settings are in memory', () => {
    expect(firstStep(replace, EXIT_PAGE)).toEqual({ kind: 'update-active', url: TARGET });
    expect(firstStep(closeAll, EXIT_PAGE)).toEqual({ kind: 'open', url: TARGET });
  });

  it('sends the active tab to the blank exit page when the worker has just woken', () => {
    expect(firstStep(undefined, EXIT_PAGE)).toEqual({ kind: 'update-active', url: EXIT_PAGE });
  });

  it('never navigates a Tend page in front: opens a new tab over it, in either mode', () => {
    expect(firstStep(replace, EXIT_PAGE, true)).toEqual({ kind: 'open', url: TARGET });
    expect(firstStep(undefined, EXIT_PAGE, true)).toEqual({ kind: 'open', url: EXIT_PAGE });
  });
});

describe('planExit', () => {
  it('closes the tab a new tab was opened over, even when the mode read since says replace', () => {
    // The worker's settings in memory said "close" (the tab was opened over) but the user had just
    // chosen "replace": the private page must not stay behind in the tab it was in.
    const plan = planExit(state(replace, 1, firstStep(closeAll, EXIT_PAGE)));
    expect(plan.close).toContain(1);
    expect(plan.open).toBeUndefined();
    // A Tend page in front is left to the "close Tend's pages" choice.
    const overTend = planExit(state({ ...replace, closeTendViews: false }, 4, firstStep(replace, EXIT_PAGE, true)));
    expect(overTend.close).not.toContain(4);
  });

  it('replace mode: the active tab is replaced; only Tend pages close', () => {
    expect(planExit(state(replace))).toEqual({
      open: undefined,
      close: [4],
      forgetClosed: false,
      closeViews: true,
      deleteFromHistory: [],
      searchHistory: [],
    });
  });

  it('replace mode from Tend options: that tab is closed, not left one Back away, and the target opens', () => {
    const navigated = planExit(state(replace, 4));
    expect(navigated.close).toEqual([4]);
    expect(navigated.open).toBe(TARGET);
    // A view in front opened the target over itself already.
    const opened = planExit(state(replace, 4, firstStep(replace, EXIT_PAGE, true)));
    expect(opened.close).toEqual([4]);
    expect(opened.open).toBeUndefined();
  });

  it('close mode: closes the active tab, every private tab and Tend pages, keeps the rest', () => {
    const plan = planExit(state(closeAll, 3));
    expect(plan.close.sort()).toEqual([1, 2, 3, 4]);
    expect(plan.open).toBeUndefined();
  });

  it('close mode after a cold start opens the target, since the first step only blanked the tab', () => {
    const plan = planExit(state(closeAll, 1, firstStep(undefined, EXIT_PAGE)));
    expect(plan.open).toBe(TARGET);
    expect(plan.close.sort()).toEqual([1, 2, 4]);
  });

  it('leaves Tend pages open when asked to', () => {
    const plan = planExit(state({ ...closeAll, closeTendViews: false }));
    expect(plan.close.sort()).toEqual([1, 2]);
    expect(plan.closeViews).toBe(false);
  });

  it('forgets closed tabs only when asked and something closed', () => {
    expect(planExit(state({ ...closeAll, forgetClosedTabs: true })).forgetClosed).toBe(true);
    expect(planExit(state({ ...replace, forgetClosedTabs: true, closeTendViews: false })).forgetClosed).toBe(false);
  });

  it('deletes from history only the web pages left, when asked', () => {
    expect(planExit(state({ ...closeAll, deleteHistory: true })).deleteFromHistory.sort()).toEqual([
      'https://private.example/profile',
      'https://private.example/thread',
    ]);
    expect(planExit(state({ ...replace, deleteHistory: true }, 3)).deleteFromHistory).toEqual([
      'https://news.example/',
    ]);
    expect(planExit(state({ ...replace, deleteHistory: true }, 4)).deleteFromHistory).toEqual([]);
    expect(planExit(state(closeAll)).deleteFromHistory).toEqual([]);
  });

  it("searches the whole history for each private site and for Tend's pages, when asked", () => {
    const searches = planExit(state({ ...closeAll, deleteHistory: true })).searchHistory;
    expect(searches.map((search) => search.text)).toEqual(['private.example', 'id']);
    const [site, tend] = searches;
    expect(site?.keep('https://private.example/old/thread')).toBe(true);
    // A search by host also finds pages that merely mention it; only the site's own are deleted.
    expect(site?.keep('https://search.example/?q=private.example')).toBe(false);
    expect(tend?.keep('chrome-extension://id/sidepanel.html#journal')).toBe(true);
    expect(tend?.keep('https://id.example/')).toBe(false);
    expect(planExit(state(closeAll)).searchHistory).toEqual([]);
  });

  it('never deletes the exit page itself from history', () => {
    const onTarget = { ...replace, deleteHistory: true, target: 'https://news.example/' };
    expect(planExit(state(onTarget, 3)).deleteFromHistory).toEqual([]);
  });

  it("after a cold exit also deletes Tend's blank exit page from history", () => {
    const cold = firstStep(undefined, EXIT_PAGE);
    expect(planExit(state({ ...replace, deleteHistory: true }, 3, cold)).deleteFromHistory).toEqual([
      'https://news.example/',
      EXIT_PAGE,
    ]);
  });
});
