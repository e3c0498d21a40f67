import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { records } from '@/lib/storage/stored-schema';

type Listener = (id: string) => void;
let listeners: Listener[] = [];
/** The notifications API as the browser gives it: a new one, with no listeners, each time it is granted. */
function grantedNotifications() {
  const added: Listener[] = [];
  listeners = added;
  return {
    create: vi.fn(() => Promise.resolve('check-in')),
    clear: vi.fn(() => Promise.resolve(true)),
    getAll: vi.fn(() => Promise.resolve({})),
    onClicked: {
      addListener: (listener: Listener) => added.push(listener),
      hasListener: (listener: Listener) => added.includes(listener),
    },
  };
}
let notifications = grantedNotifications();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.resetModules();
  vi.clearAllMocks();
  notifications = grantedNotifications();
  Object.assign(browser, { notifications });
  vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
});

describe('the check-in alarms', () => {
  const later = (minutes: number) => Date.now() + minutes * 60_000;

  it('sets one alarm per check-in in place of the earlier ones, and ending the plan clears them all', async () => {
    const { clearCheckIns, pendingCheckIns, setCheckIns } = await import('@/lib/safe-call/reminder');
    await browser.alarms.create('check-in', { when: later(5) });
    await browser.alarms.create('something-else', { when: later(5) });
    await setCheckIns([
      { name: 'check-in-2', when: later(90) },
      { name: 'check-in-1', when: later(30) },
    ]);
    expect((await pendingCheckIns()).map((alarm) => alarm.name)).toEqual(['check-in-1', 'check-in-2']);
    await clearCheckIns();
    expect(await pendingCheckIns()).toEqual([]);
    expect(notifications.clear).toHaveBeenCalledWith('check-in-2');
    expect(await browser.alarms.get('something-else')).toBeDefined();
  });

  it('snoozes one check-in, taking its notification off the screen', async () => {
    const { pendingCheckIns, setCheckIns, snoozeCheckIn } = await import('@/lib/safe-call/reminder');
    const [soon, snoozed, last] = [later(1), later(10), later(90)];
    await setCheckIns([
      { name: 'check-in-1', when: soon },
      { name: 'check-in-2', when: last },
    ]);
    await snoozeCheckIn('check-in-1', snoozed);
    expect((await pendingCheckIns()).map((alarm) => [alarm.name, alarm.scheduledTime])).toEqual([
      ['check-in-1', snoozed],
      ['check-in-2', last],
    ]);
    expect(notifications.clear).toHaveBeenCalledWith('check-in-1');
  });

  it('clears one check-in only, alarm and notification', async () => {
    const { clearCheckIn, pendingCheckIns, setCheckIns } = await import('@/lib/safe-call/reminder');
    await setCheckIns([
      { name: 'check-in-1', when: later(30) },
      { name: 'check-in-2', when: later(90) },
    ]);
    await clearCheckIn('check-in-1');
    expect((await pendingCheckIns()).map((alarm) => alarm.name)).toEqual(['check-in-2']);
    expect(notifications.clear).toHaveBeenCalledWith('check-in-1');
    expect(notifications.clear).not.toHaveBeenCalledWith('check-in-2');
  });
});

describe('the check-in reminder in the background', () => {
  it('shows the user’s neutral wording under the alarm’s name', async () => {
    const { write } = await import('@/lib/storage/storage');
    await write('safeCallPlan', { ...records.safeCallPlan.fallback, reminderText: '  Pick up parcel ' });
    const { showReminder } = await import('@/lib/safe-call/reminder');
    await showReminder();
    expect(notifications.create).toHaveBeenCalledWith(
      'check-in',
      expect.objectContaining({ type: 'basic', title: 'Pick up parcel', message: 'Click to open your note.' }),
    );
  });

  it('says only “Reminder” when the user chose no wording or has no plan', async () => {
    const { showReminder } = await import('@/lib/safe-call/reminder');
    await showReminder();
    expect(notifications.create).toHaveBeenCalledWith('check-in', expect.objectContaining({ title: 'Reminder' }));
  });

  it('still reminds while Tend is locked, with the neutral default wording', async () => {
    const { write } = await import('@/lib/storage/storage');
    await write('safeCallPlan', { ...records.safeCallPlan.fallback, reminderText: 'Pick up parcel' });
    const lock = await import('@/lib/lock/lock');
    await lock.turnOn('a long passphrase', 1000);
    await lock.lockNow();
    const { showReminder } = await import('@/lib/safe-call/reminder');
    await showReminder();
    expect(notifications.create).toHaveBeenCalledWith('check-in', expect.objectContaining({ title: 'Reminder' }));
  });

  it('listens for clicks once, and a click on a check-in reminder opens its check-in page', async () => {
    const { listenForReminderClicks } = await import('@/lib/safe-call/reminder');
    listenForReminderClicks();
    listenForReminderClicks();
    expect(listeners).toHaveLength(1);
    listeners[0]?.('someone-else');
    expect(browser.tabs.create).not.toHaveBeenCalled();
    listeners[0]?.('check-in-2');
    await vi.waitFor(() =>
      expect(browser.tabs.create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/check-in\.html#check-in-2$/) }),
    );
    expect(notifications.clear).toHaveBeenCalledWith('check-in-2');
  });

  it('listens again when the permission is given back (a wipe) and granted again (a new reminder)', async () => {
    const { listenForReminderClicks } = await import('@/lib/safe-call/reminder');
    listenForReminderClicks();
    Object.assign(browser, { notifications: undefined });
    notifications = grantedNotifications();
    Object.assign(browser, { notifications });
    listenForReminderClicks();
    expect(listeners).toHaveLength(1);
    listeners[0]?.('check-in');
    await vi.waitFor(() => expect(browser.tabs.create).toHaveBeenCalled());
  });

  it('does nothing before the notifications permission is granted', async () => {
    Object.assign(browser, { notifications: undefined });
    const { listenForReminderClicks, showReminder } = await import('@/lib/safe-call/reminder');
    await showReminder();
    listenForReminderClicks();
    expect(listeners).toHaveLength(0);
  });
});
