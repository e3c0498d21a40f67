import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { type Site, startSite } from '../e2e/fixtures';
import {
  byRole,
  expect,
  fieldValue,
  openPage,
  openTabs,
  pause,
  pressShortcut,
  reload,
  TEND_ORIGIN,
  tabsInFront,
  tendUrl,
  test,
  textOf,
} from './fixtures';

/** Firefox's own `browser` global in Tend's pages, where the code given to `evaluate` runs (no auto-imported type since WXT's auto-imports are off). */
declare const browser: typeof import('wxt/browser').browser;

const DEFAULT_TARGET = 'https://www.bbc.co.uk/weather';

let site: Site;
let server: Server;
test.beforeAll(async () => {
  ({ site, server } = await startSite());
});
test.afterAll(() => server.close());

/** Types an address as the exit page and presses Enter, as a person would. */
async function typeExitPage(options: Page, address: string): Promise<void> {
  await byRole(options, 'field', 'Exit page').fill(address);
  await options.keyboard.press('Enter');
}

const shortcutShown = (options: Page) => options.$eval('#current-shortcut', (shown) => shown.textContent);

/** Presses keys together: every modifier down, the last key, then all released. */
async function pressTogether(page: Page, keys: string[]): Promise<void> {
  const modifiers = keys.slice(0, -1);
  for (const key of modifiers) await page.keyboard.down(key as never);
  await page.keyboard.press(keys.at(-1) as never);
  for (const key of modifiers.reverse()) await page.keyboard.up(key as never);
}

test('settings: bad exit pages are refused with a message and the old one is kept', async ({ firefox }) => {
  const options = await openPage(firefox, tendUrl('options.html'));
  await expect.poll(() => fieldValue(options, 'Exit page')).toBe(DEFAULT_TARGET);
  for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'about:blank', 'not a url']) {
    await typeExitPage(options, bad);
    await expect
      .poll(() =>
        byRole(options, 'field', 'Exit page')
          .map((field) => field.getAttribute('aria-invalid'))
          .wait(),
      )
      .toBe('true');
    // Each message line keeps an empty alert on the page from the start: one of them must now speak.
    const said = await options.$$eval('[role="alert"]', (alerts) =>
      alerts.map((alert) => alert.textContent?.trim() ?? '').filter((text) => text !== ''),
    );
    expect(said).toHaveLength(1);
  }
  await reload(options);
  await expect.poll(() => fieldValue(options, 'Exit page')).toBe(DEFAULT_TARGET);
});

/** Opens a "private" page in front and presses `shortcut` on it. */
async function pressOnPrivatePage(firefox: Browser, shortcut: string): Promise<string> {
  const privatePage = site.url(`private-${shortcut}`);
  await (await openPage(firefox, privatePage)).bringToFront();
  await pressShortcut(firefox, shortcut);
  return privatePage;
}

test('the hotkey leaves; a new one recorded in settings replaces it through commands.update', async ({ firefox }) => {
  const weather = site.url('weather');
  let options = await openPage(firefox, tendUrl('options.html'));
  await typeExitPage(options, weather);
  await expect.poll(() => textOf(options)).toContain(`Saved. Quick exit now goes to ${weather}`);
  // The shortcut shown is the manifest's, and pressing it leaves.
  const manifest = await options.evaluate(() => browser.runtime.getManifest().commands);
  expect(manifest).toMatchObject({ 'quick-exit': { suggested_key: { default: 'Alt+Shift+Q' } } });
  await expect.poll(() => shortcutShown(options)).toBe('Alt+Shift+Q');
  const first = await pressOnPrivatePage(firefox, 'Alt+Shift+Q');
  await expect.poll(() => openTabs(firefox)).not.toContain(first);
  await expect.poll(() => tabsInFront(firefox)).toContain(weather);

  // Recording a new shortcut by pressing it applies it.
  options = await openPage(firefox, tendUrl('options.html'));
  await byRole(options, 'field', 'New shortcut').click();
  await pressTogether(options, ['Alt', 'Shift', 'KeyK']);
  await expect.poll(() => fieldValue(options, 'New shortcut')).toBe('Alt+Shift+K');
  await byRole(options, 'button', 'Use this shortcut').click();
  await expect.poll(() => textOf(options)).toContain('Saved. Quick exit is now Alt+Shift+K.');
  expect(await shortcutShown(options)).toBe('Alt+Shift+K');
  await reload(options);
  await expect.poll(() => shortcutShown(options)).toBe('Alt+Shift+K');
  const commands = await options.evaluate(() => browser.commands.getAll());
  expect(commands).toEqual([expect.objectContaining({ name: 'quick-exit', shortcut: 'Alt+Shift+K' })]);

  // The old shortcut no longer leaves; the new one does.
  const second = await pressOnPrivatePage(firefox, 'Alt+Shift+Q');
  await pause(1000);
  expect(await openTabs(firefox)).toContain(second);
  await pressShortcut(firefox, 'Alt+Shift+K');
  await expect.poll(() => openTabs(firefox)).not.toContain(second);
  await expect.poll(() => tabsInFront(firefox)).toContain(weather);
});

/**
 * The popup, as a tab in a window of its own, over the private page in front in another window:
 * Firefox delivers no input to a tab in the background, and the exit acts on the tab in front.
 */
async function popupOver(firefox: Browser, privatePage: string): Promise<{ popup: Page; reading: Page }> {
  const popup = await openPage(firefox, tendUrl('popup.html'), { window: true });
  const reading = await openPage(firefox, privatePage, { window: true });
  await popup.bringToFront();
  await reading.bringToFront();
  return { popup, reading };
}

/** Sets the site's weather page as the exit page in settings, as a person types it; answers its address. */
async function exitToWeather(firefox: Browser): Promise<string> {
  const weather = site.url('weather');
  const options = await openPage(firefox, tendUrl('options.html'));
  await typeExitPage(options, weather);
  await expect.poll(() => textOf(options)).toContain(`Saved. Quick exit now goes to ${weather}`);
  return weather;
}

test('quick exit from a view: the private page is gone, the exit page in front, Tend’s tabs closed', async ({
  firefox,
}) => {
  const weather = await exitToWeather(firefox);
  await openPage(firefox, tendUrl('sidepanel.html#journal'));

  const privatePage = site.url('private-thread');
  const { popup } = await popupOver(firefox, privatePage);
  expect(await openTabs(firefox)).toContain(privatePage);
  await byRole(popup, 'button', 'Quick exit').click();

  await expect.poll(() => tabsInFront(firefox)).toContain(weather);
  const tabs = await openTabs(firefox);
  expect(tabs).not.toContain(privatePage);
  expect(tabs.filter((url) => url.startsWith(TEND_ORIGIN))).toEqual([]);
});

test('a private page that asks before leaving: the exit page is in front in its window, no prompt shows, and the page waits behind (Firefox will not unload it unasked)', async ({
  firefox,
}) => {
  const weather = await exitToWeather(firefox);

  const privatePage = site.url('private-thread');
  const { popup, reading } = await popupOver(firefox, privatePage);
  await reading.evaluate(() =>
    addEventListener('beforeunload', (event) => {
      event.preventDefault();
    }),
  );
  // A page may ask only once the person has interacted with it.
  await reading.click('h1');
  const prompts: string[] = [];
  reading.on('dialog', (dialog) => prompts.push(dialog.type()));
  await reading.bringToFront();

  await byRole(popup, 'button', 'Quick exit').click();

  await expect.poll(() => tabsInFront(firefox)).toContain(weather);
  // Long enough for a prompt, had the close asked the page.
  await pause(2000);
  expect(await tabsInFront(firefox)).not.toContain(privatePage);
  expect(prompts).toEqual([]);
  expect(await openTabs(firefox)).toContain(privatePage);
});
