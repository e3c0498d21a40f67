import type { Page } from 'puppeteer-core';
import { sections } from '../../content';
import { byRole, expect, openPage, reload, tendUrl, test, textOf } from './fixtures';

const searchBox = (page: Page) => byRole(page, 'field', 'Search the guide');
/** The titles of the section buttons in the popup's list. */
const listedSections = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('nav[aria-label="Sections"] button .nav-title')].map((title) => title.textContent),
  );

/** The section's button in the list, found by its title. */
async function sectionButton(page: Page, title: string) {
  for (const button of await page.$$('nav[aria-label="Sections"] button'))
    if ((await button.$eval('.nav-title', (span) => span.textContent)) === title) return button;
  throw new Error(`No section button "${title}"`);
}

test('popup: every section is listed, search finds tips, a section opens and is remembered', async ({ firefox }) => {
  const aftercare = sections.find((section) => section.id === 'aftercare');
  if (!aftercare) throw new Error('the guide has an aftercare section');
  const page = await openPage(firefox, tendUrl('popup.html'));
  await expect.poll(() => listedSections(page)).toEqual(sections.map((section) => section.title));
  expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

  await sectionButton(page, aftercare.title).then((button) => button.click());
  await byRole(page, 'heading', aftercare.title).wait();
  await reload(page);
  await expect.poll(() => textOf(page)).toContain(`Continue where you left off: ${aftercare.title}`);
  await page.locator('::-p-text(Continue where you left off)').click();
  await byRole(page, 'heading', aftercare.title).wait();
  expect(await textOf(page)).toContain(aftercare.tips[0]?.title);

  await byRole(page, 'button', '← All topics').click();
  await searchBox(page).fill('safeword');
  await expect.poll(() => textOf(page)).toMatch(/\d+ found/);
  expect(await textOf(page)).toMatch(/safe word/i);
  await searchBox(page).fill('zzzzqqq');
  await expect.poll(() => textOf(page)).toContain('Nothing found');
});
