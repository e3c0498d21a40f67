/**
 * The timeline (issue 22): from the guide or its tab, the user says roughly when it happened and
 * sees the time left for each window where they are; nothing is kept unless they save it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  expect,
  firstRunPage,
  launch,
  openExtensionPage,
  removeFolder,
  saying,
  serviceWorkerOf,
  test,
  testBuild,
} from './fixtures';
import { recorded, recordNotifications } from './notifications';
import { countPrints, expectNoControls, printedText } from './pdf-text';

/** The Chrome APIs these tests call inside the worker (the tests have no Chrome types). */
declare const chrome: {
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    onAlarm: { dispatch(alarm: { name: string; scheduledTime: number }): void };
  };
  notifications: { onClicked: { dispatch(id: string): void } };
};

async function openTimeline(context: BrowserContext): Promise<Page> {
  const page = await openExtensionPage(context, 'sidepanel.html#timeline');
  await expect(page.getByRole('heading', { name: 'After something went wrong', level: 2 })).toBeVisible();
  return page;
}

async function chooseRegion(page: Page, country: string, nation?: string): Promise<void> {
  await page.getByLabel('Your region').selectOption({ label: country });
  if (nation) await page.getByRole('radio', { name: nation }).check();
  await expect(saying(page, 'status').filter({ hasText: 'Saved.' }).first()).toBeVisible();
}

const windowNamed = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const alarmsOf = (worker: Worker) =>
  worker.evaluate(() => chrome.alarms.getAll().then((all) => all.map((alarm) => alarm.name).sort()));

test('from the guide, by keyboard alone: “Just now” counts each window down where the user is, and nothing is kept', async ({
  context,
}) => {
  const page = await openExtensionPage(context, 'sidepanel.html#guide');
  await page.getByRole('button', { name: /After something went wrong/ }).click();
  await page.getByRole('link', { name: 'Count the time left for each, from when it happened' }).click();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await chooseRegion(page, 'United Kingdom', 'England');

  // Keyboard only: into the question, pick the first answer, submit.
  await page.getByRole('radio', { name: 'Just now' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show the time left' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The time left' })).toBeFocused();
  await expect(saying(page, 'status').filter({ hasText: 'Nothing has been saved.' })).toBeVisible();

  const pep = windowNamed(page, 'PEP');
  await expect(pep).toContainText(/(2 days 23 hours|3 days) left/);
  await expect(pep).toContainText('Start it within 3 days (72 hours).');
  await expect(pep).toContainText('Best before');
  await expect(pep.getByRole('link', { name: 'Brighton Sexual Health' }).first()).toHaveAttribute(
    'href',
    'https://brightonsexualhealth.com/advice/post-exposure-prophylaxis/',
  );
  await expect(windowNamed(page, 'Copper IUD (coil)')).toContainText(/(4 days 23 hours|5 days) left/);
  await expect(windowNamed(page, 'Forensic exam')).toContainText(/(6 days 23 hours|7 days) left/);
  await expect(windowNamed(page, 'Forensic exam')).toContainText(
    'In London, the NHS Havens usually do it within 7 days',
  );
  // After neck pressure: signs, with England's emergency number in the words, and no countdown.
  const neck = page.getByRole('region', { name: 'After pressure on the neck: signs to watch for' });
  await expect(neck).toContainText('call 999 or go to an emergency department now');
  await expect(neck).not.toContainText('left');
  await expect(page.getByText('too late')).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Wales: no time limit Tend could check for the exam, so no countdown for it.
  await chooseRegion(page, 'United Kingdom', 'Wales');
  await expect(windowNamed(page, 'Forensic exam')).toContainText('Tend has no checked time limit for Wales');
  await expect(windowNamed(page, 'Forensic exam')).not.toContainText('left');
  // The UK with no nation chosen: the nations differ, so the nation is asked first.
  await page.getByLabel('Your region').selectOption({ label: 'United Kingdom' });
  await expect(windowNamed(page, 'Forensic exam')).toContainText('Choose your part of the UK above');

  // Not saved: a reload shows the question again, and no count.
  await page.reload();
  await expect(
    page
      .getByRole('heading', { name: 'Roughly when did it happen?' })
      .or(page.getByText('Roughly when did it happen?')),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The time left' })).toHaveCount(0);
});

test('a day and time four days ago: the windows that ended say what may still be possible, and the rest count on', async ({
  context,
}) => {
  const page = await openTimeline(context);
  await chooseRegion(page, 'Ireland');
  const fourDaysAgo = await page.evaluate(() => {
    const then = new Date(Date.now() - 4 * 24 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}T${pad(then.getHours())}:${pad(then.getMinutes())}`;
  });
  await page.getByRole('radio', { name: 'On a day and time I can choose' }).check();
  await page.getByLabel('Day and time it happened').fill(fourDaysAgo);
  await page.getByRole('button', { name: 'Show the time left' }).click();

  const pep = windowNamed(page, 'PEP');
  await expect(pep).toContainText('The usual time has passed.');
  await expect(pep).toContainText('a clinic can still test you');
  await expect(pep).not.toContainText(' left');
  await expect(windowNamed(page, 'The levonorgestrel pill')).toContainText(
    'The ulipristal pill can be taken up to 5 days (120 hours) after sex.',
  );
  await expect(windowNamed(page, 'The ulipristal pill')).toContainText(
    /(\d+ hours?( \d+ minutes?)?|1 day( \d+ hours?)?) left/,
  );
  await expect(windowNamed(page, 'Forensic exam')).toContainText(/2 days( \d+ hours?)? left|3 days left/);
  await expect(windowNamed(page, 'Forensic exam')).toContainText('The first 3 days are best.');
  await expect(page.getByText('too late')).toHaveCount(0);
});

test('a time still to come, or no answer, is refused in words and changes nothing', async ({ context }) => {
  const page = await openTimeline(context);
  await page.getByRole('button', { name: 'Show the time left' }).click();
  await expect(saying(page, 'alert')).toHaveText('Choose roughly when it happened, or “I am not sure”.');

  await page.getByRole('radio', { name: 'Just now' }).check();
  await page.getByRole('button', { name: 'Show the time left' }).click();
  await expect(page.getByRole('heading', { name: 'The time left' })).toBeVisible();
  const shown = await page.getByRole('region', { name: 'The time left' }).textContent();

  await page.getByRole('radio', { name: 'On a day and time I can choose' }).check();
  await page.getByLabel('Day and time it happened').fill('2099-01-01T10:00');
  await page.getByRole('button', { name: 'Show the time left' }).click();
  await expect(saying(page, 'alert')).toContainText('That time has not come yet.');
  await expect(page.getByLabel('Day and time it happened')).toHaveAttribute('aria-invalid', 'true');
  // What was shown stays as it was.
  await expect(page.getByRole('region', { name: 'The time left' })).toHaveText(shown ?? '');

  await page.getByRole('radio', { name: 'I am not sure' }).check();
  await page.getByRole('button', { name: 'Show the time left' }).click();
  await expect(page.getByRole('heading', { name: 'Go as soon as you can' })).toBeFocused();
  await expect(windowNamed(page, 'PEP')).not.toContainText(' left');
});

test('prints each window’s end as a day and time, with its sources, the emergency signs and no controls', async ({
  context,
}) => {
  const page = await openTimeline(context);
  await chooseRegion(page, 'United Kingdom', 'England');
  await page.getByRole('radio', { name: 'Just now' }).check();
  await page.getByRole('button', { name: 'Show the time left' }).click();
  const shownLine = await windowNamed(page, 'PEP').locator('p', { hasText: 'Ends ' }).textContent();
  const deadline = /Ends (.+)\.$/.exec(shownLine ?? '')?.[1] ?? 'missing';

  const prints = await countPrints(page);
  const print = page.getByRole('button', { name: 'Print the timeline' });
  await print.click();
  expect(await prints()).toBe(1);
  const printed = await printedText(page);
  for (const shown of [
    'After something went wrong',
    'Call emergency services now if',
    `Ends ${deadline}`,
    'Start it within 3 days (72 hours).',
    'https://brightonsexualhealth.com/advice/post-exposure-prophylaxis/',
    'In London, the NHS Havens usually do it within 7 days',
    'Tend cannot give medical advice',
    'Printed ',
  ]) {
    expect(printed).toContain(shown);
  }
  // A time left goes stale on paper: only the days and times are printed.
  expect(printed).not.toMatch(/\d+ (days?|hours?|minutes?) left/);
  expectNoControls(printed, ['Roughly when', 'Show the time left', 'Save this timeline', 'Help lines', 'Timeline']);
  await expect(print).toBeFocused();
});

test.describe('saved', () => {
  let build: string;
  test.beforeAll(() => {
    // As if the user allowed notifications at the prompt their first reminder shows.
    build = testBuild({ permissions: ['notifications'] });
  });
  test.afterAll(() => removeFolder(build));

  test('with reminders, it opens again after a reload; a reminder says only “Reminder” and opens the timeline; forgetting cancels them', async () => {
    const context = await launch('', build);
    try {
      await (await firstRunPage(context)).close();
      await savedWithReminders(context);
    } finally {
      await context.close();
    }
  });
});

async function savedWithReminders(context: BrowserContext): Promise<void> {
  const worker = await serviceWorkerOf(context);
  const page = await openTimeline(context);
  await chooseRegion(page, 'United Kingdom', 'Scotland');
  await page.getByRole('radio', { name: 'Yesterday', exact: true }).check();
  await page.getByRole('button', { name: 'Show the time left' }).click();
  await expect(page.getByText(/Counted from the start of /)).toBeVisible();
  await expect(windowNamed(page, 'Forensic exam')).toContainText(/At least \d+ days? (\d+ hours? )?left/);

  await page.getByRole('checkbox', { name: 'Remind me before each time ends' }).check();
  await page.getByRole('button', { name: 'Save this timeline' }).click();
  await expect(saying(page, 'status').filter({ hasText: 'Saved on this device.' })).toContainText('reminders set');
  expect((await alarmsOf(worker)).every((name) => /^timeline-\d+$/.test(name))).toBe(true);
  expect(await alarmsOf(worker)).toContain('timeline-168');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'The time left' })).toBeVisible();
  await expect(page.getByText(/Counted from the start of /)).toBeVisible();
  await expect(page.getByText(/A timeline is saved/)).toBeVisible();
  await expect(page.getByText(/Next reminder:/)).toBeVisible();

  // The alarm rings: a notification that says nothing of what it is about; its click opens the timeline.
  await worker.evaluate(recordNotifications);
  await worker.evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'timeline-168', scheduledTime: Date.now() }));
  const created = () => worker.evaluate(recorded);
  await expect.poll(created).toHaveLength(1);
  const [[, options]] = (await created()) as [[string, object]];
  expect(options).toMatchObject({ title: 'Reminder', message: 'Click to open your note.' });
  expect(JSON.stringify(options)).not.toMatch(/tend|pep|hiv|pregnan|forensic|assault|police|timeline/i);
  const opened = context.waitForEvent('page', (tab) => tab.url().endsWith('/sidepanel.html#timeline'));
  await worker.evaluate(() => chrome.notifications.onClicked.dispatch('timeline-168'));
  const fromReminder = await opened;
  await expect(fromReminder.getByRole('heading', { name: 'The time left' })).toBeVisible();
  await fromReminder.close();

  await page.getByRole('button', { name: 'Forget the saved timeline' }).click();
  await expect(saying(page, 'status').filter({ hasText: 'Saved timeline forgotten.' })).toBeVisible();
  await expect(page.getByText('No timeline is saved.')).toBeVisible();
  expect(await alarmsOf(worker)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The time left' })).toHaveCount(0);

  // Locked, the count still works (nothing private in it); keeping it asks for the passphrase.
  const settings = await openExtensionPage(context, 'options.html');
  const lock = settings.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill('correct horse battery staple');
  await lock.getByLabel('The same passphrase again').fill('correct horse battery staple');
  await lock.getByRole('button', { name: 'Turn on the lock' }).click();
  await lock.getByRole('button', { name: 'Lock now' }).click({ timeout: 15_000 });
  const keep = page.getByRole('region', { name: 'Keep this timeline' });
  await expect(keep.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Just now' }).check();
  await page.getByRole('button', { name: 'Show the time left' }).click();
  await expect(windowNamed(page, 'PEP')).toContainText(/(2 days 23 hours|3 days) left/);
  await expect(keep.getByRole('button', { name: 'Save this timeline' })).toHaveCount(0);
}
