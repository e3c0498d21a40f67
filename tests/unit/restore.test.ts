import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { restoreBackup } from '@/lib/restore';
import { read, write } from '@/lib/storage';

const kept = 'https://community.example/*';
const dropped = 'https://old-forum.example/*';
let remove: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  remove = vi.fn(async () => true);
  Object.assign(browser.permissions, { remove });
  await write('sites', [
    { pattern: kept, paused: false },
    { pattern: dropped, paused: true },
  ]);
});

describe('restoreBackup', () => {
  it('replaces what is stored and gives back the sites the backup does not have', async () => {
    await restoreBackup({ sites: [{ pattern: kept, paused: true }] });
    expect(await read('sites')).toEqual([{ pattern: kept, paused: true }]);
    expect(remove).toHaveBeenCalledExactlyOnceWith({ origins: [dropped] });
  });

  it('gives back every site when the backup has none', async () => {
    await restoreBackup({ firstRunDone: true });
    expect(await read('sites')).toEqual([]);
    expect(remove).toHaveBeenCalledExactlyOnceWith({ origins: [kept, dropped] });
  });

  it('asks the browser for nothing when every site stays', async () => {
    await restoreBackup({
      sites: [
        { pattern: dropped, paused: false },
        { pattern: kept, paused: false },
      ],
    });
    expect(remove).not.toHaveBeenCalled();
  });
});
