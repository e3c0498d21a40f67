import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { keepPrivate } from '../../content';
import {
  clickQuickExit,
  expect,
  firstRunPage,
  launch,
  openTab,
  removeFolder,
  type Site,
  saying,
  test,
} from './fixtures';

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

const urls = (context: BrowserContext) => context.pages().map((page) => page.url());

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
  await tabs.thread.bringToFront();
  const optionsClosed = tabs.options.waitForEvent('close');

  await pressHotkey(worker);

  await expect(tabs.thread).toHaveURL(DEFAULT_TARGET);
  await expect(tabs.thread).toHaveTitle('Weather');
  await optionsClosed;
  await expect(tabs.profile).toHaveURL(site.url('private-profile'));
  await expect(tabs.elsewhere).toHaveURL(`${site.otherOrigin}/news`);
});

test('hotkey, close mode: the tab is closed and the neutral page opens in a new tab', async ({
  context,
  worker,
  extensionId,
  site,
}) => {
  await stubDefaultTarget(context);
  const tabs = await openTabs(context, site, extensionId);
  await tabs.options.getByRole('radio', { name: /Close the tab and every tab on your private sites/ }).check();
  await expect(tabs.options.getByRole('radio', { name: /Close the tab/ })).toBeChecked();
  await tabs.thread.bringToFront();
  const threadClosed = tabs.thread.waitForEvent('close');
  const optionsClosed = tabs.options.waitForEvent('close');
  const opened = context.waitForEvent('page');

  await pressHotkey(worker);

  await threadClosed;
  await optionsClosed;
  await expect(await opened).toHaveURL(DEFAULT_TARGET);
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
  await expect(privatePage).toHaveURL(weather);
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
    await expect(privatePage).toHaveURL(weather);
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

test('Back to the options page shows nothing until the user acts', async ({ context, extensionId, site }) => {
  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  const heading = options.getByRole('heading', { name: 'What quick exit does' });
  await expect(heading).toBeVisible();
  await options.goto(site.url('elsewhere'));
  await options.goBack();
  await expect(options).toHaveURL(/options\.html$/);
  await expect(heading).toBeHidden();
  await options.keyboard.press('Shift');
  await expect(heading).toBeVisible();
});

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
