/**
 * Fixtures that run Tend's Firefox build in Debian's firefox-esr, driven by puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive a stock Firefox). Each test gets a fresh profile with
 * Tend installed as a temporary add-on and every request that leaves the machine sent through a
 * recording proxy on 127.0.0.1, which must have seen nothing when the test ends.
 *
 * Firefox's BiDi sends no load events for extension documents (Mozilla bug 1755014), so `goto`
 * and `reload` never resolve there: pages are opened and reloaded here by starting the navigation
 * and polling the document's address and ready state instead.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The shipped Firefox build: these tests need no hook in it. */
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');

const ADDON_ID = 'tend@localhost';
/** A fixed internal UUID for Tend (pref `extensions.webextensions.uuids`), so its pages have a known address. */
const TEND_UUID = '0b7a5c2e-3f1d-4c8a-9e6b-1d2c3b4a5f60';
export const TEND_ORIGIN = `moz-extension://${TEND_UUID}`;
export const tendUrl = (path: string) => `${TEND_ORIGIN}/${path}`;

/** An HTTP proxy that answers nothing and records every request Firefox sends through it. */
export interface RecordingProxy {
  port: number;
  requests: string[];
  close(): void;
}

export function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () =>
      done({ port: (server.address() as AddressInfo).port, requests, close: () => server.close() }),
    );
  });
}

/**
 * Firefox with a fresh profile whose traffic goes through `proxy` (loopback, where the test sites
 * are, bypasses it), with Tend installed from `extensionDir` unless that is false.
 */
export async function launchFirefox(proxy: RecordingProxy, extensionDir: string | false = FIREFOX_BUILD) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets BiDi open moz-extension:// pages by address.
    args: ['--remote-allow-system-access'],
    // Makes ESR honour the dummy remote-settings server below instead of its own.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: TEND_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      // DNS over HTTPS would go around the proxy.
      'network.trr.mode': 5,
      'services.settings.server': 'http://127.0.0.1:1/remote-settings/v1',
    },
  });
  if (extensionDir) expect(await browser.installExtension(extensionDir)).toBe(ADDON_ID);
  return browser;
}

export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The page's address and ready state, or undefined while it is between documents. */
const documentState = (page: Page) =>
  page
    .evaluate(() => ({ url: location.href, ready: document.readyState, stale: 'tendStale' in window }))
    .catch(() => undefined);

/** Waits until `page` shows a fully loaded, fresh document at `url`. */
async function waitForDocument(page: Page, url: string): Promise<void> {
  await expect
    .poll(async () => {
      const state = await documentState(page);
      return state?.url === url && state.ready === 'complete' && !state.stale;
    })
    .toBe(true);
}

/** Opens `url` in a new tab (or window) and waits for it, without relying on load events. */
export async function openPage(browser: Browser, url: string, options: { window?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage(options.window ? { type: 'window' } : undefined);
  page.setDefaultTimeout(10_000);
  await navigate(page, url);
  return page;
}

async function navigate(page: Page, url: string): Promise<void> {
  const stop = new AbortController();
  void page.goto(url, { signal: stop.signal }).catch(() => undefined);
  try {
    await waitForDocument(page, url);
  } finally {
    stop.abort();
  }
}

/** Reloads from inside the page, then waits for the new document. */
export async function reload(page: Page): Promise<void> {
  const url = await page.evaluate(() => {
    Object.assign(window, { tendStale: true });
    setTimeout(() => location.reload());
    return location.href;
  });
  await waitForDocument(page, url);
}

/** What the page shows, as text. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads; hidden text must not count.
export const textOf = (page: Page) => page.evaluate(() => document.body.innerText).catch(() => '');

/**
 * How each role the tests use is found by its visible name: a control by its label's text, the
 * others by their own text. (Firefox's accessibility queries over BiDi miss elements of a
 * document that was reloaded, so these are XPath over the DOM.)
 */
const ROLE_XPATH: Record<string, (name: string) => string> = {
  button: (name) => `//button[normalize-space()=${name}]`,
  tab: (name) => `//*[@role="tab"][normalize-space()=${name}]`,
  heading: (name) => `//*[self::h1 or self::h2 or self::h3][normalize-space()=${name}]`,
  field: (name) => `//*[@id=//label[normalize-space()=${name}]/@for] | //label[normalize-space()=${name}]//input`,
};

export type Role = keyof typeof ROLE_XPATH;

/** An element by its role and visible name, as a person finds it on screen. */
export const byRole = (page: Page, role: Role, name: string) =>
  page.locator(`::-p-xpath(${ROLE_XPATH[role]?.(JSON.stringify(name))})`);

/** An answer (Yes, Maybe, No, Not set) to one item of the boundaries list (one without direction). */
export const boundaryAnswer = (page: Page, item: string, answer: string) =>
  page.locator(
    `::-p-xpath(//*[@class="boundary-item"][.//*[@class="boundary-text"][normalize-space()=${JSON.stringify(item)}]]//label[normalize-space()=${JSON.stringify(answer)}]/input)`,
  );

/** How many elements of `role` named `name` the page shows now (none is an answer, not a wait). */
export const countOf = async (page: Page, role: Role, name: string) =>
  (await page.$$(`::-p-xpath(${ROLE_XPATH[role]?.(JSON.stringify(name))})`)).length;

/** The current value of the form field labelled `label`. */
export const fieldValue = (page: Page, label: string) =>
  byRole(page, 'field', label)
    .map((field) => (field as HTMLInputElement).value)
    .wait();

/** Raw WebDriver BiDi commands, for what puppeteer does not wrap (the tab list, closed shadow roots). */
interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
export const bidi = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;

/** The BiDi browsing context (tab) a page is shown in. */
export const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Every open tab, from the browser's own list: puppeteer keeps listing tabs that Tend closed
 * (Firefox sends no close event for them) and shows extension pages as about:blank.
 */
async function tabs(browser: Browser): Promise<{ context: string; url: string }[]> {
  const { result } = await bidi(browser).send('browsingContext.getTree', { maxDepth: 0 });
  return (result as { contexts: { context: string; url: string }[] }).contexts;
}

/** The address of every open tab. */
export const openTabs = async (browser: Browser) => (await tabs(browser)).map((tab) => tab.url);

/** The addresses of the tabs in front (each window's selected tab). A tab closed while it is asked is not in front. */
export async function tabsInFront(browser: Browser): Promise<string[]> {
  const contexts = await tabs(browser);
  const inFront = await Promise.all(
    contexts.map(async ({ context }) => {
      const asked = bidi(browser).send('script.evaluate', {
        expression: 'document.visibilityState',
        target: { context },
        awaitPromise: false,
      });
      // Seen while Quick exit closed tabs: "no such frame Browsing Context with id … not found".
      const answer = await asked.then(
        ({ result }) => result,
        () => undefined,
      );
      return (answer as { result?: { value?: unknown } } | undefined)?.result?.value === 'visible';
    }),
  );
  return contexts.filter((_, index) => inFront[index]).map((context) => context.url);
}

/**
 * Presses a shortcut such as "Alt+Shift+Q" in the browser window, on the tab in front. BiDi's key
 * input reaches only the page, never the browser's own shortcuts, so the keys go in through a text
 * input processor on the window (chrome scope, allowed by `--remote-allow-system-access`): the
 * path a keyboard's events take, and how Mozilla's own tests press extension shortcuts.
 */
export async function pressShortcut(browser: Browser, shortcut: string): Promise<void> {
  const { result } = await bidi(browser).send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
  const [window] = (result as { contexts: { context: string }[] }).contexts;
  const expression = `(() => {
    const input = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!input.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    const event = (name) => {
      const modifier = { Alt: 'AltLeft', Shift: 'ShiftLeft', Ctrl: 'ControlLeft' }[name];
      const key = name === 'Ctrl' ? 'Control' : name;
      return new KeyboardEvent('', { key, code: modifier ?? 'Key' + name, keyCode: KeyboardEvent['DOM_VK_' + key.toUpperCase()] });
    };
    const keys = ${JSON.stringify(shortcut.split('+'))}.map(event);
    for (const key of keys) input.keydown(key);
    for (const key of keys.reverse()) input.keyup(key);
  })()`;
  const { result: evaluated } = await bidi(browser).send('script.evaluate', {
    expression,
    target: { context: window?.context },
    awaitPromise: false,
  });
  expect((evaluated as { type: string }).type).toBe('success');
}

/**
 * Closes the options tab Tend opens on install, as a person would after confirming it. A blank
 * tab is opened first: Firefox quits when its last tab closes.
 */
export async function closeFirstRunTab(browser: Browser): Promise<void> {
  let firstRun: string | undefined;
  await expect
    .poll(async () => {
      firstRun = (await tabs(browser)).find((tab) => tab.url === tendUrl('options.html'))?.context;
      return firstRun;
    })
    .toBeDefined();
  await browser.newPage();
  await bidi(browser).send('browsingContext.close', { context: firstRun });
}

interface Fixtures {
  recordingProxy: RecordingProxy;
  /** The Tend build the test installs: the shipped one unless a test file says otherwise. */
  extension: string;
  firefox: Browser;
}

/**
 * `firefox`: a fresh Firefox with the shipped Tend installed, its first-run tab closed as a person
 * would after confirming it. After each test the proxy must have seen no request at all.
 */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
  recordingProxy: async ({}, use) => {
    const proxy = await startRecordingProxy();
    await use(proxy);
    proxy.close();
    expect(proxy.requests, 'requests that left the machine').toEqual([]);
  },
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  extension: async ({}, use) => {
    await use(FIREFOX_BUILD);
  },
  firefox: async ({ recordingProxy: proxy, extension }, use) => {
    const browser = await launchFirefox(proxy, extension);
    await closeFirstRunTab(browser);
    await use(browser);
    await browser.close();
  },
});

export { expect };
