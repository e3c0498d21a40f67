import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { checkInAlarm } from '@/lib/check-in';
import { readAll, write } from '@/lib/storage';
import { wipeEverything } from '@/lib/wipe';

const sites = ['https://community.example/*', 'https://*.events.example/*'];
let remove: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  remove = vi.fn(async () => true);
  Object.assign(browser.permissions, { remove });
});

describe('wipeEverything', () => {
  it('deletes every record, cancels every check-in reminder and gives back every site', async () => {
    await write(
      'sites',
      sites.map((pattern) => ({ pattern, paused: false })),
    );
    await write('lastSectionId', 'consent');
    await browser.alarms.create(checkInAlarm(1), { when: Date.now() + 60_000 });
    await browser.alarms.create(checkInAlarm(2), { when: Date.now() + 120_000 });

    await wipeEverything();

    expect(await readAll()).toEqual({});
    expect(await browser.alarms.getAll()).toEqual([]);
    expect(remove).toHaveBeenCalledExactlyOnceWith({ origins: sites });
  });

  it('asks the browser for nothing when the user had no sites', async () => {
    await write('lastSectionId', 'consent');
    await wipeEverything();
    expect(await readAll()).toEqual({});
    expect(remove).not.toHaveBeenCalled();
  });

  it('still wipes when a site cannot be given back', async () => {
    await write('sites', [{ pattern: sites[0] ?? '', paused: false }]);
    remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
    await wipeEverything();
    expect(await readAll()).toEqual({});
  });
});
