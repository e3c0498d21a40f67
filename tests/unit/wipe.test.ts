import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { wipeEverything } from '@/lib/data/wipe';
import { checkInAlarm } from '@/lib/safe-call/check-in';
import { readAll, write } from '@/lib/storage/storage';

const sites = ['https://community.example/*', 'https://*.events.example/*'];
let remove: ReturnType<typeof vi.fn>;
/** What the browser says Tend holds: its required permissions, and what the user granted. */
let held: { permissions: string[]; origins: string[] };

beforeEach(() => {
  fakeBrowser.reset();
  held = { permissions: ['alarms', 'idle', 'storage', 'scripting', 'activeTab'], origins: [] };
  remove = vi.fn(async () => true);
  Object.assign(browser.permissions, { remove, getAll: async () => held });
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue(manifest());
});

/** Tend's manifest as built (Firefox's optional permissions, which add sessions), plus `required`. */
function manifest(required: { permissions?: string[]; hosts?: string[] } = {}): Browser.runtime.Manifest {
  return {
    manifest_version: 3,
    name: 'Tend',
    version: '0.1.0',
    permissions: ['alarms', 'idle', 'storage', 'scripting', 'activeTab', ...(required.permissions ?? [])],
    host_permissions: required.hosts,
    optional_permissions: ['notifications', 'history', 'sessions'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  } as Browser.runtime.Manifest;
}

describe('wipeEverything', () => {
  it('deletes every record, cancels every check-in reminder and gives back every site', async () => {
    await write(
      'sites',
      sites.map((pattern) => ({ pattern, paused: false })),
    );
    held.origins = [...sites];
    await write('lastSectionId', 'consent');
    await browser.alarms.create(checkInAlarm(1), { when: Date.now() + 60_000 });
    await browser.alarms.create(checkInAlarm(2), { when: Date.now() + 120_000 });

    await wipeEverything();

    expect(await readAll()).toEqual({});
    expect(await browser.alarms.getAll()).toEqual([]);
    expect(remove).toHaveBeenCalledExactlyOnceWith({ origins: sites });
  });

  it('gives back history, notifications and sessions, and never asks to remove what the manifest requires', async () => {
    held.permissions.push('history', 'notifications', 'sessions');
    // A site granted in the browser's own settings, not (or no longer) in Tend's list, goes back too.
    held.origins = ['https://elsewhere.example/*'];

    await wipeEverything();

    expect(remove).toHaveBeenCalledTimes(2);
    expect(remove).toHaveBeenCalledWith({ permissions: ['history', 'notifications', 'sessions'] });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://elsewhere.example/*'] });
  });

  it('asks the browser for nothing when the user had granted nothing', async () => {
    await write('lastSectionId', 'consent');
    await wipeEverything();
    expect(await readAll()).toEqual({});
    expect(remove).not.toHaveBeenCalled();
  });

  it('still wipes, and gives back the rest, when a site cannot be given back', async () => {
    await write('sites', [{ pattern: sites[0] ?? '', paused: false }]);
    held.origins = [sites[0] ?? ''];
    held.permissions.push('notifications');
    remove.mockImplementation(async (what: { origins?: string[] }) => {
      if (what.origins) throw new Error('You cannot remove required permissions.');
      return true;
    });
    await wipeEverything();
    expect(await readAll()).toEqual({});
    expect(remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  it('leaves a permission the manifest requires (the e2e test build) and a required site alone', async () => {
    vi.mocked(browser.runtime.getManifest).mockReturnValue(
      manifest({ permissions: ['notifications'], hosts: ['http://127.0.0.1/*'] }),
    );
    held.permissions.push('notifications', 'history');
    held.origins = ['http://127.0.0.1/*'];
    await wipeEverything();
    expect(remove).toHaveBeenCalledExactlyOnceWith({ permissions: ['history'] });
  });
});
