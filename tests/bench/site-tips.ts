/**
 * Tips on the user's sites: the content script's size, the load time of chosen pages with and
 * without Tend (the site added, so the script runs), and the scripts Tend injects into an
 * unrelated page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { SITE_SCRIPT_FILE } from '../../lib/sites/site-scripts';
import {
  addSiteInOptions,
  CHROMIUM_PATH,
  COMMUNITY_PAGES,
  chromiumArgs,
  EXTENSION_DIR,
  launch,
  removeFolder,
  serviceWorkerOf,
  startCommunitySite,
  tendWorlds,
  testBuild,
} from '../e2e/fixtures';

/** loadEventEnd in ms of one page, one entry per run. */
export interface PageLoads {
  page: string;
  /** Tend installed, the page's site added: the script runs. */
  withTend: number[];
  /** The same Chromium and flags with no extension. */
  withoutTend: number[];
  /** Tend's browser, the same page from an origin not added: no script runs. */
  tendNoScript: number[];
  /**
   * Tend with its script emptied, the site added: what Chromium itself costs to inject any content
   * script (the control that shows Tend's own share).
   */
  emptyScript: number[];
}

export interface SiteTipsFigures {
  script: { raw: number; gzip: number };
  loads: PageLoads[];
  /** Tend's isolated worlds in the chosen page (1: the script ran) and in the unrelated page. */
  worldsOnSite: number;
  worldsElsewhere: number;
}

/**
 * The saved message thread grown to 400 messages: a busy conversation as a community site serves
 * it, where the bare saved page (1.4 KB, no images or scripts) is far lighter than any real site.
 */
function longThread(): string {
  const saved = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/thread.html'), 'utf8');
  return saved.replace(/<li class="msg">[\s\S]*<\/li>/, (messages) => messages.repeat(100));
}

const PAGES = {
  'saved message thread (1.4 KB)': COMMUNITY_PAGES.thread,
  'long thread, 400 messages': '/messages/long',
};

const SETTLE_MS = 300;

/** loadEventEnd of one fresh navigation of `page` to `url`. */
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // Arrow functions only: tsx names inner functions with a helper the page does not have.
  const loadEnd = () =>
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
  await page.waitForFunction(loadEnd);
  const time = await page.evaluate(loadEnd);
  // What follows the load (Tend's tip, the page's idle work) finishes before another browser's
  // turn, so it is not counted against that browser's load.
  await page.waitForTimeout(SETTLE_MS);
  return time;
}

/**
 * Loads each page's address turn about, rotating which goes first, so the load on this shared
 * machine falls on all alike. Returns one list of times per page.
 */
async function interleavedLoads(loads: [Page, string][], runs: number): Promise<number[][]> {
  const times = loads.map((): number[] => []);
  for (const [page, url] of loads) await loadTime(page, url); // warm-up
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < loads.length; turn++) {
      const index = (turn + run) % loads.length;
      const [page, url] = loads[index] as [Page, string];
      times[index]?.push(await loadTime(page, `${url}?run=${run}`));
    }
  }
  return times;
}

/** Adds the site the person-like way and returns Tend's id in `context`. */
async function addChosenSite(context: BrowserContext, address: string): Promise<string> {
  const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  await addSiteInOptions(context, extensionId, address);
  // Options and the first-run page closed, so Tend's browser has no more pages open than the plain one.
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension:')) await page.close();
  return extensionId;
}

export async function benchSiteTips(runs: number): Promise<SiteTipsFigures> {
  const file = readFileSync(join(EXTENSION_DIR, SITE_SCRIPT_FILE));
  const script = { raw: file.length, gzip: gzipSync(file, { level: 9 }).length };
  const { site, server } = await startCommunitySite({ [PAGES['long thread, 400 messages']]: longThread() });
  const dir = testBuild();
  const emptied = testBuild();
  writeFileSync(join(emptied, SITE_SCRIPT_FILE), '');
  try {
    // The same Chromium and flags, with no extension at all.
    const plain = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(dir).filter((arg) => !arg.includes('extension')),
    });
    const [context, control] = [await launch('', dir), await launch('', emptied)];
    const extensionId = await addChosenSite(context, site.url(COMMUNITY_PAGES.thread));
    await addChosenSite(control, site.url(COMMUNITY_PAGES.thread));
    const [tend, other, noScript, empty] = await Promise.all([
      context.newPage(),
      plain.newPage(),
      context.newPage(),
      control.newPage(),
    ]);
    const loads: PageLoads[] = [];
    for (const [page, path] of Object.entries(PAGES)) {
      const [withTend = [], withoutTend = [], tendNoScript = [], emptyScript = []] = await interleavedLoads(
        [
          [tend, site.url(path)],
          [other, site.url(path)],
          [noScript, `${site.otherOrigin}${path}`],
          [empty, site.url(path)],
        ],
        runs,
      );
      loads.push({ page, withTend, withoutTend, tendNoScript, emptyScript });
    }
    await control.close();
    await plain.close();
    const onSite = await context.newPage();
    await onSite.goto(site.url(COMMUNITY_PAGES.thread));
    await onSite.waitForLoadState('load');
    const worldsOnSite = await tendWorlds(onSite, extensionId);
    const elsewhere = await context.newPage();
    await elsewhere.goto(`${site.otherOrigin}${COMMUNITY_PAGES.unrelated}`);
    await elsewhere.waitForLoadState('load');
    const worldsElsewhere = await tendWorlds(elsewhere, extensionId);
    await context.close();
    return { script, loads, worldsOnSite, worldsElsewhere };
  } finally {
    server.close();
    for (const build of [dir, emptied]) removeFolder(build);
  }
}
