import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { emergencySigns, emergencySignsTitle } from '../../content';
import { EMERGENCY_TEL, expect, expectLeft, tendDatabaseRows, test } from './fixtures';

const PASSPHRASE = 'blue kettle on a Tuesday';
const CANARY = 'CANARY-e2e-5d1c';

async function open(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Every row of Tend's IndexedDB as the browser holds it, read from an extension page. */
const rawDatabase = (page: Page) => page.evaluate(tendDatabaseRows);

async function turnOnLock(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await open(context, extensionId, 'options.html');
  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill(PASSPHRASE);
  await lock.getByLabel('The same passphrase again').fill('something else');
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(lock.getByRole('alert')).toContainText('not the same');
  await lock.getByLabel('The same passphrase again').fill(PASSPHRASE);
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(lock.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
  await options.close();
}

async function fillNotes(sidebar: Page): Promise<void> {
  await sidebar.getByRole('tab', { name: 'Aftercare' }).click();
  await sidebar.getByLabel('What I need afterwards').fill(`Tea ${CANARY}`);
  await sidebar.getByRole('tab', { name: 'Journal' }).click();
  await sidebar.getByRole('button', { name: 'New entry' }).click();
  await sidebar.getByLabel('What felt good').fill(`Talking ${CANARY}`);
  // Both notes saved and sealed (with the lock's own check value: three sealed records).
  const sealed = async () => (await rawDatabase(sidebar)).split('"iv":').length - 1;
  await expect.poll(sealed).toBe(3);
}

async function expectLocked(sidebar: Page): Promise<void> {
  await sidebar.getByRole('tab', { name: 'Journal' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect(sidebar.getByLabel('What felt good')).toHaveCount(0);
}

const callWorker = (worker: Worker, name: 'tendOnIdle' | 'tendQuickExit', arg?: string) =>
  worker.evaluate(
    ([fn, value]) => (globalThis as unknown as Record<string, (value?: string) => unknown>)[fn as string]?.(value),
    [name, arg],
  );

test('a locked Tend stores no plaintext, keeps the guide readable, and opens only with the passphrase', async ({
  context,
  extensionId,
  externalRequests,
}) => {
  test.slow(); // key derivation at 600,000 iterations, several times
  await turnOnLock(context, extensionId);
  const sidebar = await open(context, extensionId, 'sidepanel.html#aftercare');
  await fillNotes(sidebar);
  expect(await rawDatabase(sidebar)).not.toContain(CANARY);

  await sidebar.getByRole('button', { name: 'Lock', exact: true }).click();
  await expectLocked(sidebar);
  expect(await rawDatabase(sidebar)).not.toContain(CANARY);
  await sidebar.getByRole('tab', { name: 'Guide' }).click();
  await expect(sidebar.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  expect((await new AxeBuilder({ page: sidebar }).analyze()).violations).toEqual([]);
  // When to call emergency services is guide content: shown above the lock while the notes stay locked.
  await sidebar.getByRole('tab', { name: 'Aftercare' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  const signs = sidebar.getByRole('region', { name: emergencySignsTitle });
  for (const sign of emergencySigns) await expect(signs.getByText(sign.text, { exact: true })).toBeVisible();
  // The number of the region Tend guessed for this browser: one of the emergency numbers it knows.
  await expect(signs.getByRole('link').first()).toHaveAttribute('href', EMERGENCY_TEL);
  expect((await new AxeBuilder({ page: sidebar }).analyze()).violations).toEqual([]);

  await sidebar.getByRole('tab', { name: 'Journal' }).click();
  const before = await rawDatabase(sidebar);
  await sidebar.getByLabel('Passphrase').fill('blue kettle on a Wednesday');
  await sidebar.getByLabel('Passphrase').press('Enter');
  await expect(sidebar.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed.', {
    timeout: 15_000,
  });
  expect(await rawDatabase(sidebar)).toBe(before);
  expect((await new AxeBuilder({ page: sidebar }).analyze()).violations).toEqual([]);

  await sidebar.getByLabel('Passphrase').fill(PASSPHRASE);
  await sidebar.getByRole('button', { name: 'Unlock' }).click();
  await expect(sidebar.getByLabel('What felt good')).toHaveValue(`Talking ${CANARY}`, { timeout: 15_000 });
  await sidebar.getByRole('tab', { name: 'Aftercare' }).click();
  await expect(sidebar.getByLabel('What I need afterwards')).toHaveValue(`Tea ${CANARY}`);
  expect(externalRequests).toEqual([]);
});

test('Tend locks itself when the computer goes idle and on quick exit', async ({
  context,
  extensionId,
  worker,
  site,
}) => {
  test.slow();
  await turnOnLock(context, extensionId);
  const sidebar = await open(context, extensionId, 'sidepanel.html#journal');
  await fillNotes(sidebar);

  await callWorker(worker, 'tendOnIdle', 'idle');
  await expectLocked(sidebar);

  await sidebar.getByLabel('Passphrase').fill(PASSPHRASE);
  await sidebar.getByLabel('Passphrase').press('Enter');
  await expect(sidebar.getByLabel('What felt good')).toBeVisible({ timeout: 15_000 });

  // Quick exit from a page the user is reading; the neutral page is answered locally.
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: 'Weather' }),
  );
  const reading = await context.newPage();
  await reading.goto(site.url('reading'));
  await callWorker(worker, 'tendQuickExit');
  await expectLeft(reading, 'https://www.bbc.co.uk/weather');
  const again = await open(context, extensionId, 'sidepanel.html#journal');
  await expectLocked(again);
});
