/**
 * `npm run bench`: measures what the budgets speak of, in headless Chromium and Node.
 * Prints figures; asserts nothing (speed is reported, never tested by a timer).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSearch } from '../../content/search';
import { EXTENSION_DIR, firstRunPage, launch, removeFolder, serviceWorkerOf } from '../e2e/fixtures';
import { scriptsOf, sizeOf } from '../security/built-scripts';
import { benchCrypto } from './crypto';
import { benchPsi } from './psi';
import { benchQuickExit } from './quick-exit';
import { benchBoundariesSave } from './sidebar';
import { benchSiteTips } from './site-tips';
import { median, medianRatioInterval, type RatioInterval } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);

/** Page loads swing with the machine's load: at least 50 interleaved loads per browser. */
const PAGE_LOAD_RUNS = Math.max(50, Number(process.env.BENCH_PAGE_LOAD_RUNS ?? 50));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (time: number) => `${time.toFixed(1)} ms`;
const ratio = (time: number, base: number) => `${(time / base).toFixed(2)}x`;

/** Median first-contentful-paint of a page of the extension, each run in a new tab. */
async function firstPaint(context: Awaited<ReturnType<typeof launch>>, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.goto(url);
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) done(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    times.push(fcp);
    await page.close();
  }
  return times;
}

/** First render of the popup and the sidebar against a blank extension page, and the JS each loads. */
async function benchViews(): Promise<void> {
  // A copy of the build with one blank page added, so the baseline loads exactly as the views do.
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><html lang="en"><title>Blank</title><p>Blank</p></html>');
  const context = await launch('', dir);
  try {
    // The first-run page may take the next blank tab: let it open, then close it.
    await (await firstRunPage(context)).close();
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    // Warm the browser once so the first measured run is not paying for process start-up.
    await firstPaint(context, `chrome-extension://${id}/blank.html`);
    const blank = median(await firstPaint(context, `chrome-extension://${id}/blank.html`));
    for (const view of ['popup', 'sidepanel']) {
      const paint = median(await firstPaint(context, `chrome-extension://${id}/${view}.html`));
      console.log(`${view} first render: ${ms(paint)} median vs blank extension page ${ms(blank)}`);
      console.log(`  ratio ${ratio(paint, blank)} (budget <= 1.5x), ${RUNS} runs each`);
    }
  } finally {
    await context.close();
    removeFolder(dir);
  }
  for (const view of ['popup', 'sidepanel']) {
    const scripts = scriptsOf(EXTENSION_DIR, `${view}.html`);
    const initial = sizeOf(scripts.initial);
    const lazy = sizeOf(scripts.lazy);
    const budget = view === 'popup' ? ' (budget <= 30 KB gzipped)' : '';
    console.log(`${view} JS at open: ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzipped${budget}`);
    console.log(
      `  plus what it may load later, with their imports (tip bodies just after first render; search on first search; popup: "Add this site" after first render; sidebar: each tool): ${kb(lazy.raw)} raw, ${kb(lazy.gzip)} gzipped`,
    );
  }
}

function benchSearch(): void {
  const queries = [
    'safeword',
    'safe word',
    'choking',
    'condom',
    'condm',
    'aftercare',
    'first aid kit',
    'consent drunk',
    'meeting someone new',
    'therapist',
    'plan b',
    'tingl',
    'drop',
    'g',
  ];
  const buildStart = performance.now();
  const search = createSearch();
  const build = performance.now() - buildStart;
  for (const query of queries) search.search(query); // warm up the JIT
  const perQuery: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const query of queries) search.search(query);
    perQuery.push((performance.now() - start) / queries.length);
  }
  console.log(
    `search: ${median(perQuery).toFixed(3)} ms per query median over ${queries.length} queries x ${RUNS} runs (budget < 5 ms); index build ${build.toFixed(1)} ms`,
  );
}

async function reportQuickExit(): Promise<void> {
  const figures = await benchQuickExit(RUNS);
  const line = (label: string, times: number[]) =>
    console.log(
      `  ${label}: ${median(times).toFixed(0)} ms median (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${times.length} runs)`,
    );
  console.log('quick exit (budget <= 100 ms median, click to private page gone and target committed in front):');
  line('click, worker stopped, to target committed in the tab in front', figures.clickToTarget);
  line('click, worker stopped, to the private tab closed', figures.clickToClosed);
  line(
    'message to a worker not running (stand-in for the hotkey), to private page gone and target in front',
    figures.coldMessage,
  );
  line('whole exit with 1,000 visits to the site to delete from history', figures.history1000);
}

async function reportCrypto(): Promise<void> {
  // Each unlock derives a key at 600,000 iterations (about a second), so fewer runs than elsewhere.
  const unlockRuns = Math.min(RUNS, 9);
  const { unlockPage, unlockNode, savePlain, saveSealed } = await benchCrypto(unlockRuns, RUNS * 8);
  console.log(`passphrase lock, PBKDF2-SHA256 at 600,000 iterations, ${unlockRuns} runs:`);
  console.log(
    `  unlock (derive key + check verifier) in the extension page: ${median(unlockPage).toFixed(0)} ms median`,
  );
  console.log(`  the same in Node: ${median(unlockNode).toFixed(0)} ms median`);
  const plain = median(savePlain);
  const sealed = median(saveSealed);
  console.log(
    `  save one record to IndexedDB: ${sealed.toFixed(2)} ms encrypted vs ${plain.toFixed(2)} ms plain, ratio ${(sealed / plain).toFixed(2)}x (${savePlain.length} runs each)`,
  );
}

async function reportPsi(): Promise<void> {
  console.log('private matching, both lists the same size, all Yes (Node; steps 1 to 4, longest slice):');
  for (const answers of [50, 200]) {
    const { entries, steps, longestSlice, codeSizes } = await benchPsi(answers);
    const sizes = codeSizes.map((chars) => chars.toLocaleString('en')).join(' / ');
    console.log(
      `  ${answers} answers (${entries} entries each): ${steps.map(ms).join(', ')}; longest slice ${ms(longestSlice)}; codes ${sizes} characters`,
    );
  }
}

async function reportSidebar(): Promise<void> {
  const { times, items, bytes } = await benchBoundariesSave(RUNS);
  console.log(
    `boundaries list save, ${items} answered items (${kb(bytes)} as JSON): ${median(times).toFixed(1)} ms median (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}), ${RUNS} runs`,
  );
}

const interval = ({ ratio, low, high }: RatioInterval) =>
  `${ratio.toFixed(3)}x (95 % interval ${low.toFixed(3)}-${high.toFixed(3)})`;

async function reportPageLoad(): Promise<void> {
  const figures = await benchSiteTips(PAGE_LOAD_RUNS);
  console.log(
    `site tips script: ${kb(figures.script.raw)} raw, ${kb(figures.script.gzip)} gzipped (budget <= 10 KB gzipped)`,
  );
  console.log(
    `chosen pages, load event end, ${PAGE_LOAD_RUNS} interleaved loads per browser; median ratios with bootstrap intervals:`,
  );
  for (const { page, withTend, withoutTend, tendNoScript, emptyScript } of figures.loads) {
    const [tend, without, noScript, empty] = [withTend, withoutTend, tendNoScript, emptyScript].map(median);
    console.log(
      `  ${page}: with Tend ${ms(tend ?? 0)}, no extension ${ms(without ?? 0)}, Tend with the site not added ${ms(noScript ?? 0)}, empty script ${ms(empty ?? 0)}`,
    );
    console.log(
      `    Tend's script vs the empty-script control: ${interval(medianRatioInterval(withTend, emptyScript))} (goal: upper end <= 1.05)`,
    );
    console.log(
      `    any content script vs no extension (Chromium's own cost): ${interval(medianRatioInterval(emptyScript, withoutTend))}`,
    );
    console.log(`    Tend vs no extension: ${interval(medianRatioInterval(withTend, withoutTend))}`);
  }
  console.log(
    `scripts Tend injected: ${figures.worldsOnSite} on the chosen site, ${figures.worldsElsewhere} on an unrelated page (budget 0)`,
  );
}

/**
 * Every phase in the order they run; `BENCH_ONLY=page-load,search` runs only those named, so a
 * phase that is sensitive to the machine's load can run alone (`BENCH_ONLY=page-load`).
 */
const PHASES: [string, () => unknown][] = [
  ['search', benchSearch],
  ['views', benchViews],
  ['crypto', reportCrypto],
  ['sidebar', reportSidebar],
  ['psi', reportPsi],
  // Alone, for sound figures: BENCH_ONLY=page-load.
  ['page-load', reportPageLoad],
  // Last: its cold runs restart the browser, which Chromium sometimes interrupts with the options page.
  ['quick-exit', reportQuickExit],
];
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !PHASES.some(([phase]) => phase === name)) ?? [];
if (unknown.length > 0) {
  console.error(`BENCH_ONLY names no such phase: ${unknown.join(', ')} (phases: ${PHASES.map(([p]) => p).join(', ')})`);
  process.exit(2);
}
for (const [name, run] of PHASES) if (!only || only.includes(name)) await run();
