import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_EXIT_URL, quickExit } from '@/lib/quick-exit';

describe('quickExit', () => {
  it('navigates the active tab to the neutral page, with no lookup first', async () => {
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const query = vi.spyOn(browser.tabs, 'query');
    await quickExit();
    expect(update).toHaveBeenCalledExactlyOnceWith({ url: DEFAULT_EXIT_URL });
    expect(query).not.toHaveBeenCalled();
  });

  it('uses a neutral https page by default', () => {
    expect(new URL(DEFAULT_EXIT_URL).protocol).toBe('https:');
  });
});
