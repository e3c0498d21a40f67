/**
 * Firefox for Android has no commands (hotkeys) and no sidebar, and a browser may lack idle. No
 * Android device is here, so Chromium stands in: each test takes the APIs away from Tend's page
 * before any of its code runs, then uses the view as a person would.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens one of Tend's pages with the named `chrome.*` APIs gone, as on a browser that lacks them. */
async function openWithout(context: BrowserContext, extensionId: string, path: string, apis: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((names: string[]) => {
    // Newer Chromium also has `browser`, which Tend's `wxt/browser` prefers where it exists.
    const { chrome, browser } = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
    for (const apis of [chrome, browser]) for (const name of names) if (apis) delete apis[name];
  }, apis);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Which of the named `chrome.*` APIs the page has. */
const apisOf = (page: Page, names: string[]) =>
  page.evaluate((list: string[]) => {
    const { chrome, browser } = globalThis as unknown as Record<string, object | undefined>;
    return list.filter((name) => [chrome, browser].some((apis) => apis && name in apis));
  }, names);

test('without a sidebar, the popup opens the full guide and tools in a tab', async ({ context, extensionId, site }) => {
  await (await context.newPage()).goto(site.url('reading'));
  const popup = await openWithout(context, extensionId, 'popup.html', ['sidePanel']);
  expect(await apisOf(popup, ['sidePanel', 'runtime'])).toEqual(['runtime']);
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open the full guide and your tools' }).click();
  const tools = await opened;
  await expect(tools).toHaveURL(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(tools.getByRole('tab', { name: 'Safe call' })).toBeVisible();
  await expect.poll(() => popup.isClosed()).toBe(true);
});

test('without hotkeys or idle, settings say so, Quick exit comes first and Tend still locks by hand', async ({
  context,
  extensionId,
}) => {
  const options = await openWithout(context, extensionId, 'options.html', ['commands', 'idle']);
  expect(await apisOf(options, ['commands', 'idle', 'runtime'])).toEqual(['runtime']);
  await expect(options.getByRole('region', { name: 'Quick exit shortcut' })).toContainText(
    'no quick-exit hotkey here. Use the Quick exit button at the top of every Tend view instead.',
  );
  await options.keyboard.press('Tab');
  await expect(options.getByRole('button', { name: 'Quick exit' })).toBeFocused();

  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill('correct horse battery');
  await lock.getByLabel('The same passphrase again').fill('correct horse battery');
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(lock.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });
  await expect(lock).toContainText('Tend cannot lock by itself after a while');
  await expect(lock.getByLabel('Lock by itself when the computer is left idle')).toHaveCount(0);
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  // In the sidebar, with Lock in the bar too, Quick exit is still the first control.
  const sidebar = await openWithout(context, extensionId, 'sidepanel.html', ['commands', 'idle', 'sidePanel']);
  await expect(sidebar.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await sidebar.keyboard.press('Tab');
  await expect(sidebar.getByRole('button', { name: 'Quick exit' })).toBeFocused();
  await sidebar.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(sidebar.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);
});
