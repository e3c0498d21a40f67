import type { Page } from 'puppeteer-core';
import { tendDatabaseRows } from '../e2e/fixtures';
import { boundaryAnswer, byRole, expect, fieldValue, openPage, reload, tendUrl, test, textOf } from './fixtures';

const TYPED = {
  'Safe call': { 'More about your friend': 'Sam, 07700 900123', 'Where you will be': 'The Crown, meeting Alex' },
  Aftercare: { 'What I need afterwards': 'Water and a blanket', 'What my partner needs afterwards': 'Quiet time' },
  Journal: { 'What felt good': 'Laughing together' },
};

async function showTab(page: Page, name: string): Promise<void> {
  await byRole(page, 'tab', name).click();
  await expect
    .poll(() =>
      byRole(page, 'tab', name)
        .map((tab) => tab.getAttribute('aria-selected'))
        .wait(),
    )
    .toBe('true');
}

const isChecked = (box: Element) => (box as HTMLInputElement).checked;

test('sidebar: each tool saves what is typed and shows it after a reload', async ({ firefox }) => {
  const page = await openPage(firefox, tendUrl('sidepanel.html#guide'));
  await showTab(page, 'Boundaries');
  await boundaryAnswer(page, 'Hard or intense kissing', 'Yes').click();
  await byRole(page, 'field', 'Item').fill('Slow dancing');
  await byRole(page, 'button', 'Add to my list').click();
  await boundaryAnswer(page, 'Slow dancing', 'Maybe').click();
  for (const [tab, fields] of Object.entries(TYPED)) {
    await showTab(page, tab);
    if (tab === 'Journal') await byRole(page, 'button', 'New entry').click();
    for (const [label, text] of Object.entries(fields)) await byRole(page, 'field', label).fill(text);
    if (tab === 'Aftercare') await byRole(page, 'field', 'Ice or a cold pack').click();
  }

  await reload(page);
  await showTab(page, 'Boundaries');
  expect(await boundaryAnswer(page, 'Hard or intense kissing', 'Yes').map(isChecked).wait()).toBe(true);
  expect(await boundaryAnswer(page, 'Slow dancing', 'Maybe').map(isChecked).wait()).toBe(true);
  for (const [tab, fields] of Object.entries(TYPED)) {
    await showTab(page, tab);
    for (const [label, text] of Object.entries(fields)) expect(await fieldValue(page, label)).toBe(text);
  }
  await showTab(page, 'Aftercare');
  expect(await byRole(page, 'field', 'Ice or a cold pack').map(isChecked).wait()).toBe(true);
});

test('sidebar: words typed just before the view closes or reloads are kept', async ({ firefox }) => {
  const page = await openPage(firefox, tendUrl('sidepanel.html#aftercare'));
  const field = 'What I need afterwards';
  // Typed and closed at once, well inside the autosave delay: only the close-time save can keep it.
  await byRole(page, 'field', field).click();
  await page.keyboard.type('A hug');
  await page.close({ runBeforeUnload: true });

  const again = await openPage(firefox, tendUrl('sidepanel.html#aftercare'));
  await expect.poll(() => fieldValue(again, field)).toBe('A hug');
  await byRole(again, 'field', field).click();
  await again.keyboard.type(', then tea');
  await reload(again);
  await expect.poll(() => fieldValue(again, field)).toBe('A hug, then tea');
});

const PASSPHRASE = 'blue kettle on a Tuesday';
const CANARY = 'CANARY-firefox-7e2a';

/** Every row of Tend's IndexedDB as the browser holds it. */
const rawDatabase = (page: Page) => page.evaluate(tendDatabaseRows);

test('passphrase lock: on, locked, a wrong passphrase refused, unlocked with the right one', async ({ firefox }) => {
  const options = await openPage(firefox, tendUrl('options.html'));
  await byRole(options, 'field', 'New passphrase').fill(PASSPHRASE);
  await byRole(options, 'field', 'The same passphrase again').fill(PASSPHRASE);
  await byRole(options, 'button', 'Turn on the lock').click();
  await byRole(options, 'button', 'Lock now').wait();
  await options.close();

  const sidebar = await openPage(firefox, tendUrl('sidepanel.html#journal'));
  await byRole(sidebar, 'button', 'New entry').click();
  await byRole(sidebar, 'field', 'What felt good').fill(`Talking ${CANARY}`);
  // The entry and the lock's own check value, both sealed.
  await expect.poll(async () => (await rawDatabase(sidebar)).split('"iv":').length - 1).toBe(2);
  expect(await rawDatabase(sidebar)).not.toContain(CANARY);

  await byRole(sidebar, 'button', 'Lock').click();
  await byRole(sidebar, 'heading', 'Your notes are locked').wait();
  expect(await sidebar.$$('textarea')).toHaveLength(0);

  const before = await rawDatabase(sidebar);
  await byRole(sidebar, 'field', 'Passphrase').fill('blue kettle on a Wednesday');
  await sidebar.keyboard.press('Enter');
  await expect
    .poll(() => textOf(sidebar), { timeout: 15_000 })
    .toContain('That passphrase is not right. Nothing was changed.');
  expect(await rawDatabase(sidebar)).toBe(before);

  await byRole(sidebar, 'field', 'Passphrase').fill(PASSPHRASE);
  await byRole(sidebar, 'button', 'Unlock').click();
  await expect.poll(() => fieldValue(sidebar, 'What felt good'), { timeout: 15_000 }).toBe(`Talking ${CANARY}`);
});

test('sidebar: the timeline counts down, and once saved it opens again after a reload', async ({ firefox }) => {
  const page = await openPage(firefox, tendUrl('sidepanel.html#timeline'));
  await byRole(page, 'field', 'Just now').click();
  await byRole(page, 'button', 'Show the time left').click();
  await expect.poll(() => textOf(page)).toMatch(/(2 days 23 hours|3 days) left/);
  await byRole(page, 'button', 'Save this timeline').click();
  await expect.poll(() => textOf(page)).toContain('Saved on this device.');

  await reload(page);
  await expect.poll(() => textOf(page)).toContain('A timeline is saved');
  // The saved timeline's status line can show before its countdowns: wait for both.
  await expect.poll(() => textOf(page)).toMatch(/(2 days 2\d hours|3 days) left/);
});
