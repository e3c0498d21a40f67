import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { reviewSitesOnce } from '@/lib/sites/site-review-once';
import { onStoredChange, read, write } from '@/lib/storage/storage';

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

  it('stores nothing but the version when every site passes', async () => {
    await write('sites', [{ pattern: mine, paused: false }]);
    const changed: string[] = [];
    const stop = onStoredChange((name) => changed.push(name));
    await reviewSitesOnce('0.2.0');
    stop();
    expect(new Set(changed)).toEqual(new Set(['sitesReviewedFor']));
  });

  it('notes the version for a list with no sites', async () => {
    await write('sites', []);
    await reviewSitesOnce('0.2.0');
    expect(await read('sitesReviewedFor')).toBe('0.2.0');
  });
});
