import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { emergencySigns, emergencySignsTitle, guideLimits, sections } from '../../content';
import { canonicalise } from '../../content/search';
import { clickQuickExit, EMERGENCY_TEL, expect, test } from './fixtures';

/** A name that starts with this text, read literally. */
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the guide' });
const sectionButton = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: startingWith(title) });

/** Opens every tip of the section on screen; each "More" becomes "Less" once pressed. */
async function expandAll(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: /^More/ });
  while ((await more.count()) > 0) await more.first().click();
}

test('opens on the list of every section with the search box focused', async ({ openPopup }) => {
  const page = await openPopup();
  await expect(searchBox(page)).toBeFocused();
  const list = page.getByRole('navigation', { name: 'Sections' }).getByRole('button');
  await expect(list).toHaveCount(sections.length);
  for (const section of sections) await expect(sectionButton(page, section.title)).toBeVisible();
});

test('search finds a topic by a synonym and a typo, and opens it', async ({ openPopup }) => {
  const page = await openPopup();
  await searchBox(page).fill('safeword');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toBeVisible();
  const first = results.getByRole('button').first();
  const title = (await first.locator('.nav-title').textContent()) ?? '';
  await expect(results).toContainText(/safe word/i);

  // Keyboard: from the search box, Down reaches the first result and Enter opens it.
  await searchBox(page).press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const tip = page.getByRole('article', { name: title });
  await expect(tip).toBeFocused();
  await expect(tip.getByRole('button', { name: /Less/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(tip.locator('.source')).toContainText('Source:');

  await page.getByRole('button', { name: '← All topics' }).click();
  await expect(searchBox(page)).toHaveValue('safeword');
  // A typo still finds the advice on condoms.
  await searchBox(page).fill('condm');
  await expect(results.getByRole('button').first()).toBeVisible();
  await searchBox(page).press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('article:focus')).toContainText(/condom/i);
  await page.keyboard.press('Escape');
  await searchBox(page).fill('zzzzqqq');
  await expect(page.getByRole('status')).toHaveText(/Nothing found/);
});

test('sections can be read by keyboard alone', async ({ openPopup }) => {
  const page = await openPopup();
  const [first, second] = sections;
  if (!first || !second) throw new Error('the guide needs at least two sections');

  await page.keyboard.press('ArrowDown');
  await expect(sectionButton(page, first.title)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(sectionButton(page, second.title)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 2, name: second.title });
  await expect(heading).toBeFocused();
  // Tab reaches the first tip's "More", and Enter shows its full text.
  const firstTip = second.tips[0];
  if (!firstTip) throw new Error('a section needs a tip');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `More about ${firstTip.title}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(firstTip.body[0] ?? '', { exact: true })).toBeVisible();

  // Escape goes back, and focus returns to the section that was opened.
  await page.keyboard.press('Escape');
  await expect(sectionButton(page, second.title)).toBeFocused();
});

test('remembers the last section opened across a reload', async ({ openPopup }) => {
  const page = await openPopup();
  const aftercare = sections.find((section) => section.id === 'aftercare');
  if (!aftercare) throw new Error('the guide has an aftercare section');
  await sectionButton(page, aftercare.title).click();
  await expect(page.getByRole('heading', { level: 2, name: aftercare.title })).toBeVisible();

  await page.reload();
  const resume = page.getByRole('button', { name: `Continue where you left off: ${aftercare.title}` });
  await expect(resume).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await resume.click();
  await expect(page.getByRole('heading', { level: 2, name: aftercare.title })).toBeVisible();
});

test('the help section lists help lines and emergency numbers', async ({ openPopup }) => {
  const page = await openPopup();
  const help = sections.find((section) => section.showsHelpLines);
  if (!help) throw new Error('one section shows the help lines');
  await sectionButton(page, help.title).click();
  const lines = page.getByRole('region', { name: 'Help lines' });
  await expect(lines).toContainText('999');
  await expect(lines.getByRole('link').first()).toHaveAttribute('href', /^tel:\+?\d+$/);
});

test('the first-aid section says when to call emergency services, with the numbers', async ({ openPopup }) => {
  const page = await openPopup();
  await expect(page.getByText(guideLimits)).toBeVisible();
  const firstAid = sections.find((section) => section.showsEmergencySigns);
  if (!firstAid) throw new Error('one section shows the emergency signs');
  await sectionButton(page, firstAid.title).click();
  await expect(page.getByText(/^Sources checked \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  const signs = page.getByRole('region', { name: emergencySignsTitle });
  for (const sign of emergencySigns) await expect(signs.getByText(sign.text, { exact: true })).toBeVisible();
  // The number of the region Tend guessed for this browser: one of the emergency numbers it knows.
  await expect(signs.getByRole('link').first()).toHaveAttribute('href', EMERGENCY_TEL);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('each search result shows the sentence that matched, with the matching words marked', async ({ openPopup }) => {
  const page = await openPopup();
  const results = page.getByRole('region', { name: 'Search results' });
  // A synonym: "plan b" marks what the tip calls it.
  await searchBox(page).fill('plan b');
  const mark = results.getByRole('button').first().locator('mark').first();
  await expect(mark).toBeVisible();
  expect(canonicalise((await mark.textContent()) ?? '')).toBe('contraception');
  // A prefix, as the user types: the whole word is marked.
  await searchBox(page).fill('tingl');
  await expect(results.locator('mark').first()).toHaveText(/^tingl/i);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

/** A word of some tip's body found nowhere else in the library (titles, summaries, keywords, sections). */
function bodyOnlyWord(): { title: string; word: string } {
  const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const elsewhere = new Set(
    sections.flatMap((section) => [
      ...words(`${section.title} ${section.blurb}`),
      ...section.tips.flatMap((tip) => words([tip.title, tip.summary, ...(tip.keywords ?? [])].join(' '))),
    ]),
  );
  for (const tip of sections.flatMap((section) => section.tips)) {
    const word = words(tip.body.join(' ')).find(
      (found) => found.length >= 7 && ![...elsewhere].some((other) => other.startsWith(found.slice(0, 5))),
    );
    if (word) return { title: tip.title, word };
  }
  throw new Error('some tip has a word of its own in its body');
}

test('a search right as the popup opens finds words that only the tips’ full text holds', async ({ openPopup }) => {
  const { title, word } = bodyOnlyWord();
  const page = await openPopup();
  // Bodies load just after the first screen; a query typed before then waits for them.
  await searchBox(page).fill(word);
  const hit = page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: startingWith(title) });
  await expect(hit.locator('mark').first()).toHaveText(new RegExp(`^${word}$`, 'i'));
});

test('Quick exit replaces the tab the user was on with the neutral page and closes the popup', async ({
  context,
  openPopup,
  site,
}) => {
  // The neutral page is answered locally: this machine has no network, and the test is about the tab.
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
  const privatePage = await context.newPage();
  await privatePage.goto(site.url('private-forum'));
  const popup = await openPopup();
  // The popup runs in a tab here: put the private page in front, as it is when a real popup opens.
  await privatePage.bringToFront();

  const closed = popup.waitForEvent('close');
  await clickQuickExit(popup);
  await expect(privatePage).toHaveURL('https://www.bbc.co.uk/weather');
  await expect(privatePage).toHaveTitle('Weather');
  await closed;
});

test('makes no network requests while the popup is used', async ({ openPopup, externalRequests }) => {
  const page = await openPopup();
  for (const section of sections) {
    await sectionButton(page, section.title).click();
    await expandAll(page);
    await page.getByRole('button', { name: '← All topics' }).click();
  }
  await searchBox(page).fill('aftercare');
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
  await page.reload();
  await expect(searchBox(page)).toBeFocused();
  expect(externalRequests).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the popup (${colorScheme})`, async ({ openPopup }) => {
    test.slow(); // axe runs once per section
    const page = await openPopup();
    await page.emulateMedia({ colorScheme });
    const axe = () => new AxeBuilder({ page }).analyze();
    expect((await axe()).violations).toEqual([]);

    await searchBox(page).fill('consent');
    await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
    expect((await axe()).violations).toEqual([]);

    for (const section of sections) {
      await page.getByRole('searchbox').fill('');
      await sectionButton(page, section.title).click();
      await expandAll(page);
      expect((await axe()).violations, section.id).toEqual([]);
      await page.getByRole('button', { name: '← All topics' }).click();
    }
  });
}
