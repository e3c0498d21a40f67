import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { records } from '@/lib/stored-schema';

type Listener = (id: string) => void;
let listeners: Listener[] = [];
/** The notifications API as the browser gives it: a new one, with no listeners, each time it is granted. */
function grantedNotifications() {
  const added: Listener[] = [];
  listeners = added;
  return {
    create: vi.fn(() => Promise.resolve('check-in')),
    clear: vi.fn(() => Promise.resolve(true)),
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

describe('the check-in reminder in the background', () => {
  it('shows the user’s neutral wording under the alarm’s name', async () => {
    const { write } = await import('@/lib/storage');
    await write('safeCallPlan', { ...records.safeCallPlan.fallback, reminderText: '  Pick up parcel ' });
    const { showReminder } = await import('@/lib/reminder');
    await showReminder();
    expect(notifications.create).toHaveBeenCalledWith(
      'check-in',
      expect.objectContaining({ type: 'basic', title: 'Pick up parcel', message: 'Click to open your note.' }),
    );
  });

  it('says only “Reminder” when the user chose no wording or has no plan', async () => {
    const { showReminder } = await import('@/lib/reminder');
    await showReminder();
    expect(notifications.create).toHaveBeenCalledWith('check-in', expect.objectContaining({ title: 'Reminder' }));
  });

  it('still reminds while Tend is locked, with the neutral default wording', async () => {
    const { write } = await import('@/lib/storage');
    await write('safeCallPlan', { ...records.safeCallPlan.fallback, reminderText: 'Pick up parcel' });
    const lock = await import('@/lib/lock');
    await lock.turnOn('a long passphrase', 1000);
    await lock.lockNow();
    const { showReminder } = await import('@/lib/reminder');
    await showReminder();
    expect(notifications.create).toHaveBeenCalledWith('check-in', expect.objectContaining({ title: 'Reminder' }));
  });

  it('listens for clicks once, and a click on the reminder opens the plan', async () => {
    const { listenForReminderClicks } = await import('@/lib/reminder');
    listenForReminderClicks();
    listenForReminderClicks();
    expect(listeners).toHaveLength(1);
    listeners[0]?.('someone-else');
    expect(browser.tabs.create).not.toHaveBeenCalled();
    listeners[0]?.('check-in');
    await vi.waitFor(() =>
      expect(browser.tabs.create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html#safe-call$/) }),
    );
    expect(notifications.clear).toHaveBeenCalledWith('check-in');
  });

  it('listens again when the permission is given back (a wipe) and granted again (a new reminder)', async () => {
    const { listenForReminderClicks } = await import('@/lib/reminder');
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
    const { listenForReminderClicks, showReminder } = await import('@/lib/reminder');
    await showReminder();
    listenForReminderClicks();
    expect(listeners).toHaveLength(0);
  });
});
