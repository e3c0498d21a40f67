import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import ICAL from 'ical.js';
import {
  expect,
  firstRunPage,
  launch,
  openExtensionPage,
  removeFolder,
  serviceWorkerOf,
  test,
  testBuild,
} from './fixtures';
import { recorded, recordNotifications } from './notifications';
import { longNote, printedText } from './pdf-text';

/** The Chrome APIs these tests call inside the service worker (the tests have no Chrome types). */
declare const chrome: {
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: {
    // Chrome's extension events carry the method that runs their listeners.
    onClicked: { dispatch(id: string): void };
  };
};

/** The check-in alarms set, as [name, time]. */
const alarmsOf = (worker: Worker) =>
  worker.evaluate(() =>
    chrome.alarms.getAll().then((all) => all.map((alarm) => [alarm.name, alarm.scheduledTime] as const)),
  );

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

  // The friend's sheet and calendar file hold the plan.
  const sheet = page.locator('.friend-sheet');
  await expect(sheet).toContainText('Safe call plan from Robin');
  await expect(sheet).toContainText('“umbrella” means Robin needs help.');
  await expect(sheet).toContainText(': call emergency services and give them the address.');
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the calendar file' }).press('Enter');
  const download = await saving;
  expect(download.suggestedFilename()).toMatch(/^plan-\d{4}-\d{2}-\d{2}\.ics$/);
  const file = readFileSync((await download.path()) ?? '', 'utf8');
  const events = new ICAL.Component(ICAL.parse(file)).getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual([
    'No word from Robin by 21:00: call them',
    'No word from Robin by 23:00: call them',
    'No word from Robin by 23:30: call emergency services',
  ]);
  expect(events.map((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime())).toEqual(
    [CHECK_IN_1, CHECK_IN_2, STEP_1].map((local) => new Date(local).getTime()),
  );
  expect(String(events[0]?.getFirstPropertyValue('description'))).toBe(await sheet.textContent());

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

test.describe('check-ins', () => {
  let build: string;
  test.beforeAll(() => {
    // As if the user allowed notifications at the prompt the first "Set reminders" or "Test the plan" shows.
    build = testBuild({ permissions: ['notifications'] });
  });
  test.afterAll(() => removeFolder(build));

  test('are set and ended from the plan, rehearsed with "Test the plan", and answered while Tend is locked', async () => {
    test.slow(); // a whole evening's plan, locked and answered
    const context = await launch('', build);
    try {
      await (await firstRunPage(context)).close();
      const worker = await serviceWorkerOf(context);
      const alarms = () => alarmsOf(worker);
      const page = await openPlan(context);
      await expect(
        page.getByText('Tend reminds you at each check-in, but only while this browser is running.'),
      ).toBeVisible();
      await page.getByLabel('Their phone number').fill('+44 7700 900123');
      await page.getByLabel('Their email').fill('sam@example.com');
      await page.getByLabel('Word that means all is fine').fill('pizza');
      await page.getByLabel('Word that means you need help').fill('umbrella & rain');
      await page.getByLabel('What the reminder says').fill('Call the plumber');
      await page.getByRole('button', { name: 'Add a check-in' }).click();
      await page.getByLabel('Check-in 1').fill(CHECK_IN_1);
      await page.getByRole('button', { name: 'Add a check-in' }).click();
      await page.getByLabel('Check-in 2').fill(CHECK_IN_2);

      await page.getByRole('button', { name: 'Set reminders' }).click();
      await expect(page.getByRole('status').filter({ hasText: '2 reminders set.' })).toBeVisible();
      await expect(page.getByText(/2 reminders are set\. The next is at/)).toBeVisible();
      expect(await alarms()).toEqual([
        ['check-in-1', new Date(CHECK_IN_1).getTime()],
        ['check-in-2', new Date(CHECK_IN_2).getTime()],
      ]);
      await page.getByRole('button', { name: 'End plan' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Every reminder is cancelled' })).toBeVisible();
      await expect(page.getByText('No reminder is set.')).toBeVisible();
      expect(await alarms()).toEqual([]);
      await page.getByRole('button', { name: 'Set reminders' }).click();
      await expect(page.getByRole('status').filter({ hasText: '2 reminders set.' })).toBeVisible();

      // "Test the plan" shows a reminder now (from the form's own page), worded as the user chose and saying nothing more.
      await page.evaluate(recordNotifications);
      const created = () => page.evaluate(recorded);
      await page.getByRole('button', { name: 'Test the plan' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'A test reminder is showing now' })).toBeVisible();
      await expect.poll(created).toHaveLength(1);
      const [[id, options]] = (await created()) as [[string, object]];
      expect(id).toBe('check-in-test');
      expect(options).toMatchObject({ type: 'basic', title: 'Call the plumber', message: 'Click to open your note.' });
      expect(JSON.stringify(options)).not.toMatch(/tend|safe|sex|consent|date|meet/i);
      // The real alarms are untouched by the rehearsal.
      expect((await alarms()).map(([name]) => name)).toEqual(['check-in-1', 'check-in-2']);

      // Headless Chromium shows no notification to click: dispatch the click the browser would send the worker.
      const opened = context.waitForEvent('page', (tab) => tab.url().endsWith('/check-in.html#check-in-test'));
      await worker.evaluate(() => chrome.notifications.onClicked.dispatch('check-in-test'));
      const rehearsal = await opened;
      await expect(rehearsal.getByText('This is a test of your plan.')).toBeVisible();
      expect((await new AxeBuilder({ page: rehearsal }).analyze()).violations).toEqual([]);
      await rehearsal.close();

      // Locked: the check-in page still answers, without the passphrase.
      const settings = await openExtensionPage(context, 'options.html');
      const lock = settings.getByRole('region', { name: 'Passphrase lock' });
      await lock.getByLabel('New passphrase').fill('correct horse battery staple');
      await lock.getByLabel('The same passphrase again').fill('correct horse battery staple');
      await lock.getByRole('button', { name: 'Turn on the lock' }).click();
      await lock.getByRole('button', { name: 'Lock now' }).click({ timeout: 15_000 });
      await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();

      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const checkIn = await openExtensionPage(context, 'check-in.html#check-in-1');
      await expect(checkIn.getByRole('heading', { name: 'Are you OK?' })).toBeVisible();
      await expect(checkIn.getByRole('link', { name: 'Text “pizza”' })).toHaveAttribute(
        'href',
        'sms:+447700900123?body=pizza',
      );
      await expect(checkIn.getByRole('link', { name: 'Email “umbrella & rain”' })).toHaveAttribute(
        'href',
        'mailto:sam@example.com?subject=umbrella%20%26%20rain&body=umbrella%20%26%20rain',
      );
      await expect(checkIn.getByRole('link', { name: 'Text “Please call me now”' })).toHaveAttribute(
        'href',
        'sms:+447700900123?body=Please%20call%20me%20now',
      );
      expect((await new AxeBuilder({ page: checkIn }).analyze()).violations).toEqual([]);

      await checkIn.getByRole('button', { name: 'Copy “umbrella & rain”' }).press('Enter');
      await expect(checkIn.getByRole('status').filter({ hasText: 'Copied “umbrella & rain”.' })).toBeVisible();
      expect(await checkIn.evaluate(() => navigator.clipboard.readText())).toBe('umbrella & rain');

      // "I'm OK" clears this check-in only.
      await checkIn.getByRole('button', { name: 'I’m OK' }).press('Enter');
      await expect(checkIn.getByRole('status').filter({ hasText: 'Your next check-in is at' })).toBeVisible();
      expect((await alarms()).map(([name]) => name)).toEqual(['check-in-2']);

      // Snooze moves the next one on by ten minutes.
      const second = await openExtensionPage(context, 'check-in.html#check-in-2');
      await second.getByRole('button', { name: 'Snooze 10 minutes' }).press('Enter');
      await expect(second.getByRole('status').filter({ hasText: 'You will be reminded again at' })).toBeVisible();
      const [[name, when] = ['', 0]] = await alarms();
      expect(name).toBe('check-in-2');
      expect(when - Date.now()).toBeGreaterThan(9 * 60_000);
      expect(when - Date.now()).toBeLessThan(11 * 60_000);
    } finally {
      await context.close();
    }
  });

  // Headless Chromium shows no notification to click: the test checks that one was asked for, then
  // dispatches the click event the browser would send to the worker's own listeners.
  test('after a wipe and a new reminder, clicking the notification still opens the check-in page', async () => {
    const context = await launch('', build);
    try {
      await (await firstRunPage(context)).close();
      const worker = await serviceWorkerOf(context);
      const page = await openPlan(context);
      const setReminder = async () => {
        await page.getByRole('button', { name: 'Add a check-in' }).click();
        await page.getByLabel('Check-in 1').fill(CHECK_IN_1);
        await page.getByRole('button', { name: 'Set reminders' }).click();
        await expect(page.getByText(/A reminder is set\. The next is at/)).toBeVisible();
      };
      await setReminder();

      await page.getByRole('tab', { name: 'Your data' }).click();
      await page.getByRole('button', { name: 'Wipe everything' }).click();
      await page.getByRole('button', { name: 'Yes, wipe everything' }).click();
      await expect(page.getByText('Everything Tend stored on this device was wiped.')).toBeVisible();
      expect(await alarmsOf(worker)).toEqual([]);

      await page.getByRole('tab', { name: 'Safe call' }).click();
      await setReminder();
      // Brought forward to now, so the test need not wait until tomorrow.
      await worker.evaluate(recordNotifications);
      await worker.evaluate(() => chrome.alarms.create('check-in-1', { when: Date.now() + 200 }));
      await expect.poll(async () => (await worker.evaluate(recorded)).map(([id]) => id)).toEqual(['check-in-1']);

      const opened = context.waitForEvent('page', (tab) => tab.url().endsWith('/check-in.html#check-in-1'));
      await worker.evaluate(() => chrome.notifications.onClicked.dispatch('check-in-1'));
      const checkIn = await opened;
      await expect(checkIn.getByRole('button', { name: 'I’m OK', exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('a check-in alarm shows the neutral reminder', async () => {
    const context = await launch('', build);
    try {
      await (await firstRunPage(context)).close();
      const worker = await serviceWorkerOf(context);
      await worker.evaluate(recordNotifications);
      await worker.evaluate(() => chrome.alarms.create('check-in-3', { when: Date.now() + 200 }));
      const created = () => worker.evaluate(recorded);
      await expect.poll(created).toHaveLength(1);
      const [[id, options]] = (await created()) as [[string, object]];
      expect(id).toBe('check-in-3');
      expect(options).toMatchObject({ type: 'basic', title: 'Reminder', message: 'Click to open your note.' });
    } finally {
      await context.close();
    }
  });
});

test('the plan and the friend’s sheet print their content, a long note whole, and no controls', async ({ context }) => {
  const { note, whole } = longNote();
  expect(note).toHaveLength(2000);
  const page = await openPlan(context);
  await page.getByLabel('Your name, as your friend knows you').fill('Robin');
  await page.getByLabel('Where you will be').fill('The Crown, 1 High Street');
  await page.getByLabel('Their phone number').fill('+44 7700 900123');
  await page.getByLabel('Word that means you need help').fill('umbrella');
  await page.getByRole('button', { name: 'Add a check-in' }).click();
  await page.getByLabel('Check-in 1').fill(CHECK_IN_1);
  await page.getByLabel('Anything else your friend should know or do').fill(note);
  await expect(page.locator('.friend-sheet')).toContainText('Line 23');

  // Every line of the note, whole and in order, in the plan and again in the friend's sheet.
  const flat = await printedText(page);
  expect(flat.split(whole)).toHaveLength(3);
  for (const shown of ['Safe call plan from Robin', 'The Crown, 1 High Street', '+44 7700 900123', 'umbrella']) {
    expect(flat).toContain(shown);
  }
  expect(flat).toContain('Please check that your calendar will notify you for these events.');
  for (const control of [
    'Quick exit',
    'Add a check-in',
    'Set reminders',
    'Copy the sheet',
    'Print the plan',
    'Guide',
  ]) {
    expect(flat).not.toContain(control);
  }
});
