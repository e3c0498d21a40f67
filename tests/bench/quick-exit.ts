/**
 * Quick-exit latency, as the user meets it:
 * - click: from the click on the Quick exit button of Tend's real popup, open over the private
 *   page, with Tend's worker stopped, until the target has committed in the tab in front (the
 *   private page is out of view), and until the private page's tab is closed;
 * - cold message: an exit asked for by message of a worker that was not running (a restarted
 *   browser), the stand-in for the hotkey, which headless Chromium cannot press;
 * - history: the exit's whole run, "Delete from history" on, with 1,000 visits to the user's site to delete.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  firstRunPage,
  launch,
  launchWithHistoryDeletion,
  openTab,
  removeFolder,
  type Site,
  startSite,
  stopWorkers,
} from '../e2e/fixtures';
import { ToolbarPopup } from '../e2e/toolbar-popup';

export interface QuickExitFigures {
  /** Click to target committed in the front tab, worker stopped. */
  clickToTarget: number[];
  /** Click to the private page's tab closed, worker stopped. */
  clickToClosed: number[];
  /** Message to a worker not running, until the private page is gone and the target committed in front. */
  coldMessage: number[];
  /** The whole exit with 1,000 history visits of the user's site to delete. */
  history1000: number[];
}

/**
 * The wall-clock time the tab in front committed `target` (the first byte of its answer, read in
 * the page itself), once such a tab exists; Node's and the browser's clocks are the same clock.
 */
async function targetCommitted(context: BrowserContext, target: string): Promise<number> {
  for (;;) {
    for (const page of context.pages()) {
      if (page.url() !== target) continue;
      const visible = await page.evaluate(() => document.visibilityState === 'visible').catch(() => false);
      if (!visible) continue;
      return page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return performance.timeOrigin + (navigation?.responseStart ?? 0);
      });
    }
    await new Promise((done) => setTimeout(done, 5));
  }
}

/** Resolves with the time `page` is closed, or navigates away from `url`. */
function gone(page: Page, url: string): Promise<number> {
  return new Promise((done) => {
    page.once('close', () => done(Date.now()));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url() !== url) done(Date.now());
    });
  });
}

/** Runs `act` in `page` and answers the wall-clock time it ran at, or now when the page closed first. */
async function clockedIn(page: Page, act: () => void): Promise<number> {
  const fallback = Date.now();
  return page
    .evaluate(`(() => { const at = performance.timeOrigin + performance.now(); (${act.toString()})(); return at; })()`)
    .then(
      (at) => at as number,
      () => fallback,
    );
}

async function setTarget(options: Page, target: string): Promise<void> {
  await options.getByRole('textbox', { name: 'Exit page' }).fill(target);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

const tendQuickExit = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { tendQuickExit(): Promise<void> }).tendQuickExit());

async function benchClicks(runs: number, site: Site, figures: QuickExitFigures) {
  const profile = mkdtempSync(join(tmpdir(), 'tend-bench-profile-'));
  const target = site.url('weather');
  try {
    const context = await launch(profile);
    const options = await firstRunPage(context);
    const extensionId = new URL(options.url()).host;
    await setTarget(options, target);
    await options.close();
    for (let run = 0; run < runs; run++) {
      const privateUrl = site.url(`private-${run}`);
      // A Tend page behind asks for the popup, so the worker can be stopped first; the exit closes it.
      const opener = await openTab(context, `chrome-extension://${extensionId}/options.html`);
      const page = await openTab(context, privateUrl);
      await stopWorkers(context, page);
      const popup = await ToolbarPopup.openOver(page, opener);
      // Open and idle, as when a person reads it before clicking.
      await popup.settle();
      await stopWorkers(context, page);
      const closed = gone(page, privateUrl);
      // The click as the popup gets it, timed in the popup (or now, should the popup close before it answers).
      const fallback = Date.now();
      const clicked = (await Promise.race([
        popup.evaluate(
          `(() => { const at = performance.timeOrigin + performance.now(); document.querySelector('#quick-exit button').click(); return at; })()`,
        ),
        new Promise((done) => setTimeout(() => done(fallback), 2000)),
      ])) as number;
      const [at, closedAt] = await Promise.all([targetCommitted(context, target), closed]);
      figures.clickToTarget.push(at - clicked);
      figures.clickToClosed.push(closedAt - clicked);
      for (const left of context.pages()) await left.close();
    }
    await context.close();

    // A restarted browser starts Tend's worker only when an event needs it: each message wakes it.
    for (let run = 0; run < runs; run++) {
      const restarted = await launch(profile);
      const privateUrl = site.url(`private-${run}`);
      const page = await openTab(restarted, privateUrl);
      const tend = await openTab(restarted, `chrome-extension://${extensionId}/popup.html`);
      await page.bringToFront();
      const left = gone(page, privateUrl);
      const asked = await clockedIn(tend, () => {
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
          .sendMessage({ type: 'quick-exit' })
          .catch(() => undefined);
      });
      figures.coldMessage.push(Math.max(...(await Promise.all([targetCommitted(restarted, target), left]))) - asked);
      await restarted.close();
    }
  } finally {
    removeFolder(profile);
  }
}

const VISITS = 1000;

async function benchHistory(runs: number, site: Site, figures: QuickExitFigures) {
  const { dir, context, worker } = await launchWithHistoryDeletion(site);
  try {
    for (let run = 0; run < runs; run++) {
      await worker.evaluate(
        async ({ origin, visits }) => {
          const history = (
            globalThis as unknown as { chrome: { history: { addUrl(d: { url: string }): Promise<void> } } }
          ).chrome.history;
          await Promise.all(Array.from({ length: visits }, (_, i) => history.addUrl({ url: `${origin}/visit-${i}` })));
        },
        { origin: site.origin, visits: VISITS },
      );
      const page = await openTab(context, site.url(`private-${run}`));
      await page.bringToFront();
      const start = Date.now();
      await tendQuickExit(worker);
      figures.history1000.push(Date.now() - start);
      const left = await worker.evaluate(
        async (text) =>
          (
            await (
              globalThis as unknown as {
                chrome: { history: { search(q: object): Promise<unknown[]> } };
              }
            ).chrome.history.search({ text, startTime: 0, maxResults: 100_000 })
          ).length,
        new URL(site.origin).host,
      );
      if (left !== 0) throw new Error(`${left} visits to the site were left in history`);
    }
  } finally {
    await context.close();
    removeFolder(dir);
  }
}

export async function benchQuickExit(runs: number): Promise<QuickExitFigures> {
  const { site, server } = await startSite();
  const figures: QuickExitFigures = { clickToTarget: [], clickToClosed: [], coldMessage: [], history1000: [] };
  try {
    await benchClicks(runs, site, figures);
    await benchHistory(Math.min(runs, 5), site, figures);
  } finally {
    server.close();
  }
  return figures;
}
