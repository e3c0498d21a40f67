// @vitest-environment happy-dom
/** An import replaces what is stored and gives back Tend's access to the sites the backup drops. */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { YourData } from '@/components/tools/your-data/YourData';
import { makeBackup } from '@/lib/data/backup';
import { restoreBackup } from '@/lib/data/restore';
import { read, write } from '@/lib/storage/storage';

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
afterEach(cleanup);

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

describe('importing a backup in Your data', () => {
  it('gives back the sites the backup does not list', async () => {
    const onReplaced = vi.fn();
    render(<YourData onReplaced={onReplaced} />);
    const backup = JSON.stringify(makeBackup({ sites: [{ pattern: kept, paused: false }] }, new Date()));
    const file = new File([backup], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Choose a backup file'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import “backup.json”' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, replace it' }));

    await waitFor(() => expect(onReplaced).toHaveBeenCalled());
    expect(await read('sites')).toEqual([{ pattern: kept, paused: false }]);
    expect(remove).toHaveBeenCalledExactlyOnceWith({ origins: [dropped] });
  });
});
