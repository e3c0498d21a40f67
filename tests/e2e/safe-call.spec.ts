import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './fixtures';

async function openPlan(context: BrowserContext): Promise<Page> {
  const page = await openExtensionPage(context, 'sidepanel.html#safe-call');
  await expect(page.getByRole('heading', { name: 'Safe call' })).toBeVisible();
  return page;
}

/** A local date and time `days` from now at `time`, as a datetime-local input holds it. */
function dayAt(days: number, time: string): string {
  const day = new Date(Date.now() + days * 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${time}`;
}

/**
 * What a person types into a focused datetime-local box in Chromium's en-US form: month, day, year,
 * then (the year could go on, so Tab to the next part) hour, minute, AM/PM.
 */
function keysFor(local: string): string[] {
  const [date = '', time = ''] = local.split('T');
  const [year, month, day] = date.split('-');
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${month}${day}${year}`, 'Tab', `${pad(twelve)}${pad(minute)}${hour < 12 ? 'A' : 'P'}`];
}

/** Types text, or a date box's parts (see keysFor). */
async function typeKeys(page: Page, keys: string | string[]): Promise<void> {
  if (typeof keys === 'string') return page.keyboard.type(keys);
  for (const [index, part] of keys.entries()) {
    if (index % 2 === 1) await page.keyboard.press(part);
    else await page.keyboard.type(part);
  }
}

const CHECK_IN_1 = dayAt(1, '21:00');
const CHECK_IN_2 = dayAt(1, '23:00');
const STEP_1 = dayAt(1, '23:30');

/** The plan as a person fills it, field after field with Tab, in the order the form gives. */
const TYPED: [label: string | RegExp, keys: string | string[], value: string][] = [
  ['Your name, as your friend knows you', 'Robin', 'Robin'],
  ['Their name', 'Alex', 'Alex'],
  ['Their profile link', 'https://forum.example/u/alex', 'https://forum.example/u/alex'],
  ['How you know them', 'We met on the forum', 'We met on the forum'],
  ['Where you will be', 'The Crown, 1 High Street', 'The Crown, 1 High Street'],
  ['When you meet', keysFor(dayAt(1, '20:00')), dayAt(1, '20:00')],
  ['When you expect to finish', keysFor(dayAt(1, '23:45')), dayAt(1, '23:45')],
  ['Your friend’s name', 'Sam', 'Sam'],
  ['Their phone number', '+44 7700 900123', '+44 7700 900123'],
  ['Their email', 'sam@example.com', 'sam@example.com'],
  ['More about your friend', 'Or ask for Jo at the bar', 'Or ask for Jo at the bar'],
  ['Word that means all is fine', 'pizza', 'pizza'],
  ['Word that means you need help', 'umbrella', 'umbrella'],
];

async function fillByKeyboard(page: Page): Promise<void> {
  await page.getByLabel(TYPED[0]?.[0] ?? '').focus();
  let inDateBox = false;
  for (const [index, [label, keys]] of TYPED.entries()) {
    const box = page.getByLabel(label, { exact: true });
    // Tab moves between the parts of a date box (month, day, year…): leave one by focusing the next box.
    if (inDateBox) await box.focus();
    else if (index > 0) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await typeKeys(page, keys);
    inDateBox = (await box.getAttribute('type')) === 'datetime-local';
  }
  // Two check-ins and a step, added with the keyboard.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add a check-in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Check-in 1').focus();
  await typeKeys(page, keysFor(CHECK_IN_1));
  await page.getByRole('button', { name: 'Add a check-in' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Check-in 2').focus();
  await typeKeys(page, keysFor(CHECK_IN_2));
  await page.getByRole('button', { name: 'Add a step' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Step 1: if there is no word by').focus();
  await typeKeys(page, keysFor(STEP_1));
  await page.getByLabel('Step 1: your friend should').focus();
  await page.keyboard.press('End');
  await page.getByLabel('Anything else your friend should know or do').focus();
  await page.keyboard.type('Call me twice first.');
  await page.getByLabel('What the reminder says').focus();
  await page.keyboard.type('Dentist');
}

test('the whole plan is filled by keyboard and kept after a reload', async ({ context }) => {
  const page = await openPlan(context);
  await fillByKeyboard(page);
  await page.reload();
  for (const [label, , value] of TYPED) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  await expect(page.getByLabel('Check-in 1')).toHaveValue(CHECK_IN_1);
  await expect(page.getByLabel('Check-in 2')).toHaveValue(CHECK_IN_2);
  await expect(page.getByLabel('Step 1: if there is no word by')).toHaveValue(STEP_1);
  await expect(page.getByLabel('Step 1: your friend should')).toHaveValue('emergency');
  await expect(page.getByLabel('Anything else your friend should know or do')).toHaveValue('Call me twice first.');
  await expect(page.getByLabel('What the reminder says')).toHaveValue('Dentist');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A check-in removed by keyboard goes, and focus lands on the button that adds one.
  await page.getByRole('button', { name: 'Remove check-in 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Check-in 1')).toHaveValue(CHECK_IN_2);
  await expect(page.getByLabel('Check-in 2')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a check-in' })).toBeFocused();
});

test('a phone number or email that cannot be used is named, and not saved', async ({ context }) => {
  const page = await openPlan(context);
  const phone = page.getByLabel('Their phone number');
  await phone.focus();
  await page.keyboard.type('07700 900123');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: '+ and the country code' })).toBeVisible();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('sam at example');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Type an email address' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.reload();
  await expect(page.getByLabel('Their phone number')).toHaveValue('');
  await expect(page.getByLabel('Their email')).toHaveValue('');
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);
});
