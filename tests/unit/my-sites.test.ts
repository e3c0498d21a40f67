import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { addMySite, removeMySite } from '@/lib/sites/my-sites';
import { read, write } from '@/lib/storage/storage';

const pattern = 'https://community.example/*';
let request: ReturnType<typeof vi.fn>;
let remove: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  await write('sites', []);
  await write('siteSnoozes', {});
  request = vi.fn(async () => true);
  remove = vi.fn(async () => true);
  Object.assign(browser.permissions, { request, remove });
});

describe('addMySite', () => {
  it('asks the browser for that one site, synchronously, then stores it', async () => {
    const added = addMySite(pattern, []);
    // Asked within the call, before anything was awaited: the user's click still counts.
    expect(request).toHaveBeenCalledWith({ origins: [pattern] });
    expect(await added).toEqual({ ok: true });
    expect(await read('sites')).toEqual([{ pattern, paused: false }]);
  });

  it('stores nothing when the browser refuses', async () => {
    request.mockResolvedValue(false);
    expect(await addMySite(pattern, [])).toEqual({
      ok: false,
      error: 'The browser did not allow Tend on that site, so it was not added.',
    });
    expect(await read('sites')).toEqual([]);
  });

  it('asks nothing for a site already listed', async () => {
    expect(await addMySite(pattern, [{ pattern, paused: false }])).toEqual({
      ok: false,
      error: 'That site is already in your list.',
    });
    expect(request).not.toHaveBeenCalled();
  });
});

describe('removeMySite', () => {
  it('removes the site, its snooze and its permission', async () => {
    await write('sites', [{ pattern, paused: false }]);
    await write('siteSnoozes', { [pattern]: Date.now() + 1000, 'https://other.example/*': 5 });
    await removeMySite(pattern);
    expect(await read('sites')).toEqual([]);
    expect(await read('siteSnoozes')).toEqual({ 'https://other.example/*': 5 });
    expect(remove).toHaveBeenCalledWith({ origins: [pattern] });
  });

  it('still removes the site when the permission cannot be given back', async () => {
    await write('sites', [{ pattern, paused: false }]);
    remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
    await removeMySite(pattern);
    expect(await read('sites')).toEqual([]);
  });
});
