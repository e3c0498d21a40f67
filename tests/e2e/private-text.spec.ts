/**
 * What a person types stays on the device: every text box in every view of the built extension
 * has spell check, autofill memory, autocapitalise and autocorrect off (passphrase boxes keep their
 * password-manager hint). Chrome's enhanced spell check would otherwise send the text to a server.
 * Each view is opened, and each form that reveals more boxes, as a person would.
 */
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './fixtures';

const TEXT_BOXES =
  'input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), textarea, [contenteditable]:not([contenteditable=false])';

/** Every text box on the page, and what is wrong with each, if anything. */
function textBoxes(page: Page): Promise<{ box: string; problems: string[] }[]> {
  return page.evaluate((selector) => {
    const nameOf = (el: Element) => el.id || el.getAttribute('aria-label') || el.outerHTML.slice(0, 80);
    return [...document.querySelectorAll(selector)].map((el) => {
      const problems: string[] = [];
      const password = el.getAttribute('type') === 'password';
      const autocomplete = el.getAttribute('autocomplete') ?? '';
      if (el.getAttribute('spellcheck') !== 'false') problems.push('spellcheck');
      if (el.getAttribute('autocapitalize') !== 'off') problems.push('autocapitalize');
      if (el.getAttribute('autocorrect') !== 'off') problems.push('autocorrect');
      if (password ? !/^(current|new)-password$/.test(autocomplete) : autocomplete !== 'off')
        problems.push(`autocomplete="${autocomplete}"`);
      return { box: nameOf(el), problems };
    });
  }, TEXT_BOXES);
}

/** Checks every text box now on `page`; returns how many there were. */
async function expectPrivate(page: Page, where: string): Promise<number> {
  const boxes = await textBoxes(page);
  expect(
    boxes.filter(({ problems }) => problems.length > 0),
    where,
  ).toEqual([]);
  return boxes.length;
}

test('every text box in every view keeps what is typed on the device', async ({ context, openPopup }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  const check = async (page: Page, where: string) => {
    const count = await expectPrivate(page, where);
    for (const { box } of await textBoxes(page)) seen.add(`${where}: ${box}`);
    return count;
  };

  const popup = await openPopup();
  await expect(popup.getByRole('searchbox', { name: 'Search the guide' })).toBeVisible();
  expect(await check(popup, 'popup')).toBeGreaterThanOrEqual(1);

  // Settings draws its sections as their stored values arrive: wait for each box to be there.
  const settings = await openExtensionPage(context, 'options.html');
  for (const label of ['Exit page', 'Site address', 'New passphrase', 'The same passphrase again'])
    await expect(settings.getByLabel(label, { exact: true })).toBeVisible();
  expect(await check(settings, 'settings')).toBeGreaterThanOrEqual(4);

  const sidebar = await openExtensionPage(context, 'sidepanel.html#guide');
  await expect(sidebar.getByRole('searchbox', { name: 'Search the guide' })).toBeVisible();
  await check(sidebar, 'guide');
  await sidebar.getByRole('tab', { name: 'Boundaries' }).click();
  await sidebar
    .getByRole('radiogroup', { name: 'Biting I do it to them', exact: true })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await sidebar.getByRole('button', { name: 'Add a note on “Biting”' }).click();
  await expect(sidebar.getByRole('textbox', { name: 'Your share code' })).toBeVisible();
  await check(sidebar, 'boundaries');
  for (const [tab, reveal] of [
    ['Safe call', undefined],
    ['Aftercare', undefined],
    ['Journal', 'New entry'],
    ['My sites', undefined],
    ['Your data', undefined],
  ] as const) {
    await sidebar.getByRole('tab', { name: tab }).click();
    await expect(sidebar.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    if (reveal) await sidebar.getByRole('button', { name: reveal }).click();
    await expect(sidebar.locator(TEXT_BOXES).first()).toBeVisible();
    await check(sidebar, tab);
  }

  // Locked, the sidebar asks for the passphrase.
  const lock = settings.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill('correct horse battery staple');
  await lock.getByLabel('The same passphrase again').fill('correct horse battery staple');
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await lock.getByRole('button', { name: 'Lock now' }).click({ timeout: 15_000 });
  await sidebar.getByRole('tab', { name: 'Journal' }).click();
  await expect(sidebar.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await check(sidebar, 'locked sidebar');

  // The walk reached the boxes it is meant to: search, notes, dates, addresses and passphrases.
  const all = [...seen].join('\n');
  for (const expected of ['popup: guide-search', 'boundaries:', 'Journal:', 'settings:', 'locked sidebar:'])
    expect(all).toContain(expected);
});
