/**
 * Quick-exit latency: from the moment the exit is asked for to the moment the tab's navigation to
 * the exit page commits, warm (worker running, settings in memory) and cold (worker not running).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { firstRunPage, launch, openTab, removeFolder, serviceWorkerOf, startSite } from '../e2e/fixtures';

/** Milliseconds from `trigger()` to the commit of `page`'s navigation to `target`. */
async function timeToCommit(page: Page, target: string, trigger: () => Promise<unknown>): Promise<number> {
  const committed = page.waitForEvent('framenavigated', {
    predicate: (frame) => frame === page.mainFrame() && frame.url() === target,
  });
  const start = Date.now();
  // The exit closes Tend's page that asked for it, so the trigger may never answer.
  trigger().catch(() => undefined);
  await committed;
  return Date.now() - start;
}

async function setTarget(options: Page, target: string): Promise<void> {
  await options.getByRole('textbox', { name: 'Exit page' }).fill(target);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

export async function benchQuickExit(runs: number): Promise<{ warm: number[]; cold: number[] }> {
  const { site, server } = await startSite();
  const target = site.url('weather');
  const profile = mkdtempSync(join(tmpdir(), 'tend-bench-profile-'));
  const warm: number[] = [];
  const cold: number[] = [];
  try {
    const context = await launch(profile);
    const worker = await serviceWorkerOf(context);
    const options = await firstRunPage(context);
    const extensionId = new URL(options.url()).host;
    await setTarget(options, target);
    // One tab serves every run: Chromium may refuse new tabs once the exit has closed Tend's page.
    const page = await context.newPage();
    for (let run = 0; run < runs; run++) {
      await page.goto(site.url(`private-${run}`));
      await page.bringToFront();
      // The same handler the hotkey calls (headless Chromium cannot send it a real key press).
      warm.push(
        await timeToCommit(page, target, () =>
          worker.evaluate(() => (globalThis as unknown as { tendQuickExit(): Promise<void> }).tendQuickExit()),
        ),
      );
    }
    await context.close();

    // A restarted browser starts Tend's worker only when an event needs it, so each exit below
    // wakes a worker with nothing in memory.
    for (let run = 0; run < runs; run++) {
      const restarted = await launch(profile);
      const page = await openTab(restarted, site.url(`private-${run}`));
      const tend = await openTab(restarted, `chrome-extension://${extensionId}/popup.html`);
      await page.bringToFront();
      cold.push(
        await timeToCommit(page, target, () =>
          tend.evaluate(() =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
            ).chrome.runtime.sendMessage({
              type: 'quick-exit',
            }),
          ),
        ),
      );
      await restarted.close();
    }
  } finally {
    server.close();
    removeFolder(profile);
  }
  return { warm, cold };
}
