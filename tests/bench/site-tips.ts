/**
 * Tips on the user's sites: the content script's size, a chosen page's load time with and without
 * Tend (the site added, so the script runs), and the scripts Tend injects into an unrelated page.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import {
  addSiteInOptions,
  CHROMIUM_PATH,
  COMMUNITY_PAGES,
  chromiumArgs,
  EXTENSION_DIR,
  launch,
  serviceWorkerOf,
  startCommunitySite,
  tendWorlds,
  testBuild,
} from '../e2e/fixtures';

export interface SiteTipsFigures {
  script: { raw: number; gzip: number };
  /** loadEventEnd of the chosen page, ms, one entry per run. */
  withTend: number[];
  withoutTend: number[];
  /** Tend installed but the page's site not added: no script, so this is the browser's own cost. */
  tendNoScript: number[];
  /** Tend's isolated worlds in the chosen page (1: the script ran) and in the unrelated page. */
  worldsOnSite: number;
  worldsElsewhere: number;
}

/** loadEventEnd of one fresh navigation of `page` to `url`. */
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // Arrow functions only: tsx names inner functions with a helper the page does not have.
  const loadEnd = () =>
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
  await page.waitForFunction(loadEnd);
  return page.evaluate(loadEnd);
}

/**
 * Loads the page in each browser turn about, rotating which goes first, so the load on this
 * shared machine falls on all alike. Returns one list of times per page.
 */
async function interleavedLoads(pages: Page[], url: string, runs: number): Promise<number[][]> {
  const times = pages.map((): number[] => []);
  for (const page of pages) await loadTime(page, url); // warm-up
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < pages.length; turn++) {
      const index = (turn + run) % pages.length;
      times[index]?.push(await loadTime(pages[index] as Page, `${url}?run=${run}`));
    }
  }
  return times;
}

export async function benchSiteTips(runs: number): Promise<SiteTipsFigures> {
  const file = readFileSync(join(EXTENSION_DIR, 'content-scripts/site-tips.js'));
  const script = { raw: file.length, gzip: gzipSync(file, { level: 9 }).length };
  const { site, server } = await startCommunitySite();
  const chosen = site.url(COMMUNITY_PAGES.thread);
  const dir = testBuild();
  try {
    // The same Chromium and flags, with no extension at all.
    const plain = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(dir).filter((arg) => !arg.includes('extension')),
    });
    const idle = await launch('', dir);
    const context = await launch('', dir);
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    await addSiteInOptions(context, extensionId, chosen);
    const [withTend = [], withoutTend = [], tendNoScript = []] = await interleavedLoads(
      [await context.newPage(), await plain.newPage(), await idle.newPage()],
      chosen,
      runs,
    );
    await idle.close();
    await plain.close();
    const onSite = await context.newPage();
    await onSite.goto(chosen);
    await onSite.waitForLoadState('load');
    const worldsOnSite = await tendWorlds(onSite, extensionId);
    const elsewhere = await context.newPage();
    await elsewhere.goto(`${site.otherOrigin}${COMMUNITY_PAGES.unrelated}`);
    await elsewhere.waitForLoadState('load');
    const worldsElsewhere = await tendWorlds(elsewhere, extensionId);
    await context.close();
    return { script, withTend, withoutTend, tendNoScript, worldsOnSite, worldsElsewhere };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
