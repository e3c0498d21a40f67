/**
 * Quick exit from an open Tend view (popup, side panel, settings). The button is in each view's
 * HTML and is wired by entrypoints/quick-exit-button.ts, which loads before the view's app and
 * shares no code with it, so the exit works whatever else on the page fails.
 *
 * On a click the view sends the exit message first, so a sleeping worker starts waking, and makes
 * the first tab change itself in the same task: the private page leaves the screen without waiting
 * for the worker, which does the rest (lib/exit/quick-exit.ts). For that the view keeps, from page
 * load, the exit settings (read once, the defaults if they cannot be read) and the tab in front.
 */
import { createStore, get } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { send } from '@/lib/in-page/send';
import { EXIT_REQUEST_KEY, type ExitRequest } from '@/lib/messages/protocol';
import { DATABASE_NAME, STORE_NAME } from '@/lib/storage/database';
import { firstStep } from './exit-plan';
import { DEFAULT_EXIT_SETTINGS, type ExitSettings, exitSettingsOrDefault } from './exit-settings';
import { EXIT_PAGE, QUICK_EXIT_COMMAND, type ViewStep } from './quick-exit';
import { ariaKeyShortcuts } from './shortcut';

/** The id of the Quick exit box in every view's HTML; the app moves the box into its header. */
export const QUICK_EXIT_BOX = 'quick-exit';

/** What a view knows as the user clicks: undefined until its page-load reads answer. */
export interface ViewState {
  settings?: ExitSettings;
  /** The tab in front in the view's window. */
  activeTab?: number;
  /** The view's own tab when it is open in one, null when it is not (popup, side panel); undefined until known. */
  ownTab?: number | null;
}

/** The settings as stored, read past the storage layer, which the view's app loads. */
async function readSettings(): Promise<ExitSettings> {
  try {
    return exitSettingsOrDefault(await get('exitSettings', createStore(DATABASE_NAME, STORE_NAME)));
  } catch {
    return DEFAULT_EXIT_SETTINGS;
  }
}

/**
 * Starts the page-load reads and follows the tab in front, as the background finds it: the active
 * tab of the window last focused (the one a popup opens over, or the one the user is clicking in).
 */
export function watchView(): ViewState {
  const state: ViewState = {};
  // Each answer is kept only if no newer one came meanwhile.
  let asked = 0;
  const findFront = () => {
    const ask = ++asked;
    // Until the browser answers, a click leaves the whole exit to the background.
    state.activeTab = undefined;
    browser.tabs.query({ active: true, lastFocusedWindow: true }).then(
      ([tab]) => {
        if (ask === asked && tab?.id !== undefined) state.activeTab = tab.id;
      },
      () => undefined,
    );
  };
  void readSettings().then((settings) => {
    state.settings = settings;
  });
  browser.tabs.getCurrent().then(
    (tab) => {
      state.ownTab = tab?.id ?? null;
    },
    () => undefined,
  );
  findFront();
  browser.tabs.onActivated.addListener(findFront);
  // Firefox for Android has no windows API: one window, followed by the tab switches alone.
  browser.windows?.onFocusChanged.addListener(findFront);
  return state;
}

/**
 * The first tab change the view makes: only a popup or side panel makes one, once it knows the tab
 * in front. A view in a tab of its own leaves the whole exit to the background, which opens the
 * exit before it closes that tab: a tab change the page had started could be lost with its tab
 * (seen in e2e: no tab left at all, or only the private tab closed).
 */
export function viewStep({ settings, activeTab, ownTab }: ViewState, exitPageUrl: string): ViewStep | undefined {
  if (activeTab === undefined || ownTab !== null) return undefined;
  return { ...firstStep(settings, exitPageUrl), tabId: activeTab };
}

/**
 * The click: the request for the exit first, then the first tab change, in the same task. The
 * private page is out of view at once; the background alone closes tabs (two closers unloading and
 * closing the same tab at once left it open, unloaded, about one exit in thirty in e2e). Resolves
 * once the background has the request (a message: once it is done).
 */
export function exitFromView(state: ViewState): Promise<unknown> {
  const done = viewStep(state, browser.runtime.getURL(EXIT_PAGE));
  // In its own tab (or before it knows it is in none), the view's content leaves the screen at once all the same.
  if (state.ownTab !== null) document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  if (!done) {
    // From a tab of its own behind the one in front (another window), the background acts on that one.
    const behind =
      typeof state.ownTab === 'number' && state.activeTab !== undefined && state.activeTab !== state.ownTab;
    return send(behind ? { type: 'quick-exit', tabId: state.activeTab } : { type: 'quick-exit' });
  }
  // The view may close before a sleeping worker wakes (see EXIT_REQUEST_KEY).
  const request: ExitRequest = { id: crypto.randomUUID(), done };
  const asked = browser.storage.session.set({ [EXIT_REQUEST_KEY]: request });
  if (done.kind === 'open') void browser.tabs.create({ url: done.url, active: true }).catch(() => undefined);
  else void browser.tabs.update(done.tabId, { url: done.url }).catch(() => undefined);
  return asked;
}

/** The quick-exit hotkey as the browser reports it ("Alt+Shift+Q"); '' when none is set or this browser has none. */
export async function currentShortcut(): Promise<string> {
  const commands = (await browser.commands?.getAll?.()) ?? [];
  return commands.find((command) => command.name === QUICK_EXIT_COMMAND)?.shortcut ?? '';
}

/** The hotkey beside the button, where the browser has one set. */
async function showShortcut(box: HTMLElement): Promise<void> {
  const shortcut = await currentShortcut();
  const key = box.querySelector<HTMLElement>('.quick-exit-key');
  if (!shortcut || !key) return;
  const aria = ariaKeyShortcuts(shortcut);
  if (aria) box.querySelector('button')?.setAttribute('aria-keyshortcuts', aria);
  (key.querySelector('kbd') as HTMLElement).textContent = shortcut;
  key.hidden = false;
}

/** Wires the view's Quick exit button; the view closes once the background is done. */
export function wireQuickExit(doc: Document = document): void {
  const box = doc.getElementById(QUICK_EXIT_BOX);
  if (!box) return;
  const state = watchView();
  box.querySelector('button')?.addEventListener('click', () => {
    void exitFromView(state).finally(() => window.close());
  });
  void showShortcut(box).catch(() => undefined);
}
