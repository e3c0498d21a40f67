import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SITE_TIP_HEADING } from '@/content/tip-rules';
import type { Message } from '@/lib/messages';
import { handleSiteMessage, type SiteTipReply, senderSite, tipPath } from '@/lib/site-tips-service';
import { DEFAULT_SITE_TIP_SETTINGS, type UserSite } from '@/lib/sites';
import { read, write } from '@/lib/storage';

const id = browser.runtime.id;
const sites: UserSite[] = [{ pattern: 'https://community.example/*', paused: false }];
const onSite = { id, url: 'https://community.example/messages/1', tab: { id: 4 }, frameId: 0 };
const exit = vi.fn(() => Promise.resolve());

const ask = (message: Message, sender: object = onSite) => handleSiteMessage(message, sender as never, sites, exit);

beforeEach(async () => {
  exit.mockClear();
  for (const key of ['siteTipSettings', 'siteSnoozes', 'dismissedTips', 'recentSiteTips'] as const)
    await write(key, undefined as never);
});

describe('senderSite', () => {
  it('finds the user site of Tend’s script on a page, and nothing for anyone else', () => {
    expect(senderSite(onSite as never, sites, id)).toBe(sites[0]);
    expect(senderSite({ ...onSite, url: 'https://elsewhere.example/' } as never, sites, id)).toBeUndefined();
    expect(senderSite({ ...onSite, id: 'other' } as never, sites, id)).toBeUndefined();
    expect(senderSite({ ...onSite, frameId: 1 } as never, sites, id)).toBeUndefined();
  });
});

describe('handleSiteMessage', () => {
  it('answers a page of the user’s site with the card’s words and two settings, nothing else', async () => {
    const reply = (await ask({ type: 'site-tip', context: 'meeting' })) as SiteTipReply;
    expect(Object.keys(reply).sort()).toEqual(['blur', 'shiftExit', 'tip']);
    expect(Object.keys(reply.tip ?? {}).sort()).toEqual(['heading', 'id', 'line']);
    expect(reply.tip?.heading).toBe(SITE_TIP_HEADING);
    expect(await read('recentSiteTips')).toEqual([reply.tip?.id]);
    const next = (await ask({ type: 'site-tip', context: 'meeting' })) as SiteTipReply;
    expect(next.tip?.id).not.toBe(reply.tip?.id);
  });

  it('answers nothing to a page that is not one of the user’s sites', () => {
    expect(
      ask({ type: 'site-tip', context: 'general' }, { ...onSite, url: 'https://elsewhere.example/' }),
    ).toBeUndefined();
    expect(ask({ type: 'quick-exit' }, { ...onSite, url: 'https://elsewhere.example/' })).toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
  });

  it('gives no tip while paused or snoozed, but still the settings', async () => {
    await write('siteTipSettings', { ...DEFAULT_SITE_TIP_SETTINGS, paused: true, blur: true });
    expect(await ask({ type: 'site-tip', context: 'event' })).toEqual({ tip: null, blur: true, shiftExit: true });
    await write('siteTipSettings', DEFAULT_SITE_TIP_SETTINGS);
    await ask({ type: 'site-tip-action', action: 'not-now', tipId: 'have-backup' });
    expect(Object.keys((await read('siteSnoozes')) ?? {})).toEqual(['https://community.example/*']);
    expect(await ask({ type: 'site-tip', context: 'event' })).toEqual({ tip: null, blur: false, shiftExit: true });
  });

  it('remembers a dismissed tip once, and only tips that can appear on sites', async () => {
    await ask({ type: 'site-tip-action', action: 'dismiss', tipId: 'have-backup' });
    await ask({ type: 'site-tip-action', action: 'dismiss', tipId: 'have-backup' });
    await ask({ type: 'site-tip-action', action: 'dismiss', tipId: 'no-such-tip' });
    expect(await read('dismissedTips')).toEqual(['have-backup']);
  });

  it('runs the quick exit for the user’s site', async () => {
    await ask({ type: 'quick-exit' });
    expect(exit).toHaveBeenCalledOnce();
  });

  it('"more" opens the side panel at the tip, or a tab where there is none', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await ask({ type: 'site-tip-action', action: 'more', tipId: 'have-backup' });
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/sidepanel.html#guide/meeting/have-backup',
      active: true,
    });
  });
});

describe('tipPath', () => {
  it('names the section and the tip', () => {
    expect(tipPath('have-backup')).toBe('/sidepanel.html#guide/meeting/have-backup');
    expect(tipPath('gone')).toBe('/sidepanel.html#guide');
  });
});
