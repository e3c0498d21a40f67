/**
 * Focus after an action that takes the focused control away (issue 18, part 4): it moves to a
 * sensible next place, never to the page body, where keyboard and screen reader users would have
 * to start again from the top.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { boundaryCategories } from '../../content/boundary-items';
import { records } from '../../lib/storage/stored-schema';
import { shareContent } from '../../lib/tools/boundaries';
import { encodeShareCode } from '../../lib/tools/boundary-share';
import {
  addSiteInOptions,
  expect,
  firstRunPage,
  launch,
  openExtensionPage,
  removeFolder,
  serviceWorkerOf,
  test,
  testBuild,
  tomorrowEvening,
} from './fixtures';

const PASSPHRASE = 'blue kettle on a Tuesday';

/** What has focus, as a person using a screen reader would hear it: its tag and its text or name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return `${active.tagName.toLowerCase()}: ${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim()}`;
  });

/** A partner's share code: yes to the first item of the catalogue, so there is one item in common. */
function partnerCode(): string {
  const first = boundaryCategories[0]?.items[0];
  if (!first) throw new Error('the catalogue has items');
  return encodeShareCode(shareContent({ ...records.boundaries.fallback, ratings: { [first.id]: 'yes' } }));
}

test('saving and forgetting a comparison keep focus in the comparison', async ({ context }) => {
  const page = await openExtensionPage(context, 'sidepanel.html#boundaries');
  const first = boundaryCategories[0]?.items[0]?.text ?? '';
  await page.getByRole('radiogroup', { name: first, exact: true }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(partnerCode());
  await page.getByRole('button', { name: 'Compare' }).click();

  await page.getByRole('button', { name: 'Save this result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Result saved' })).toBeVisible();
  await expect.poll(() => focused(page)).toBe('h3: Saved comparison');

  await page.getByRole('button', { name: 'Forget saved result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved result forgotten.' })).toBeVisible();
  await expect.poll(() => focused(page)).toBe('h3: 2. Compare with your partner’s code');
});

test('confirming the first-run settings moves focus to the first setting below', async () => {
  const context = await launch();
  try {
    const options = await firstRunPage(context);
    await options.getByRole('button', { name: 'These are right' }).click();
    await expect(options.getByRole('heading', { name: 'Welcome to Tend' })).toHaveCount(0);
    await expect.poll(() => focused(options)).toBe('h2: Quick exit shortcut');
  } finally {
    await context.close();
  }
});

test.describe('with a reminder allowed and a site granted (the test build)', () => {
  let build: string;
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  test.beforeAll(() => {
    build = testBuild({ permissions: ['notifications'], hosts: ['http://127.0.0.1/*', 'http://localhost/*'] });
  });
  test.afterAll(() => removeFolder(build));
  test.beforeEach(async () => {
    context = await launch('', build);
    await (await firstRunPage(context)).close();
    worker = await serviceWorkerOf(context);
    extensionId = new URL(worker.url()).host;
  });
  test.afterEach(() => context.close());

  test('ending the plan keeps focus on its button, which stays', async () => {
    const page = await openExtensionPage(context, 'sidepanel.html#safe-call');
    await page.getByRole('button', { name: 'Add a check-in' }).click();
    await page.getByLabel('Check-in 1').fill(tomorrowEvening());
    await page.getByRole('button', { name: 'Set reminders' }).click();
    await expect(page.getByText(/A reminder is set\. The next is at/)).toBeVisible();
    await page.getByRole('button', { name: 'End plan' }).click();
    await expect(page.getByText('No reminder is set.')).toBeVisible();
    await expect.poll(() => focused(page)).toBe('button: End plan');
  });

  for (const [where, path] of [
    ['settings', 'options.html'],
    ['the sidebar', 'sidepanel.html#sites'],
  ] as const) {
    test(`removing a site in ${where} moves focus to the list's heading`, async () => {
      await (await addSiteInOptions(context, extensionId, 'http://127.0.0.1/')).close();
      await (await addSiteInOptions(context, extensionId, 'http://localhost/')).close();
      const page = await openExtensionPage(context, path);
      const mySites = page.getByRole('region', { name: 'My sites' });
      await mySites.getByRole('button', { name: /^Remove 127\.0\.0\.1/ }).click();
      await expect(mySites.getByRole('status')).toContainText('Removed 127.0.0.1');
      await expect.poll(() => focused(page)).toBe('h2: My sites');

      await mySites.getByRole('button', { name: /^Remove localhost/ }).click();
      await expect(mySites.getByRole('status')).toContainText('Removed localhost');
      await expect.poll(() => focused(page)).toBe('h2: My sites');
    });
  }

  test('the idle or screen lock moves focus to what says Tend is locked', async () => {
    const page = await openExtensionPage(context, 'sidepanel.html#data');
    await page.getByLabel('New passphrase').fill(PASSPHRASE);
    await page.getByLabel('The same passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });

    for (const state of ['idle', 'locked']) {
      await page.getByRole('tab', { name: 'Journal' }).click();
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.getByLabel('What felt good').first().focus();
      await worker.evaluate(
        (idle) => (globalThis as unknown as { tendOnIdle(state: string): void }).tendOnIdle(idle),
        state,
      );
      await expect.poll(() => focused(page)).toBe('h2: Your notes are locked');
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Passphrase', { exact: true }).press('Enter');
      await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible({ timeout: 15_000 });
    }
  });
});
