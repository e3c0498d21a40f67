/**
 * A wipe gives back what the user granted (issue 16, part 3), and the check-in reminder keeps
 * working when they set one again: clicking its notification still opens the plan. Headless
 * Chromium shows no notification to click, so the test dispatches the click event the browser
 * would send to the worker's own listeners, after checking the notification was asked for.
 */
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

/** The Chrome APIs this test calls inside the service worker (the tests have no Chrome types). */
declare const chrome: {
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: {
    create(...args: unknown[]): unknown;
    // Chrome's extension events carry the method that runs their listeners.
    onClicked: { dispatch(id: string): void };
  };
};

/** A check-in time tomorrow evening, as a datetime-local input takes it. */
function tomorrowEvening(): string {
  const day = new Date(Date.now() + 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T21:30`;
}

let build: string;
test.beforeAll(() => {
  // As if the user allowed notifications at the prompt the first "Set reminder" shows.
  build = testBuild({ permissions: ['notifications'] });
});
test.afterAll(() => removeFolder(build));

test('after a wipe and a new reminder, clicking the notification still opens the plan', async () => {
  const context = await launch('', build);
  try {
    await (await firstRunPage(context)).close();
    const worker = await serviceWorkerOf(context);
    const page = await openExtensionPage(context, 'sidepanel.html#safe-call');
    const setReminder = async () => {
      await page.getByLabel('When you will check in').fill(tomorrowEvening());
      await page.getByRole('button', { name: 'Set reminder' }).click();
      await expect(page.getByText(/A reminder is set for/)).toBeVisible();
    };
    await setReminder();

    await page.getByRole('tab', { name: 'Your data' }).click();
    await page.getByRole('button', { name: 'Wipe everything' }).click();
    await page.getByRole('button', { name: 'Yes, wipe everything' }).click();
    await expect(page.getByText('Everything Tend stored on this device was wiped.')).toBeVisible();
    expect(await worker.evaluate(() => chrome.alarms.get('check-in'))).toBeUndefined();

    await page.getByRole('tab', { name: 'Safe call' }).click();
    await setReminder();
    // Bring the alarm forward to now, recording the notification the worker asks Chrome to show.
    await worker.evaluate(() => {
      const seen: string[] = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      Object.assign(globalThis, { createdNotifications: seen });
      chrome.notifications.create = (...args: unknown[]) => {
        seen.push(String(args[0]));
        return create(...args);
      };
      return chrome.alarms.create('check-in', { when: Date.now() + 200 });
    });
    await expect
      .poll(() =>
        worker.evaluate(() => (globalThis as unknown as { createdNotifications: string[] }).createdNotifications),
      )
      .toEqual(['check-in']);

    const opened = context.waitForEvent('page', (tab) => tab.url().endsWith('/sidepanel.html#safe-call'));
    await worker.evaluate(() => chrome.notifications.onClicked.dispatch('check-in'));
    const plan = await opened;
    await expect(plan.getByRole('tab', { name: 'Safe call', selected: true })).toBeVisible();
  } finally {
    await context.close();
  }
});
