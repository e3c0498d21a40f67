import { afterEach, describe, expect, it, vi } from 'vitest';
import { localZone } from '@/lib/safe-call/local-time';

afterEach(() => vi.restoreAllMocks());

describe('localZone', () => {
  it("gives the browser's zone by name", () => {
    expect(localZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('gives UTC when the browser cannot name its zone, as Chromium sometimes cannot', () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: 'Etc/Unknown' };
    });
    expect(localZone()).toBe('UTC');
  });
});
