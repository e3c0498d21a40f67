import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { emergencySignsTitle, findSource, findTip, retiredTipIds, sections } from '../../content';
import { firstAidKit } from '../../content/tools';
import { formatDay } from '../../lib/dates';
import {
  expect,
  firstRunPage,
  launch,
  openExtensionPage,
  removeFolder,
  saying,
  test,
  tomorrowEvening,
} from './fixtures';

/** The Chrome APIs these tests call inside the service worker (the tests have no Chrome types). */
declare const chrome: {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
};

async function openSidebar(context: BrowserContext, tab = 'guide'): Promise<Page> {
  const page = await openExtensionPage(context, `sidepanel.html#${tab}`);
  await expect(page.getByRole('tab', { selected: true })).toBeVisible();
  return page;
}

const showTab = async (page: Page, name: string) => {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
};

const PLAN = {
  'More about your friend': 'Sam, 07700 900123',
  'Where you will be': 'The Crown, High Street, meeting Alex',
  'Anything else your friend should know or do': 'Call me, then call my sister.',
};

async function fillEveryTool(page: Page, checkInAt: string): Promise<void> {
  await showTab(page, 'Safe call');
  for (const [label, text] of Object.entries(PLAN)) await page.getByLabel(label).fill(text);
  await page.getByRole('button', { name: 'Add a check-in' }).click();
  await page.getByLabel('Check-in 1').fill(checkInAt);
  await page.getByLabel('What the reminder says').fill('Dentist');

  await showTab(page, 'Aftercare');
  await page.getByLabel('What I need afterwards').fill('Water and a blanket');
  await page.getByLabel('What my partner needs afterwards').fill('Quiet time');
  await page.getByRole('checkbox', { name: 'Ice or a cold pack' }).check();
  await page.getByLabel('Add your own item').fill('Spare towel');
  await page.getByLabel('Add your own item').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added “Spare towel”' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Spare towel' }).check();

  await showTab(page, 'Journal');
  await page.getByRole('button', { name: 'New entry' }).click();
  await expect(page.getByLabel('Date')).toBeFocused();
  await page.getByLabel('What felt good').fill('Laughing together');
  await page.getByLabel(/What did not feel good/).fill('Too rushed at the start');
  await expect(page.getByRole('heading', { name: 'You deserve support' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'My safe word or signal was ignored' }).check();
  await expect(page.getByRole('heading', { name: 'You deserve support' })).toBeVisible();
}

async function expectEveryTool(page: Page, checkInAt: string): Promise<void> {
  await showTab(page, 'Safe call');
  for (const [label, text] of Object.entries(PLAN)) await expect(page.getByLabel(label)).toHaveValue(text);
  await expect(page.getByLabel('Check-in 1')).toHaveValue(checkInAt);
  await expect(page.getByLabel('What the reminder says')).toHaveValue('Dentist');

  await showTab(page, 'Aftercare');
  await expect(page.getByLabel('What I need afterwards')).toHaveValue('Water and a blanket');
  await expect(page.getByLabel('What my partner needs afterwards')).toHaveValue('Quiet time');
  await expect(page.getByRole('checkbox', { name: 'Ice or a cold pack' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Antibiotic ointment' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Spare towel' })).toBeChecked();

  await showTab(page, 'Journal');
  await expect(page.getByLabel('What felt good')).toHaveValue('Laughing together');
  await expect(page.getByLabel(/What did not feel good/)).toHaveValue('Too rushed at the start');
  await expect(page.getByRole('checkbox', { name: 'My safe word or signal was ignored' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'You deserve support' })).toBeVisible();
}

/** Everything stored, as the extension's own export gives it (the file, without its date). */
async function exported(page: Page): Promise<unknown> {
  await showTab(page, 'Your data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.json$/);
  const { exportedAt, ...file } = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(Date.parse(exportedAt)).not.toBeNaN();
  return file;
}

test('every tool saves as the user types and is intact after a reload and a browser restart', async () => {
  test.slow(); // two browser launches
  const profile = mkdtempSync(join(tmpdir(), 'tend-profile-'));
  const checkInAt = tomorrowEvening();
  try {
    const first = await launch(profile);
    await (await firstRunPage(first)).close();
    const page = await openSidebar(first);
    await fillEveryTool(page, checkInAt);
    await page.reload();
    await expectEveryTool(page, checkInAt);
    await first.close();

    const second = await launch(profile);
    await expectEveryTool(await openSidebar(second), checkInAt);
    await second.close();
  } finally {
    removeFolder(profile);
  }
});

/**
 * Stops Tend's worker, as the browser does after half a minute without events: while the user
 * reads or types in the sidebar, the worker is usually asleep.
 */
async function putWorkerToSleep(context: BrowserContext, page: Page): Promise<void> {
  const devtools = await context.newCDPSession(page);
  await devtools.send('ServiceWorker.enable');
  await devtools.send('ServiceWorker.stopAllWorkers');
  await devtools.detach();
}

test('text typed just before the sidebar closes or reloads is not lost, with the worker asleep', async ({
  context,
}) => {
  const page = await openSidebar(context, 'aftercare');
  const field = page.getByLabel('What I need afterwards');
  await expect(field).toBeVisible();
  await putWorkerToSleep(context, page);
  // Each time inside the autosave delay: the page saves as it goes, needing no worker.
  await field.pressSequentially('A hug');
  await page.close({ runBeforeUnload: true });

  const again = await openSidebar(context, 'aftercare');
  const fieldAgain = again.getByLabel('What I need afterwards');
  await expect(fieldAgain).toHaveValue('A hug');
  await putWorkerToSleep(context, again);
  await fieldAgain.pressSequentially(', then tea');
  await again.evaluate(() => location.reload());
  await expect(fieldAgain).toHaveValue('A hug, then tea');
});

test('a reload stays on the same tool, and the tabs work by keyboard alone', async ({ context }) => {
  const page = await openSidebar(context);
  await page.getByRole('tab', { name: 'Guide' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Boundaries' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Safe call' })).toBeFocused();
  await expect(page.getByRole('tabpanel')).toContainText('More about your friend');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Your data' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Your data' })).toHaveAttribute('aria-selected', 'true');
  // Your data, My sites, Journal, Timeline, then Aftercare.
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Aftercare' })).toHaveAttribute('aria-selected', 'true');

  // Into the panel by Tab once it shows (a person sees the form before tabbing into it), type,
  // tick by Space, add by Enter.
  await expect(page.getByLabel('What I need afterwards')).toBeVisible();
  // The emergency numbers above the form (guide content, shown even while locked) come first.
  const numbers = page.getByRole('region', { name: emergencySignsTitle }).getByRole('link');
  await expect(numbers.first()).toBeVisible();
  for (let link = 0; link < (await numbers.count()); link++) {
    await page.keyboard.press('Tab');
    await expect(numbers.nth(link)).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What I need afterwards')).toBeFocused();
  await page.keyboard.type('Tea');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Ice or a cold pack' })).toBeChecked();
  await page.getByLabel('Add your own item').focus();
  await page.keyboard.type('Socks');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Socks' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Aftercare' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('What I need afterwards')).toHaveValue('Tea');
  await expect(page.getByRole('checkbox', { name: 'Socks' })).toBeVisible();
});

test('refuses a duplicate or empty kit item and a past check-in, changing nothing', async ({ context }) => {
  const page = await openSidebar(context, 'aftercare');
  await page.getByLabel('Add your own item').fill('  ice OR a cold pack ');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(saying(page, 'alert')).toContainText('already on the list');
  await page.getByLabel('Add your own item').fill('');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(saying(page, 'alert')).toContainText('Type the item');
  // Only the suggested kit: nothing was added.
  await expect(page.getByRole('checkbox')).toHaveCount(firstAidKit.length);

  await showTab(page, 'Safe call');
  await page.getByRole('button', { name: 'Add a check-in' }).click();
  await page.getByLabel('Check-in 1').fill('2020-01-01T10:00');
  await page.getByRole('button', { name: 'Set reminders' }).click();
  await expect(saying(page, 'alert')).toContainText('already passed');
  await expect(page.getByText('No reminder is set.')).toBeVisible();
});

test('export, wipe and import give back exactly the same data', async ({ context }) => {
  const checkInAt = tomorrowEvening();
  const page = await openSidebar(context);
  await fillEveryTool(page, checkInAt);
  const before = await exported(page);
  expect(JSON.stringify(before)).toContain('Laughing together');

  await page.getByRole('button', { name: 'Wipe everything' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, wipe everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was wiped' })).toBeFocused();
  await showTab(page, 'Safe call');
  await expect(page.getByLabel('More about your friend')).toHaveValue('');
  await showTab(page, 'Journal');
  await expect(page.getByText('No entries yet.')).toBeVisible();
  expect(await exported(page)).toMatchObject({ data: {} });

  const file = JSON.stringify({ ...(before as object), exportedAt: new Date().toISOString() });
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page.getByRole('button', { name: 'Import “backup.json”' }).click();
  await page.getByRole('button', { name: 'Yes, replace it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'backup was imported' })).toBeVisible();
  expect(await exported(page)).toEqual(before);
  await page.reload();
  await expectEveryTool(page, checkInAt);
});

test('a damaged or foreign import is refused with a message and changes nothing', async ({ context }) => {
  const page = await openSidebar(context);
  await fillEveryTool(page, tomorrowEvening());
  const before = await exported(page);
  const good = { ...(before as { data: Record<string, unknown> }), exportedAt: new Date().toISOString() };
  const bad: [string, string, RegExp][] = [
    ['notes.txt', 'just some text', /not a Tend backup/],
    ['package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), /not a Tend backup/],
    ['cut.json', JSON.stringify(before).slice(0, 100), /not a Tend backup/],
    ['edited.json', JSON.stringify({ ...good, data: { ...good.data, firstRunDone: 'maybe' } }), /damaged/],
    ['future.json', JSON.stringify({ ...good, schemaVersion: 99 }), /newer version/],
  ];
  for (const [name, text, message] of bad) {
    await page.getByLabel('Choose a backup file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(saying(page, 'alert')).toHaveText(message);
    await expect(saying(page, 'alert')).toContainText('Nothing was changed');
    await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  }
  expect(await exported(page)).toEqual(before);
});

test('each tip in the guide shows its source’s address and the day it was checked', async ({ context }) => {
  const page = await openSidebar(context);
  const [section] = sections;
  const tip = section?.tips[0];
  const source = tip && findSource(tip.source);
  if (!section || !tip || !source) throw new Error('the guide has a section with a sourced tip');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section.title }).click();
  await expect(page.getByText(`Sources checked ${formatDay(section.checked)}.`)).toBeVisible();
  await expect(page.getByText(/the visit stays in your browser history/)).toBeVisible();
  const card = page.getByRole('article', { name: tip.title });
  await expect(card.getByText(tip.body[0] ?? '', { exact: true })).toBeVisible();
  const link = card.getByRole('link', { name: source.name });
  await expect(link).toHaveAttribute('href', source.url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(card.locator('.source')).toContainText(source.url);
  await expect(card.locator('.source')).toContainText(`checked ${formatDay(source.checked)}`);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a link to a tip merged into another opens the kept tip', async ({ context }) => {
  const [retired, kept] = Object.entries(retiredTipIds)[0] ?? [];
  const placed = kept && findTip(kept);
  if (!retired || !placed) throw new Error('the guide has a retired tip id');
  const page = await openSidebar(context, `guide/old-section/${retired}`);
  await expect(page.getByRole('heading', { level: 2, name: placed.section.title })).toBeVisible();
  await expect(page.getByRole('article', { name: placed.tip.title })).toBeFocused();
});

test('every tool passes axe, and no request leaves the machine', async ({ context, externalRequests }) => {
  test.slow(); // axe reads the whole guide and every tool
  const page = await openSidebar(context);
  await fillEveryTool(page, tomorrowEvening());
  for (const tab of ['Guide', 'Boundaries', 'Safe call', 'Aftercare', 'Journal', 'My sites', 'Your data']) {
    await showTab(page, tab);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, tab).toEqual([]);
  }
  await page.getByRole('button', { name: 'Wipe everything' }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('the popup opens the side panel beside the page', async ({ openPopup, context, site, worker }) => {
  // A page to browse beside: the popup closes itself, and the browser must keep a window open.
  await (await context.newPage()).goto(site.url('reading'));
  const popup = await openPopup();
  const sidePanels = () =>
    worker.evaluate(() =>
      chrome.runtime
        .getContexts({ contextTypes: ['SIDE_PANEL'] })
        .then((found) => found.map((item) => item.documentUrl)),
    );
  expect(await sidePanels()).toEqual([]);
  await popup.getByRole('button', { name: 'Open the full guide and your tools' }).click();
  await expect.poll(sidePanels).toEqual([expect.stringMatching(/\/sidepanel\.html$/)]);
  await expect.poll(() => popup.isClosed()).toBe(true);
});
