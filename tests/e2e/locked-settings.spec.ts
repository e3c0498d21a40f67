/**
 * Locked means locked (issue 16, part 2): while Tend is locked, nobody at the browser can point
 * Quick exit elsewhere, change how it leaves, or see the user's sites; Unlock, Wipe, Quick exit and
 * the region still work. And while a lock is set, the last guide section read stays off the disk.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { sections } from '../../content';
import {
  addSiteInOptions,
  expect,
  firstRunPage,
  launch,
  removeFolder,
  serviceWorkerOf,
  tendDatabaseRows,
  test,
  testBuild,
} from './fixtures';
import { ToolbarPopup } from './toolbar-popup';

const PASSPHRASE = 'blue kettle on a Tuesday';

async function open(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Turns the lock on in settings and locks at once; returns the settings page. */
async function turnOnAndLock(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await open(context, extensionId, 'options.html');
  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill(PASSPHRASE);
  await lock.getByLabel('The same passphrase again').fill(PASSPHRASE);
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await lock.getByRole('button', { name: 'Lock now' }).click({ timeout: 15_000 });
  await expect(lock.getByLabel('Passphrase', { exact: true })).toBeVisible();
  return options;
}

const LOCKED_NOTE = /Tend is locked, so these settings cannot be changed/;

test.describe('with a site granted (the test build)', () => {
  let build: string;
  test.beforeAll(() => {
    build = testBuild();
  });
  test.afterAll(() => removeFolder(build));

  test('while locked, the exit, hotkey and discreet settings are read-only and the sites are hidden', async () => {
    const context = await launch('', build);
    try {
      await (await firstRunPage(context)).close();
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      await (await addSiteInOptions(context, extensionId, 'http://127.0.0.1/')).close();
      const options = await turnOnAndLock(context, extensionId);

      await expect(options.getByText(LOCKED_NOTE)).toBeVisible();
      await expect(options.getByRole('textbox', { name: 'Exit page' })).toBeDisabled();
      await expect(options.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
      for (const radio of await options.getByRole('group', { name: 'When you exit' }).getByRole('radio').all())
        await expect(radio).toBeDisabled();
      for (const box of await options.getByRole('group', { name: 'Also' }).getByRole('checkbox').all())
        await expect(box).toBeDisabled();
      await expect(options.getByRole('switch', { name: 'Look like a plain notes tool' })).toBeDisabled();
      const hotkey = options.getByRole('region', { name: 'Quick exit shortcut' });
      for (const button of await hotkey.getByRole('button').all()) await expect(button).toBeDisabled();
      // The values stay readable: the background needs them, and the user can see what is set.
      await expect(options.getByRole('textbox', { name: 'Exit page' })).toHaveValue('https://www.bbc.co.uk/weather');
      await expect(options.getByRole('region', { name: 'My sites' })).toHaveCount(0);
      expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

      // The region still works while locked.
      const region = options.getByRole('region', { name: 'Your region' });
      await region.getByRole('combobox', { name: 'Your region' }).selectOption({ label: 'Australia' });
      await expect(region.getByRole('status')).toContainText('Saved');

      // In the sidebar My sites asks for the passphrase, like the notes.
      const sidebar = await open(context, extensionId, 'sidepanel.html#sites');
      await expect(sidebar.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
      await expect(sidebar.getByText('127.0.0.1')).toHaveCount(0);

      // Unlocking gives everything back.
      const lock = options.getByRole('region', { name: 'Passphrase lock' });
      await lock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await lock.getByLabel('Passphrase', { exact: true }).press('Enter');
      await expect(options.getByRole('textbox', { name: 'Exit page' })).toBeEnabled({ timeout: 15_000 });
      await expect(options.getByText(LOCKED_NOTE)).toHaveCount(0);
      await expect(options.getByRole('region', { name: 'My sites' })).toContainText('127.0.0.1');
      await expect(sidebar.getByRole('region', { name: 'My sites' })).toContainText('127.0.0.1');
    } finally {
      await context.close();
    }
  });

  test('the popup offers "Add this site" only while Tend is not locked', async ({ site }) => {
    const context = await launch('', build);
    try {
      await (await firstRunPage(context)).close();
      const worker = await serviceWorkerOf(context);
      const extensionId = new URL(worker.url()).host;
      const reading = await context.newPage();
      await reading.goto(site.url('reading'));
      const before = await ToolbarPopup.openOver(reading, worker);
      await expect.poll(() => before.text()).toContain('Add this site to My sites');

      const options = await turnOnAndLock(context, extensionId);
      // The auto-lock time is shown, and changeable, only while unlocked.
      await expect(options.getByRole('combobox', { name: /Lock by itself/ })).toHaveCount(0);
      const locked = await ToolbarPopup.openOver(reading, worker);
      await locked.settle();
      expect(await locked.text()).toContain('Open the full guide and your tools');
      expect(await locked.text()).not.toContain('Add this site');
    } finally {
      await context.close();
    }
  });
});

test('locking while a setting has focus leaves focus on the reason it cannot be changed', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await turnOnAndLock(context, extensionId);
  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await lock.getByLabel('Passphrase', { exact: true }).press('Enter');
  await expect(options.getByRole('textbox', { name: 'Exit page' })).toBeEnabled({ timeout: 15_000 });
  await options.getByRole('textbox', { name: 'Exit page' }).focus();
  await worker.evaluate(() => (globalThis as unknown as { tendOnIdle(state: string): void }).tendOnIdle('locked'));
  await expect(options.getByText(LOCKED_NOTE)).toBeFocused();
});

test('Wipe and Quick exit still work while locked', async ({ context, extensionId }) => {
  const options = await turnOnAndLock(context, extensionId);
  await expect(options.getByRole('button', { name: 'Quick exit' })).toBeEnabled();
  await options.getByRole('button', { name: 'Wipe everything' }).click();
  await options.getByRole('button', { name: 'Yes, wipe everything' }).click();
  await expect(options.getByText('Everything Tend stored on this device was wiped.')).toBeVisible();
  await expect(options.getByRole('textbox', { name: 'Exit page' })).toBeEnabled();
  await expect(options.getByText(LOCKED_NOTE)).toHaveCount(0);
});

test('while a lock is set, the last section read stays off the disk and is offered only unlocked', async ({
  context,
  extensionId,
}) => {
  const aftercare = sections.find((section) => section.id === 'aftercare');
  if (!aftercare) throw new Error('the guide has an aftercare section');
  const resume = (page: Page) => page.getByRole('button', { name: `Continue where you left off: ${aftercare.title}` });
  const options = await turnOnAndLock(context, extensionId);
  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await lock.getByLabel('Passphrase', { exact: true }).press('Enter');
  await expect(lock.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });

  const popup = await open(context, extensionId, 'popup.html');
  await popup
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: new RegExp(`^${aftercare.title}`) })
    .click();
  await expect(popup.getByRole('heading', { level: 2, name: aftercare.title })).toBeVisible();
  await popup.reload();
  await expect(resume(popup)).toBeVisible();
  expect(await popup.evaluate(tendDatabaseRows)).not.toContain('"aftercare"');

  await lock.getByRole('button', { name: 'Lock now' }).click();
  await popup.reload();
  await expect(popup.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(resume(popup)).toHaveCount(0);
});
