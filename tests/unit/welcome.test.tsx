// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Welcome } from '@/components/settings/Welcome';
import * as storage from '@/lib/storage/storage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the welcome', () => {
  it('stays until "These are right" is saved, so a reload right after it goes never brings it back', async () => {
    let land: () => void = () => undefined;
    const write = storage.write;
    vi.spyOn(storage, 'write').mockImplementation(async (name, value) => {
      if (name === 'firstRunDone') await new Promise<void>((done) => (land = done));
      return write(name, value);
    });
    render(<Welcome />);
    fireEvent.click(await screen.findByRole('button', { name: 'These are right' }));
    await waitFor(() => expect(storage.write).toHaveBeenCalledWith('firstRunDone', true));
    // Not yet stored: a reload now would show it again, so it is still here.
    expect(screen.getByRole('heading', { name: 'Welcome to Tend' })).toBeTruthy();
    land();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Welcome to Tend' })).toBeNull());
    expect(await storage.read('firstRunDone')).toBe(true);
  });
});
