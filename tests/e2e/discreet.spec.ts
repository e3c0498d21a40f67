import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, firstRunPage, launch, removeFolder, serviceWorkerOf, test } from './fixtures';

/** The toolbar button's tooltip, as the browser holds it. */
function toolbarTitle(worker: Worker): Promise<string> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle(
      {},
    ),
  );
}

const discreetSwitch = (page: Page) => page.getByRole('switch', { name: 'Look like a plain notes tool' });

// Each test drives several pages (or two browser launches) on a shared two-core machine.
test.describe.configure({ timeout: 60_000 });

test('the discreet switch renames the toolbar button and Tend’s pages, and stays on', async ({
  context,
  worker,
  extensionId,
  externalRequests,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options).toHaveTitle('Tend settings');
  await expect.poll(() => toolbarTitle(worker)).toBe('Tend');

  await discreetSwitch(options).check();
  await expect(options.getByRole('status').filter({ hasText: 'Discreet mode is on' })).toBeVisible();
  await expect.poll(() => toolbarTitle(worker)).toBe('Notes');
  await expect(options).toHaveTitle('Settings');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Settings');
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  await options.reload();
  await expect(discreetSwitch(options)).toBeChecked();
  await expect(options).toHaveTitle('Settings');
  expect(await toolbarTitle(worker)).toBe('Notes');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Notes');
  await expect(popup).toHaveTitle('Notes');

  await discreetSwitch(options).uncheck();
  await expect.poll(() => toolbarTitle(worker)).toBe('Tend');
  await expect(options).toHaveTitle('Tend settings');
  // The popup follows the change without reopening.
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Tend');
  expect(externalRequests).toEqual([]);
});

test('after a browser restart the toolbar button is still neutral', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'tend-discreet-'));
  try {
    const first = await launch(profile);
    const options = await firstRunPage(first);
    await discreetSwitch(options).check();
    await expect.poll(async () => toolbarTitle(await serviceWorkerOf(first))).toBe('Notes');
    await first.close();

    const again = await launch(profile);
    try {
      await expect.poll(async () => toolbarTitle(await serviceWorkerOf(again))).toBe('Notes');
    } finally {
      await again.close();
    }
  } finally {
    removeFolder(profile);
  }
});
