import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  answerDefaultExit,
  clickQuickExit,
  DEFAULT_EXIT,
  expect,
  expectLeft,
  openExtensionPage,
  putTendRow,
  saying,
  tendDatabaseRows,
  test,
  turnOnLock,
} from './fixtures';

/**
 * Makes the page's IndexedDB refuse every write as a full disk does. DevTools' own
 * Storage.overrideQuotaForOrigin does not limit an extension's origin (Chromium gives extensions
 * unlimited storage), so the test stands in for the browser here.
 */
const refuseWrites = (page: Page) =>
  page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    const refused = { count: 0 };
    Object.assign(window, { allowWrites: () => Object.assign(IDBObjectStore.prototype, { put }), refused });
    IDBObjectStore.prototype.put = () => {
      refused.count++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
const allowWrites = (page: Page) => page.evaluate(() => (window as unknown as { allowWrites(): void }).allowWrites());
/** How many writes the "full disk" has refused so far. */
const refusedWrites = (page: Page) =>
  page.evaluate(() => (window as unknown as { refused: { count: number } }).refused.count);

const FULL_DISK =
  'This device has no room left for Tend to save. Free some space on the device or in the browser, then try again.';

const expectNoAxeViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

/** Clicks the view's Quick exit with a private tab in front, as when the real popup opens over it. */
async function quickExitFrom(view: Page, privatePage: Page): Promise<void> {
  await privatePage.bringToFront();
  await clickQuickExit(view);
  await expectLeft(privatePage, DEFAULT_EXIT);
}

test('data saved by a newer Tend: every view says so on one screen, nothing changes, Quick exit works', async ({
  context,
  site,
}) => {
  await answerDefaultExit(context);
  const first = await openExtensionPage(context, 'options.html');
  await putTendRow(first, 'journal', [{ id: 'e1', date: '2026-11-20', good: 'A walk', notGood: '', signs: [] }]);
  await putTendRow(first, '__schemaVersion', 999);
  const before = await first.evaluate(tendDatabaseRows);
  await first.close();

  for (const path of ['popup.html', 'sidepanel.html#journal', 'options.html']) {
    const privatePage = await context.newPage();
    await privatePage.goto(site.url(`private-${path}`));
    const view = await openExtensionPage(context, path);
    await expect(view.getByRole('heading', { name: 'Tend needs an update' })).toBeVisible();
    await expect(view.getByText('Your saved data was saved by a newer version of Tend.')).toBeVisible();
    await expect(view.getByText('Update Tend to use it. Nothing was changed.')).toBeVisible();
    // One screen: none of the tools or settings that cannot open the data.
    await expect(view.getByRole('tab')).toHaveCount(0);
    await expect(view.getByRole('textbox')).toHaveCount(0);
    await expectNoAxeViolations(view);
    await quickExitFrom(view, privatePage);
    await privatePage.close();
  }

  const after = await openExtensionPage(context, 'popup.html');
  expect(await after.evaluate(tendDatabaseRows)).toBe(before);
});

test('a save the browser refuses says "Not saved" with the reason, keeps the words, and saves on retry', async ({
  context,
}) => {
  const page = await openExtensionPage(context, 'sidepanel.html#aftercare');
  const field = page.getByLabel('What I need afterwards');
  const saveLine = page.locator('.save-status');
  // Both of its live regions are on the page, empty, before there is anything to say.
  await expect(saveLine.getByRole('status')).toBeEmpty();
  await expect(saveLine.getByRole('alert')).toBeEmpty();
  await saveLine.getByRole('status').evaluate((region) => region.setAttribute('data-test-was-here', ''));

  await field.fill('Tea');
  await expect(saveLine.getByRole('status')).toHaveText('Saved.');
  await expect(saveLine.getByRole('status')).toHaveAttribute('data-test-was-here', '');

  await refuseWrites(page);
  await field.fill('Tea and a blanket');
  await expect(saveLine.getByRole('alert')).toHaveText(`Not saved. ${FULL_DISK} What you typed is kept here.`);
  await expect(saveLine.getByRole('status')).toBeEmpty();
  await expect(field).toHaveValue('Tea and a blanket');
  expect(await page.evaluate(tendDatabaseRows)).not.toContain('blanket');
  await expectNoAxeViolations(page);

  // Still full: still said, words still kept. The retry is refused before the disk is freed: a retry
  // still under way then would land after, with no button left to press (seen once in CI).
  const retry = page.getByRole('button', { name: 'Try saving again' });
  const refusedBefore = await refusedWrites(page);
  await retry.click();
  await expect.poll(() => refusedWrites(page)).toBeGreaterThan(refusedBefore);
  await expect(saying(page, 'alert')).toContainText('Not saved.');
  await expect(field).toHaveValue('Tea and a blanket');

  await allowWrites(page);
  await retry.click();
  await expect(saveLine.getByRole('status')).toHaveText('Saved.');
  await expect(saveLine.getByRole('alert')).toBeEmpty();
  await expect(retry).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('What I need afterwards')).toHaveValue('Tea and a blanket');
});

test('a part that fails to render shows words in its place; the rest of the view and Quick exit keep working', async ({
  context,
  site,
}) => {
  await answerDefaultExit(context);
  const privatePage = await context.newPage();
  await privatePage.goto(site.url('private-thread'));
  const page = await openExtensionPage(context, 'sidepanel.html#guide');
  // A journal damaged on disk: not the list of entries the journal draws.
  await putTendRow(page, 'journal', { damaged: true });
  await page.getByRole('tab', { name: 'Journal' }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'could not be shown' });
  await expect(problem).toContainText('This part of Tend could not be shown.');
  await expect(problem).toContainText('The rest of the page still works, Quick exit included.');
  await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Trying again meets the same damage, and says so again.
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(problem).toContainText('This part of Tend could not be shown.');

  await page.getByRole('tab', { name: 'Aftercare' }).click();
  await expect(page.getByLabel('What I need afterwards')).toBeVisible();
  await page.getByRole('tab', { name: 'Guide' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.getByRole('tab', { name: 'Journal' }).click();
  await expect(problem).toBeVisible();
  await quickExitFrom(page, privatePage);
});

test('a message line speaks through live regions that were on the page before the words', async ({ context, site }) => {
  const options = await openExtensionPage(context, 'options.html');
  const exitSettings = options.getByRole('region', { name: 'What quick exit does' });
  const field = exitSettings.getByRole('textbox', { name: 'Exit page' });
  const alert = exitSettings.getByRole('alert').first();
  const status = exitSettings.getByRole('status').first();
  await expect(alert).toBeEmpty();
  await expect(status).toBeEmpty();
  await alert.evaluate((region) => region.setAttribute('data-test-was-here', ''));
  await status.evaluate((region) => region.setAttribute('data-test-was-here', ''));

  await field.fill('not a url');
  await field.press('Enter');
  await expect(alert).not.toBeEmpty();
  await expect(status).toBeEmpty();
  await field.fill(site.url('weather'));
  await field.press('Enter');
  await expect(status).toHaveText(`Saved. Quick exit now goes to ${site.url('weather')}`);
  await expect(alert).toBeEmpty();
  // The very elements that waited on the page: nothing was swapped in with its first words.
  await expect(alert).toHaveAttribute('data-test-was-here', '');
  await expect(status).toHaveAttribute('data-test-was-here', '');
});

test('settings that cannot be saved say so in words, change nothing, and are never left busy', async ({ context }) => {
  test.slow(); // the lock derives its key at 600,000 iterations
  const options = await openExtensionPage(context, 'options.html');
  await refuseWrites(options);

  const discreet = options.getByRole('region', { name: 'Discreet mode' });
  await discreet.getByRole('switch', { name: 'Look like a plain notes tool' }).click();
  await expect(saying(discreet, 'alert')).toHaveText(`${FULL_DISK} Nothing was changed.`);
  await expect(discreet.getByRole('switch')).not.toBeChecked();

  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill('blue kettle on a Tuesday');
  await lock.getByLabel('The same passphrase again').fill('blue kettle on a Tuesday');
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(saying(lock, 'alert')).toHaveText(FULL_DISK, { timeout: 20_000 });
  await expect(saying(lock, 'status')).toHaveCount(0);
  await expect(lock.getByRole('button', { name: 'Turn on the lock' })).toBeEnabled();
  await expectNoAxeViolations(options);

  // Room again: the same button works.
  await allowWrites(options);
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(lock.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 20_000 });
});

test('words typed as the screen locks are kept, and saved, sealed, once unlocked', async ({ context, worker }) => {
  test.slow(); // the lock derives its key at 600,000 iterations, twice
  const passphrase = 'blue kettle on a Tuesday';
  await turnOnLock(context, passphrase);

  const page = await openExtensionPage(context, 'sidepanel.html#aftercare');
  const empty = await page.evaluate(tendDatabaseRows);
  await page.getByLabel('What I need afterwards').fill('Tea');
  await expect.poll(() => page.evaluate(tendDatabaseRows)).not.toBe(empty);
  // The last keystroke lands in the moment the screen locks: after the key is gone, before the
  // passphrase form takes the tool's place. Nothing can seal it then.
  await page.evaluate(() => {
    const chromeApi = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    chromeApi.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session' || !('lockKey' in changes) || changes.lockKey?.newValue) return;
      const field = document.querySelector<HTMLTextAreaElement>('textarea');
      if (!field) return;
      field.value = 'Tea, then CANARY-last-words';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });
  await worker.evaluate(() => (globalThis as unknown as { tendOnIdle(state: string): unknown }).tendOnIdle('locked'));
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  expect(await page.evaluate(tendDatabaseRows)).not.toContain('CANARY');

  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('What I need afterwards')).toHaveValue('Tea, then CANARY-last-words', {
    timeout: 20_000,
  });
  await expect(page.locator('.save-status').getByRole('status')).toHaveText('Saved.');
  expect(await page.evaluate(tendDatabaseRows)).not.toContain('CANARY');
  await page.reload();
  await expect(page.getByLabel('What I need afterwards')).toHaveValue('Tea, then CANARY-last-words', {
    timeout: 20_000,
  });
});
