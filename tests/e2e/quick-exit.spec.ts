import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { keepPrivate } from '../../content';
import {
  clickQuickExit,
  expect,
  expectLeft,
  firstRunPage,
  launch,
  launchWithHistoryDeletion,
  openTab,
  removeFolder,
  type Site,
  saying,
  serviceWorkerOf,
  stopWorkers,
  test,
  testBuild,
} from './fixtures';
import { ToolbarPopup } from './toolbar-popup';

const DEFAULT_TARGET = 'https://www.bbc.co.uk/weather';

/** The neutral page is answered locally: this machine has no network, and the tests are about tabs. */
async function stubDefaultTarget(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

/**
 * Calls the same handler the hotkey's command listener calls. Headless Chromium does not deliver
 * synthesized key presses to browser commands, so the test reaches the handler through the worker.
 */
function pressHotkey(worker: Worker): Promise<void> {
  return worker.evaluate(() => (globalThis as unknown as { tendQuickExit(): Promise<void> }).tendQuickExit());
}

async function openAt(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Two tabs on a "private" site, one elsewhere, and Tend's options page. */
async function openTabs(context: BrowserContext, site: Site, extensionId: string) {
  return {
    thread: await openAt(context, site.url('private-thread')),
    profile: await openAt(context, site.url('private-profile')),
    elsewhere: await openAt(context, `${site.otherOrigin}/news`),
    options: await openAt(context, `chrome-extension://${extensionId}/options.html`),
  };
}

/** The worker's history API, as much of it as the tests use. */
interface HistoryApi {
  search(query: { text: string; startTime: number; maxResults: number }): Promise<{ url?: string }[]>;
  addUrl(details: { url: string }): Promise<void>;
}

const urls = (context: BrowserContext) => context.pages().map((page) => page.url());

/** Picks what Quick exit does in the options page, and waits until it is stored (checked after a reload). */
async function chooseMode(options: Page, name: RegExp): Promise<void> {
  await options.getByRole('radio', { name }).check();
  await options.reload();
  await expect(options.getByRole('radio', { name })).toBeChecked();
}

test('the manifest declares the quick-exit command with its suggested shortcut', async ({ worker }) => {
  const commands = await worker.evaluate(
    () =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): { commands?: unknown } } } }
      ).chrome.runtime.getManifest().commands,
  );
  expect(commands).toEqual({
    'quick-exit': {
      suggested_key: { default: 'Alt+Shift+Q' },
      description: 'Quick exit: leave at once for a neutral page',
    },
  });
});

test('first run asks the user to confirm the hotkey and the exit page', async () => {
  const context = await launch();
  try {
    const page = await firstRunPage(context);
    const welcome = page.getByRole('region', { name: 'Welcome to Tend' });
    await expect(welcome).toContainText(DEFAULT_TARGET);
    // What the browser still shows of Tend, quoted from the guide's own text.
    await expect(welcome.getByRole('heading', { name: keepPrivate.title })).toBeVisible();
    for (const paragraph of keepPrivate.paragraphs) await expect(welcome).toContainText(paragraph);
    await expect(page.getByRole('region', { name: 'Quick exit shortcut' })).toBeVisible();
    await welcome.getByRole('button', { name: 'These are right' }).click();
    await expect(welcome).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'What quick exit does' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Welcome to Tend' })).toBeHidden();
  } finally {
    await context.close();
  }
});

test('hotkey, replace mode: the tab in front becomes the neutral page; Tend pages close; other tabs stay', async ({
  context,
  worker,
  extensionId,
  site,
}) => {
  await stubDefaultTarget(context);
  const tabs = await openTabs(context, site, extensionId);
  await chooseMode(tabs.options, /Replace the page you are on/);
  await tabs.thread.bringToFront();
  const optionsClosed = tabs.options.waitForEvent('close');

  await pressHotkey(worker);

  await expect(tabs.thread).toHaveURL(DEFAULT_TARGET);
  await expect(tabs.thread).toHaveTitle('Weather');
  await optionsClosed;
  await expect(tabs.profile).toHaveURL(site.url('private-profile'));
  await expect(tabs.elsewhere).toHaveURL(`${site.otherOrigin}/news`);
});

test('hotkey, close mode (the default): the tab is closed and the neutral page opens in a new tab', async ({
  context,
  worker,
  extensionId,
  site,
}) => {
  await stubDefaultTarget(context);
  const tabs = await openTabs(context, site, extensionId);
  await expect(tabs.options.getByRole('radio', { name: /Close the tab/ })).toBeChecked();
  await tabs.thread.bringToFront();
  const threadClosed = tabs.thread.waitForEvent('close');
  const optionsClosed = tabs.options.waitForEvent('close');

  await pressHotkey(worker);

  await threadClosed;
  await optionsClosed;
  // The tabs closed are unloaded first, which Playwright sees as pages of their own: look by address.
  await expect.poll(() => urls(context)).toContain(DEFAULT_TARGET);
  // Until the user's private-site list exists, "private tabs" means the tab in front only.
  expect(urls(context)).toEqual(expect.arrayContaining([site.url('private-profile'), `${site.otherOrigin}/news`]));
  expect(urls(context)).not.toContain(site.url('private-thread'));
});

test('exit page: bad addresses are refused with a message and change nothing; a good one is used', async ({
  context,
  extensionId,
  openPopup,
  site,
}) => {
  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  const field = options.getByRole('textbox', { name: 'Exit page' });
  const save = options.getByRole('button', { name: 'Save' });
  await expect(field).toHaveValue(DEFAULT_TARGET);

  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'chrome://settings',
    'about:blank',
    'not a url',
  ]) {
    await field.fill(bad);
    await save.click();
    await expect(saying(options, 'alert')).toHaveCount(1);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  await options.reload();
  await expect(field).toHaveValue(DEFAULT_TARGET);

  // Keyboard only: type an address and press Enter.
  const weather = site.url('weather');
  await field.fill(weather);
  await field.press('Enter');
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toContainText(weather);
  await options.reload();
  await expect(field).toHaveValue(weather);

  const privatePage = await openAt(context, site.url('private-thread'));
  const popup = await openPopup();
  await privatePage.bringToFront();
  await clickQuickExit(popup);
  await expectLeft(privatePage, weather);
});

test('a worker woken by the exit, with nothing in memory, still goes to the page the user chose', async ({ site }) => {
  const profile = mkdtempSync(join(tmpdir(), 'tend-profile-'));
  const weather = site.url('weather');
  try {
    const first = await launch(profile);
    const options = await firstRunPage(first);
    await options.getByRole('textbox', { name: 'Exit page' }).fill(weather);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await first.close();

    // A restarted browser does not start Tend's worker until an event needs it: the click below
    // wakes it with empty memory. (Playwright cannot stop a worker it watches without losing the
    // browser, so a restart is how the test gets a cold worker.)
    const context = await launch(profile);
    // A restarted browser may still be placing its own tab: open each until it is ours.
    const privatePage = await openTab(context, site.url('private-thread'));
    const tend = await openTab(context, `chrome-extension://${new URL(options.url()).host}/options.html`);
    await privatePage.bringToFront();
    await clickQuickExit(tend);
    await expectLeft(privatePage, weather);
    await context.close();
  } finally {
    removeFolder(profile);
  }
});

test('the blank exit page forwards to the chosen page and leaves nothing to go Back to', async ({
  context,
  extensionId,
  site,
}) => {
  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  const weather = site.url('weather');
  await options.getByRole('textbox', { name: 'Exit page' }).fill(weather);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const tab = await openAt(context, site.url('private-thread'));
  await tab.goto(`chrome-extension://${extensionId}/exit.html`);
  await expect(tab).toHaveURL(weather);
  await tab.goBack();
  await expect(tab).toHaveURL(site.url('private-thread'));
});

for (const view of ['options', 'sidepanel', 'popup']) {
  test(`Back to the ${view} page in a tab shows nothing until the user acts`, async ({
    context,
    extensionId,
    site,
  }) => {
    const page = await openAt(context, `chrome-extension://${extensionId}/${view}.html`);
    const app = page.locator('#app');
    await expect(app).toBeVisible();
    await page.goto(site.url('elsewhere'));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${view}\\.html$`));
    await expect(app).toBeHidden();
    await page.keyboard.press('Shift');
    await expect(app).toBeVisible();
  });
}

test('axe finds no violations on the options page', async ({ context, extensionId }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'What quick exit does' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    await options.getByRole('textbox', { name: 'Exit page' }).fill('javascript:alert(1)');
    await options.getByRole('button', { name: 'Save' }).click();
    expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
  }
});

/** Opens the popup (as a tab), puts `privatePage` in front as under the real popup, and clicks Quick exit. */
async function clickQuickExitOver(privatePage: Page, openPopup: () => Promise<Page>): Promise<void> {
  const popup = await openPopup();
  await privatePage.bringToFront();
  await clickQuickExit(popup);
}

/**
 * Every tab left open, and every page Back reaches from it: none may be the private page. Back is
 * pressed until the tab has nowhere further to go.
 */
async function expectNowhereToGoBackTo(context: BrowserContext, privateUrl: string): Promise<void> {
  for (const page of context.pages()) {
    expect(page.url()).not.toBe(privateUrl);
    while ((await page.goBack({ waitUntil: 'commit' })) !== null) expect(page.url()).not.toBe(privateUrl);
  }
}

/** A tab that came to the private page from another page (so Back has somewhere to go), with the default exit page answered locally. */
async function readingPrivatePage(context: BrowserContext, site: Site) {
  await stubDefaultTarget(context);
  const privateUrl = site.url('private-thread');
  const privatePage = await openAt(context, site.url('before'));
  await privatePage.goto(privateUrl);
  return { privateUrl, privatePage };
}

test('default settings: Quick exit in the popup leaves no tab showing the private page, and no Back to it', async ({
  context,
  openPopup,
  site,
}) => {
  const { privateUrl, privatePage } = await readingPrivatePage(context, site);

  await clickQuickExitOver(privatePage, openPopup);

  await expect.poll(() => urls(context)).toContain(DEFAULT_TARGET);
  await expect.poll(() => urls(context)).not.toContain(privateUrl);
  await expectNowhereToGoBackTo(context, privateUrl);
});

test('the real popup over the private page, Tend asleep: it makes the first tab change, and the woken background closes the private tab and Tend’s tabs', async ({
  context,
  extensionId,
  site,
}) => {
  // A Tend page behind asks for the popup, so the worker can sleep before the click.
  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  const { privateUrl, privatePage } = await readingPrivatePage(context, site);
  const popup = await ToolbarPopup.openOver(privatePage, options);
  // Read before the click, as a person does: the popup knows the tab in front and that it is no tab itself.
  await popup.settle();
  await stopWorkers(context, privatePage);

  await popup.click('Quick exit');

  // The popup closes as its new tab comes to the front; the background still does the rest.
  await expect.poll(() => privatePage.isClosed()).toBe(true);
  await expect.poll(() => options.isClosed()).toBe(true);
  // Opened once: by the popup, not again by the background.
  await expect.poll(() => urls(context).filter((url) => url === DEFAULT_TARGET)).toHaveLength(1);
  await expectNowhereToGoBackTo(context, privateUrl);
});

test('beforeunload on the private page does not hold up the exit: the tab closes with no "Leave site?" prompt', async ({
  context,
  openPopup,
  site,
}) => {
  await stubDefaultTarget(context);
  const privateUrl = site.url('private-thread');
  const privatePage = await openAt(context, privateUrl);
  await privatePage.evaluate(() =>
    addEventListener('beforeunload', (event) => {
      event.preventDefault();
    }),
  );
  // A page may ask only once the person has interacted with it.
  await privatePage.locator('h1').click();
  const prompts: string[] = [];
  // Listening keeps Playwright from answering a prompt itself: one left open would stall the close.
  privatePage.on('dialog', (dialog) => prompts.push(dialog.type()));

  await clickQuickExitOver(privatePage, openPopup);

  await expectLeft(privatePage, DEFAULT_TARGET);
  expect(prompts).toEqual([]);
});

test('Quick exit from a Tend page in a tab closes that tab rather than navigating it, in either mode', async ({
  context,
  extensionId,
  site,
}) => {
  await stubDefaultTarget(context);
  for (const mode of [/Replace the page you are on/, /Close the tab/]) {
    const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
    await chooseMode(options, mode);
    const elsewhere = await openAt(context, `${site.otherOrigin}/news`);
    await options.bringToFront();
    await clickQuickExit(options);
    await expect.poll(() => options.isClosed()).toBe(true);
    await expect.poll(() => urls(context)).toContain(DEFAULT_TARGET);
    await expect(elsewhere).toHaveURL(`${site.otherOrigin}/news`);
    for (const page of context.pages()) await page.close();
  }
});

/**
 * Loads a copy of the e2e build with `change` made to its files (a view whose app fails, say),
 * opens the private page and then Tend's page `path` over it, and checks Quick exit there leaves.
 */
async function exitFromBrokenBuild(
  site: Site,
  path: string,
  change: (dir: string) => void,
  check: (tend: Page) => Promise<void>,
): Promise<void> {
  const dir = testBuild({});
  change(dir);
  const context = await launch('', dir);
  try {
    await stubDefaultTarget(context);
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const privatePage = await openTab(context, site.url('private-thread'));
    const tend = await openTab(context, `chrome-extension://${extensionId}/${path}`);
    await check(tend);
    await privatePage.bringToFront();
    await clickQuickExit(tend);
    await expectLeft(privatePage, DEFAULT_TARGET);
  } finally {
    await context.close();
    removeFolder(dir);
  }
}

/** The file of a view's own app, as its HTML loads it. */
function appScript(dir: string, view: string): string {
  const html = readFileSync(join(dir, `${view}.html`), 'utf8');
  const src = /<script type="module"[^>]* src="\/([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`No app script in ${view}.html`);
  return join(dir, src);
}

for (const view of ['popup', 'sidepanel', 'options']) {
  test(`${view}: Quick exit works when the app throws as it loads`, async ({ site }) => {
    await exitFromBrokenBuild(
      site,
      `${view}.html`,
      (build) => writeFileSync(appScript(build, view), 'throw new Error("app failed to start");'),
      // The app is gone: only the Quick exit button from the page's HTML is there.
      (tend) => expect(tend.locator('#app')).toBeEmpty(),
    );
  });
}

test('Quick exit works when a part of the view loaded later fails to load', async ({ site }) => {
  await exitFromBrokenBuild(
    site,
    'sidepanel.html#journal',
    (build) => {
      for (const file of readdirSync(join(build, 'chunks'))) {
        if (file.startsWith('Journal-')) rmSync(join(build, 'chunks', file));
      }
    },
    (tend) => expect(tend.getByRole('tab', { name: 'Journal' })).toHaveAttribute('aria-selected', 'true'),
  );
});

test('an install from before closing was the default keeps replacing the page, and is offered the change once', async ({
  context,
  extensionId,
}) => {
  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('radio', { name: /Close the tab/ })).toBeChecked();
  // The store as an earlier Tend left it: schema 1, and no exit settings, as nothing was changed.
  await options.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('tend');
        request.onsuccess = () => {
          const transaction = request.result.transaction('user-data', 'readwrite');
          transaction.objectStore('user-data').put(1, '__schemaVersion');
          transaction.objectStore('user-data').delete('exitSettings');
          transaction.oncomplete = () => done();
          transaction.onerror = () => fail(transaction.error);
        };
      }),
  );
  await options.reload();
  const offer = options.getByRole('region', { name: 'Quick exit can now leave nothing to go Back to' });
  await expect(offer).toBeVisible();
  await expect(options.getByRole('radio', { name: /Replace the page you are on/ })).toBeChecked();

  await offer.getByRole('button', { name: 'Close the tab when I exit' }).click();
  await expect(options.getByRole('radio', { name: /Close the tab/ })).toBeChecked();
  await expect(offer).toBeHidden();
  await options.reload();
  await expect(options.getByRole('radio', { name: /Close the tab/ })).toBeChecked();
  await expect(offer).toBeHidden();
});

test('"Delete from history" removes every visit to the user\'s sites and to Tend\'s pages, and nothing else', async ({
  site,
}) => {
  const { dir, context, worker, extensionId, options } = await launchWithHistoryDeletion(site);
  try {
    const old = [site.url('2019/an-old-thread'), `chrome-extension://${extensionId}/sidepanel.html#journal`];
    const kept = `${site.otherOrigin}/news`;
    const visited = () =>
      worker.evaluate(async () => {
        const { history } = (globalThis as unknown as { chrome: { history: HistoryApi } }).chrome;
        return (await history.search({ text: '', startTime: 0, maxResults: 1000 })).map((item) => item.url ?? '');
      });
    await worker.evaluate(
      async (urls) => {
        const { history } = (globalThis as unknown as { chrome: { history: HistoryApi } }).chrome;
        for (const url of urls) await history.addUrl({ url });
      },
      [...old, kept],
    );
    expect(await visited()).toEqual(expect.arrayContaining([...old, kept]));

    const privatePage = await openTab(context, site.url('private-thread'));
    await privatePage.bringToFront();
    await clickQuickExit(options);
    await expect.poll(() => privatePage.isClosed()).toBe(true);

    await expect.poll(async () => (await visited()).filter((url) => url?.startsWith(site.origin))).toEqual([]);
    const left = await visited();
    for (const url of old) expect(left).not.toContain(url);
    expect(left).toContain(kept);
  } finally {
    await context.close();
    removeFolder(dir);
  }
});
