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
 * Loads the page in both browsers turn about, alternating which goes first, so the load on this
 * shared machine falls on both alike.
 */
async function interleavedLoads(a: Page, b: Page, url: string, runs: number): Promise<[number[], number[]]> {
  const timesA: number[] = [];
  const timesB: number[] = [];
  await loadTime(a, url); // warm-up
  await loadTime(b, url);
  for (let run = 0; run < runs; run++) {
    const at = `${url}?run=${run}`;
    if (run % 2) {
      timesB.push(await loadTime(b, at));
      timesA.push(await loadTime(a, at));
    } else {
      timesA.push(await loadTime(a, at));
      timesB.push(await loadTime(b, at));
    }
  }
  return [timesA, timesB];
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
    const context = await launch('', dir);
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    await addSiteInOptions(context, extensionId, chosen);
    const [withTend, withoutTend] = await interleavedLoads(
      await context.newPage(),
      await plain.newPage(),
      chosen,
      runs,
    );
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
    return { script, withTend, withoutTend, worldsOnSite, worldsElsewhere };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
