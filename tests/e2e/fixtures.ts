/**
 * Playwright fixtures that load the e2e build of the extension (.output/chrome-mv3-e2e: the shipped
 * code, plus two hooks on the worker that only `wxt build --mode e2e` compiles in) into Debian's
 * Chromium with a fresh profile, and serve small local test sites on 127.0.0.1.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { helpLines } from '../../content/help-lines';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A tel: link to one of the emergency numbers Tend knows, whichever region the test browser gets. */
export const EMERGENCY_TEL = new RegExp(
  `^tel:(${helpLines.flatMap((line) => (line.kind === 'emergency' && line.phone ? [line.phone] : [])).join('|')})$`,
);

/** Chromium flags: load only our extension, and keep Chromium's own background traffic off. */
export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
  ];
}

/**
 * Every request that left the machine from any browser a test launched, checked empty after each
 * test (the `noExternalRequests` fixture below). The neutral exit page is the one allowed address:
 * the quick exit goes there on purpose, and the tests answer it locally.
 */
const externalSeen: string[] = [];

export async function launch(userDataDir = '', extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  context.on('request', (request) => {
    const url = request.url();
    if (isExternal(url) && !url.startsWith('https://www.bbc.co.uk/')) externalSeen.push(url);
  });
  return context;
}

/**
 * Opens one of Tend's pages in a new tab. Just after start-up Chromium may still be placing its own
 * tab (the first-run options page) in a new blank tab, interrupting the navigation: try again until
 * the page is ours.
 */
export async function openExtensionPage(context: BrowserContext, path: string): Promise<Page> {
  const worker = await serviceWorkerOf(context);
  return openTab(context, `chrome-extension://${new URL(worker.url()).host}/${path}`);
}

/** A new tab at `url`, tried again while Chromium's own first-run tab takes over the navigation. */
export async function openTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await expect(async () => {
    await page.goto(url, { timeout: 10_000 });
    expect(page.url()).toBe(url);
  }).toPass({ timeout: 40_000 });
  return page;
}

/** The options page Tend opens on install, asking the user to confirm the hotkey and exit page. */
export async function firstRunPage(context: BrowserContext): Promise<Page> {
  // Chromium may open it in the start-up tab rather than a new one, so watch the pages' addresses.
  const find = () => context.pages().find((page) => page.url().endsWith('/options.html'));
  await expect.poll(() => find() !== undefined).toBe(true);
  return find() as Page;
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * A local web site; each path serves a small page whose title and heading are its name. The same
 * server answers as 127.0.0.1 and as localhost, two origins, so a test has a second, unrelated site.
 */
export interface Site {
  origin: string;
  url(path: string): string;
  otherOrigin: string;
}

/** Starts `server` on a free port of 127.0.0.1; localhost on the same port is the other origin. */
function listen(server: Server): Promise<{ site: Site; server: Server }> {
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      const url = (path: string) => `${origin}/${path.replace(/^\//, '')}`;
      done({ server, site: { origin, url, otherOrigin: `http://localhost:${port}` } });
    });
  });
}

export function startSite(): Promise<{ site: Site; server: Server }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1)) || 'home';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>${name}</title><h1>${name}</h1><p>A test page.</p></html>`);
  });
  return listen(server);
}

/**
 * The "test build": a copy of the built extension whose manifest grants up front what a person
 * would grant at a prompt (optional permissions such as notifications, or a site's origin).
 * Headless Chromium cannot accept a permission prompt; with the grant in place, `permissions.request`
 * resolves true at once, and the rest of the flow (typing the site and clicking Add, setting a
 * reminder) is the real one. The shipped build is never changed. See the README's testing notes.
 * `from` is the build to copy (the Firefox suite copies the Firefox build).
 */
export function testBuild(
  grant: { permissions?: string[]; hosts?: string[] } = { hosts: ['http://127.0.0.1/*'] },
  from = EXTENSION_DIR,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'tend-test-build-'));
  cpSync(from, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.permissions = [...manifest.permissions, ...(grant.permissions ?? [])];
  if (grant.hosts) manifest.host_permissions = grant.hosts;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

/**
 * Every row of Tend's IndexedDB as the browser holds it, as JSON. Runs inside one of Tend's pages
 * (`page.evaluate(tendDatabaseRows)`, in Playwright or puppeteer alike).
 */
export function tendDatabaseRows(): Promise<string> {
  return new Promise<string>((done, fail) => {
    const request = indexedDB.open('tend');
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      const all = request.result.transaction('user-data').objectStore('user-data').getAll();
      all.onsuccess = () =>
        done(JSON.stringify(all.result, (_, value) => (value instanceof Uint8Array ? Array.from(value) : value)));
    };
  });
}

/**
 * Puts one row straight into Tend's IndexedDB, from one of Tend's pages or its worker: as an older
 * or newer version of Tend, or a damaged disk, would have left it.
 */
export function putTendRow(target: Page | Worker, key: string, value: unknown): Promise<void> {
  const put = ([rowKey, rowValue]: readonly [string, unknown]) =>
    new Promise<void>((done, fail) => {
      const open = indexedDB.open('tend');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const transaction = open.result.transaction('user-data', 'readwrite');
        transaction.objectStore('user-data').put(rowValue, rowKey);
        transaction.oncomplete = () => {
          open.result.close();
          done();
        };
        transaction.onerror = () => fail(transaction.error);
      };
    });
  // Page and Worker each have their own evaluate: the same call, typed apart.
  const row = [key, value] as const;
  return 'goto' in target ? target.evaluate(put, row) : target.evaluate(put, row);
}

/** Paths of the community test site, each serving a saved page from tests/fixtures/pages. */
export const COMMUNITY_PAGES = {
  thread: '/messages/river_fern',
  meetup: '/chat/oak_and_ash',
  event: '/events/autumn-social',
  profile: '/members/river_fern',
  unrelated: '/recipes/lentil-soup',
} as const;

const PAGE_FILES: Record<string, string> = {
  [COMMUNITY_PAGES.thread]: 'thread.html',
  [COMMUNITY_PAGES.meetup]: 'meetup-plan.html',
  [COMMUNITY_PAGES.event]: 'event.html',
  [COMMUNITY_PAGES.profile]: 'profile.html',
  [COMMUNITY_PAGES.unrelated]: 'unrelated.html',
};

/**
 * A "community" site serving the saved pages (message thread, event, profile...). As with
 * `startSite`, 127.0.0.1 and localhost are two origins of the same server: the tests add
 * 127.0.0.1 as the user's site and use localhost as the unrelated site. `extra` adds pages by path.
 */
export function startCommunitySite(extra: Record<string, string> = {}): Promise<{ site: Site; server: Server }> {
  const pages = resolve(import.meta.dirname, '../fixtures/pages');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = PAGE_FILES[path];
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      extra[path] ??
        (file
          ? readFileSync(join(pages, file))
          : `<!doctype html><html lang="en"><title>${path}</title><h1>${path}</h1></html>`),
    );
  });
  return listen(server);
}

/** The person-like flow: type the site in My sites (options page) and click Add. */
export async function addSiteInOptions(context: BrowserContext, extensionId: string, address: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const mySites = options.getByRole('region', { name: 'My sites' });
  await mySites.getByRole('textbox', { name: 'Site address' }).fill(address);
  await mySites.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(mySites.getByRole('status')).toContainText('Added ');
  return options;
}

/** The isolated worlds Tend's content script created in `page` (zero where it never ran). */
export async function tendWorlds(page: Page, extensionId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: unknown[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}` || context.name === 'Tend') worlds.push(context);
  });
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return worlds.length;
}

/** Requests that left the machine: anything but the extension itself and the local test sites. */
function isExternal(url: string): boolean {
  return !/^(chrome-extension:|data:|blob:|about:|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(url);
}

interface Fixtures {
  noExternalRequests: undefined;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  externalRequests: string[];
  openPopup(): Promise<Page>;
}

export const test = base.extend<Fixtures, { site: Site }>({
  noExternalRequests: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      externalSeen.length = 0;
      await use(undefined);
      expect(externalSeen, 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
  context: async ({}, use) => {
    const context = await launch();
    // A person would confirm the first-run page and close it; tests start from a quiet browser.
    await (await firstRunPage(context)).close();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  externalRequests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => {
      if (isExternal(request.url())) seen.push(request.url());
    });
    await use(seen);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      return page;
    });
  },
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: as above.
    async ({}, use) => {
      const { site, server } = await startSite();
      await use(site);
      server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** A check-in time tomorrow evening, as a datetime-local input takes it. */
export function tomorrowEvening(): string {
  const day = new Date(Date.now() + 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T21:30`;
}

/**
 * The live region of `role` in `scope` that says something. Each message line keeps an alert and a
 * status on the page from the start (so screen readers hear them), empty until there is news.
 */
export const saying = (scope: Page | Locator, role: 'alert' | 'status'): Locator =>
  scope.getByRole(role).filter({ hasText: /\S/ });

/** Removes a test's profile or build folder; Chromium may still be writing to it as it exits. */
export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

/**
 * A browser with a test build where the user has added `site` under My sites and turned on Quick
 * exit's "Delete from history" (the history permission granted as if at the prompt). Close the
 * context, then remove `dir`.
 */
export async function launchWithHistoryDeletion(site: Site) {
  const dir = testBuild({ permissions: ['history'], hosts: ['http://127.0.0.1/*'] });
  const context = await launch('', dir);
  const worker = await serviceWorkerOf(context);
  const extensionId = new URL(worker.url()).host;
  const options = await addSiteInOptions(context, extensionId, site.origin);
  await options.getByRole('checkbox', { name: /Delete the pages you leave/ }).check();
  return { dir, context, worker, extensionId, options };
}

/** Quick exit left `page` (the default exit): its tab is closed and `target` is open in a tab. */
export async function expectLeft(page: Page, target: string, timeout?: number): Promise<void> {
  await expect.poll(() => page.isClosed(), { timeout }).toBe(true);
  await expect
    .poll(() =>
      page
        .context()
        .pages()
        .map((open) => open.url()),
    )
    .toContain(target);
}

/** Stops every service worker of the browser, Tend's included, through the DevTools protocol. */
export async function stopWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The person presses Shift three times on `page`; when that leaves, the tab may close before the third is released. */
export async function pressShiftThreeTimes(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift').catch((error: Error) => {
    if (!page.isClosed()) throw error;
  });
}

/** Clicks `view`'s Quick exit; the exit may close the view before the click returns, which is no failure. */
export async function clickQuickExit(view: Page): Promise<void> {
  await view
    .getByRole('button', { name: 'Quick exit' })
    .click()
    .catch((error: unknown) => {
      if (!view.isClosed()) throw error;
    });
}

/** Turns the passphrase lock on in settings, as a person does there; Tend is left unlocked. */
export async function turnOnLock(context: BrowserContext, passphrase: string): Promise<void> {
  const options = await openExtensionPage(context, 'options.html');
  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill(passphrase);
  await lock.getByLabel('The same passphrase again').fill(passphrase);
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  // Key derivation at 600,000 iterations, on a shared machine.
  await expect(lock.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 20_000 });
  await options.close();
}

/** Where Quick exit goes unless the user chose elsewhere. */
export const DEFAULT_EXIT = 'https://www.bbc.co.uk/weather';

/** The default exit page, answered locally: this machine has no network, and the tests are about tabs. */
export async function answerDefaultExit(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}
