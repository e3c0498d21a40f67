import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { allTips, findTip, resolveTipId, resolveTipIds, retiredTipIds, sections } from '@/content';
import { makeBackup, parseBackup } from '@/lib/data/backup';
import { guideRoute } from '@/lib/guide-route';
import { handleSiteMessage, tipPath } from '@/lib/sites/site-tips-service';
import type { StoredData } from '@/lib/storage/storage';
import { read, write } from '@/lib/storage/storage';

const [retired, kept] = Object.entries(retiredTipIds)[0] ?? [];
if (!retired || !kept) throw new Error('the library has at least one retired tip id');
const keptPlaced = findTip(kept);
if (!keptPlaced) throw new Error('the kept tip is in the library');
const live = allTips.find(({ tip }) => tip.id !== kept)?.tip.id ?? '';

describe('resolving retired tip ids', () => {
  it('gives the kept id for a retired one and leaves others alone', () => {
    expect(resolveTipId(retired)).toBe(kept);
    expect(resolveTipId(live)).toBe(live);
    // Not a key of the map: an object's own prototype names are not tip ids.
    expect(resolveTipId('constructor')).toBe('constructor');
    expect(resolveTipId('__proto__')).toBe('__proto__');
  });

  it('finds the kept tip by its old id', () => {
    expect(findTip(retired)).toBe(keptPlaced);
  });

  it('resolves a stored list in order, each id once', () => {
    expect(resolveTipIds([live, retired, kept])).toEqual([live, kept]);
  });
});

describe('the sidebar’s #guide/<section>/<tip> address', () => {
  it('opens a section, or a tip in its section', () => {
    expect(guideRoute('#guide/aftercare', sections)).toEqual({ sectionId: 'aftercare' });
    const { tip, section } = allTips[0] ?? {};
    expect(guideRoute(`#guide/${section?.id}/${tip?.id}`, sections)).toEqual({
      sectionId: section?.id,
      tipId: tip?.id,
    });
  });

  it('opens the kept tip, in the kept tip’s section, for a retired id', () => {
    expect(guideRoute(`#guide/some-old-section/${retired}`, sections)).toEqual({
      sectionId: keptPlaced.section.id,
      tipId: kept,
    });
  });

  it('is nothing for another tool or the bare guide', () => {
    expect(guideRoute('#boundaries', sections)).toBeUndefined();
    expect(guideRoute('#guide', sections)).toBeUndefined();
    expect(guideRoute('', sections)).toBeUndefined();
  });

  it('is where "More" on a site’s card sends a retired id', () => {
    expect(tipPath(retired)).toBe(`/sidepanel.html#guide/${keptPlaced.section.id}/${kept}`);
  });
});

describe('stored and imported lists of tips', () => {
  const backupWith = (data: Partial<StoredData>) => JSON.stringify(makeBackup(data, new Date('2026-11-30T10:00:00Z')));

  it('imports a backup that names a retired id as the kept id', () => {
    expect(parseBackup(backupWith({ dismissedTips: [retired, live], recentSiteTips: [kept, retired] }))).toEqual({
      ok: true,
      data: { dismissedTips: [kept, live], recentSiteTips: [kept] },
    });
  });

  it('still refuses a backup naming a tip that never existed', () => {
    expect(parseBackup(backupWith({ dismissedTips: ['no-such-tip'] }))).toMatchObject({ ok: false });
  });

  it('reads a stored dismissed list with retired ids resolved when it adds to it', async () => {
    await write('dismissedTips', [retired, kept]);
    const onSite = { id: browser.runtime.id, url: 'https://community.example/a', tab: { id: 4 }, frameId: 0 };
    const sites = [{ pattern: 'https://community.example/*', paused: false }];
    await handleSiteMessage(
      { type: 'site-tip-action', action: 'dismiss', tipId: 'have-backup' },
      onSite as never,
      sites,
      () => Promise.resolve(),
    );
    expect(await read('dismissedTips')).toEqual([kept, 'have-backup']);
  });
});
