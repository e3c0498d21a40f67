import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { emergencySignsTitle, sections } from '../../content';
import { expect, firstRunPage, launch, openExtensionPage, test } from './fixtures';

const help = sections.find((section) => section.showsHelpLines);

/** Opens the popup at one of its sections. */
async function popupSection(context: BrowserContext, extensionId: string, section: (typeof sections)[number]) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: new RegExp(`^${section.title}`) })
    .click();
  return page;
}

/** Opens the popup's help section and returns its help lines. */
async function popupHelpLines(context: BrowserContext, extensionId: string) {
  if (!help) throw new Error('one section shows the help lines');
  const page = await popupSection(context, extensionId, help);
  return { page, lines: page.getByRole('region', { name: 'Help lines' }) };
}

/** The region headings shown open (the user's own), in order. */
const ownPlaces = (lines: Locator) => lines.locator('section.help-place > h4');

async function chooseInSettings(page: Page, region: string): Promise<void> {
  const setting = page.getByRole('region', { name: 'Your region' });
  await setting.getByRole('combobox', { name: 'Your region' }).selectOption({ label: region });
  await expect(setting.getByRole('status')).toContainText('Saved');
}

test('choosing a region in settings reorders the popup’s help lines', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, 'options.html');
  await chooseInSettings(options, 'Australia');

  const { page, lines } = await popupHelpLines(context, extensionId);
  await expect(ownPlaces(lines)).toHaveText(['Australia']);
  await expect(lines.getByRole('combobox', { name: 'Your region' })).toHaveValue('au');
  const australia = lines.getByRole('region', { name: 'Australia' });
  await expect(australia.getByRole('link').first()).toHaveAttribute('href', 'tel:000');
  // A chat address is shown in full, opens in a new tab only when clicked, and says what it leaves behind.
  const chat = australia.getByRole('link', { name: 'https://www.1800respect.org.au' });
  await expect(chat).toHaveAttribute('target', '_blank');
  await expect(chat.locator('..')).toContainText('This visit stays in your browser history');

  // Every other place is one click away.
  await lines.locator('summary', { hasText: 'United States' }).click();
  await expect(lines.getByRole('link', { name: '911' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await chooseInSettings(options, 'United States');
  const again = await popupHelpLines(context, extensionId);
  await expect(ownPlaces(again.lines)).toHaveText(['United States']);
  await expect(again.lines.getByRole('region', { name: 'United States' }).getByRole('link').first()).toHaveAttribute(
    'href',
    'tel:911',
  );
});

test('the United Kingdom asks which nation; until then every nation’s lines show, then the chosen one’s first', async ({
  context,
  extensionId,
}) => {
  const options = await openExtensionPage(context, 'options.html');
  await chooseInSettings(options, 'United Kingdom');
  const nations = options.getByRole('group', { name: 'Which part of the UK?' });
  await expect(nations.getByRole('radio')).toHaveCount(4);
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  const { page, lines } = await popupHelpLines(context, extensionId);
  await expect(ownPlaces(lines)).toHaveText(['United Kingdom', 'England', 'Wales', 'Scotland', 'Northern Ireland']);
  await expect(lines.getByRole('region', { name: 'United Kingdom' })).toContainText('press 55');
  await expect(lines.getByRole('region', { name: 'Wales' })).toContainText('0808 80 10 800');

  // The nation can be answered right here, in the help section.
  await lines.getByRole('radio', { name: 'Scotland' }).check();
  await expect(ownPlaces(lines)).toHaveText(['Scotland']);
  const scotland = lines.getByRole('region', { name: 'Scotland' });
  await expect(scotland).toContainText('0800 027 1234');
  await expect(scotland).toContainText('0800 148 88 88');
  await expect(scotland).toContainText('999');
  await expect(scotland).not.toContainText('0808 80 10 800');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Settings follow.
  await options.reload();
  await expect(options.getByRole('radio', { name: 'Scotland' })).toBeChecked();
});

test('the region can be changed from the help section while Tend is locked', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, 'options.html');
  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill('correct horse battery');
  await lock.getByLabel('The same passphrase again').fill('correct horse battery');
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await lock.getByRole('button', { name: 'Lock now' }).click({ timeout: 15_000 });
  await expect(lock.getByRole('button', { name: 'Lock now' })).toBeHidden();

  const { page, lines } = await popupHelpLines(context, extensionId);
  await lines.getByRole('combobox', { name: 'Your region' }).selectOption({ label: 'New Zealand' });
  await expect(lines.getByRole('status')).toContainText('Saved');
  await page.reload();
  const again = await popupHelpLines(context, extensionId);
  await expect(ownPlaces(again.lines)).toHaveText(['New Zealand']);
  await expect(again.lines.getByRole('region', { name: 'New Zealand' })).toContainText('111');
});

test('first run asks the region, guessed from the time zone on the device', async () => {
  const zone = process.env.TZ;
  process.env.TZ = 'Europe/London'; // the browser reads it as it starts
  const context = await launch();
  process.env.TZ = zone;
  try {
    const options = await firstRunPage(context);
    const welcome = options.getByRole('region', { name: 'Welcome to Tend' });
    await expect(welcome).toContainText('Tend guessed United Kingdom');
    const setting = options.getByRole('region', { name: 'Your region' });
    await expect(setting.getByRole('combobox', { name: 'Your region' })).toHaveValue('uk');
    await setting.getByRole('radio', { name: 'Wales' }).check();
    await expect(setting.getByRole('status')).toContainText('Saved');
    await expect(welcome).toContainText('Tend guessed Wales');
    await welcome.getByRole('button', { name: 'These are right' }).click();
    await expect(welcome).toBeHidden();

    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const { lines } = await popupHelpLines(context, new URL(worker.url()).host);
    await expect(ownPlaces(lines)).toHaveText(['Wales']);
    await expect(lines.getByRole('region', { name: 'Wales' })).toContainText('0808 80 10 800');
  } finally {
    await context.close();
  }
});

test('the first-aid emergency list shows the chosen region’s number', async ({ context, extensionId }) => {
  const firstAid = sections.find((section) => section.showsEmergencySigns);
  if (!firstAid) throw new Error('one section shows the emergency signs');
  const options = await openExtensionPage(context, 'options.html');
  for (const [region, number] of [
    ['Australia', '000'],
    ['New Zealand', '111'],
    ['United States', '911'],
  ] as const) {
    await chooseInSettings(options, region);
    const page = await popupSection(context, extensionId, firstAid);
    const signs = page.getByRole('region', { name: emergencySignsTitle });
    await expect(signs.getByRole('link').first()).toHaveAttribute('href', `tel:${number}`);
    await page.close();
  }
});
