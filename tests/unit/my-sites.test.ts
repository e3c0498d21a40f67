import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { addMySite, removeMySite, reviewSitesOnce } from '@/lib/my-sites';
import { read, write } from '@/lib/storage';

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

describe('reviewSitesOnce', () => {
  const shared = 'https://*.herokuapp.com/*';
  const mine = 'https://myapp.herokuapp.com/*';

  beforeEach(async () => {
    await write('sites', [
      { pattern: shared, paused: false },
      { pattern: mine, paused: false },
    ]);
    await write('sitesReviewedFor', '0.1.0');
  });

  it('pauses a site on a public suffix the first time a new version opens, and keeps it', async () => {
    await reviewSitesOnce('0.2.0');
    expect(await read('sites')).toEqual([
      { pattern: shared, paused: true },
      { pattern: mine, paused: false },
    ]);
    expect(await read('sitesReviewedFor')).toBe('0.2.0');
  });

  it('runs once per version: a later open changes nothing', async () => {
    await reviewSitesOnce('0.2.0');
    await write('sites', [{ pattern: shared, paused: false }]);
    await reviewSitesOnce('0.2.0');
    expect(await read('sites')).toEqual([{ pattern: shared, paused: false }]);
  });

  it('stores nothing but the version when every site passes, through the view’s save', async () => {
    await write('sites', [{ pattern: mine, paused: false }]);
    const save = vi.fn(write);
    await reviewSitesOnce('0.2.0', save);
    expect(save.mock.calls).toEqual([['sitesReviewedFor', '0.2.0']]);
  });

  it('notes the version for a list with no sites', async () => {
    await write('sites', []);
    await reviewSitesOnce('0.2.0');
    expect(await read('sitesReviewedFor')).toBe('0.2.0');
  });
});
