import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SITE_TIP_HEADING } from '@/content/tip-rules';
import type { Message, SiteTipReply } from '@/lib/messages/protocol';
import { handleSiteMessage, senderSite, tipPath } from '@/lib/sites/site-tips-service';
import type { UserSite } from '@/lib/sites/sites';
import { read, write } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';

const id = browser.runtime.id;
const sites: UserSite[] = [{ pattern: 'https://community.example/*', paused: false }];
const onSite = { id, url: 'https://community.example/messages/1', tab: { id: 4 }, frameId: 0 };
const exit = vi.fn(() => Promise.resolve());

const ask = (message: Message, sender: object = onSite) => handleSiteMessage(message, sender as never, sites, exit);

beforeEach(async () => {
  exit.mockClear();
  vi.restoreAllMocks();
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
  it('answers a page of the user’s site with the card’s words and how to show them, nothing else', async () => {
    const reply = (await ask({ type: 'site-tip', context: 'meeting' })) as SiteTipReply;
    expect(Object.keys(reply).sort()).toEqual(['blur', 'tip']);
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
    expect(
      ask({ type: 'site-exit', trigger: 'shift' }, { ...onSite, url: 'https://elsewhere.example/' }),
    ).toBeUndefined();
    expect(ask({ type: 'site-settings' }, { ...onSite, url: 'https://elsewhere.example/' })).toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
  });

  it('gives no tip while paused or snoozed, but still the settings', async () => {
    await write('siteTipSettings', { ...records.siteTipSettings.fallback, paused: true, blur: true });
    expect(await ask({ type: 'site-tip', context: 'event' })).toEqual({ tip: null, blur: true });
    expect(await ask({ type: 'site-settings' })).toEqual({ shiftExit: true });
    await write('siteTipSettings', records.siteTipSettings.fallback);
    await ask({ type: 'site-tip-action', action: 'not-now', tipId: 'have-backup' });
    expect(Object.keys((await read('siteSnoozes')) ?? {})).toEqual(['https://community.example/*']);
    expect(await ask({ type: 'site-tip', context: 'event' })).toEqual({ tip: null, blur: false });
  });

  it('remembers a dismissed tip once, and only tips that can appear on sites', async () => {
    await ask({ type: 'site-tip-action', action: 'dismiss', tipId: 'have-backup' });
    await ask({ type: 'site-tip-action', action: 'dismiss', tipId: 'have-backup' });
    await ask({ type: 'site-tip-action', action: 'dismiss', tipId: 'no-such-tip' });
    expect(await read('dismissedTips')).toEqual(['have-backup']);
  });

  describe('the exit asked for by the script on a page', () => {
    const front = (tab: object | undefined) =>
      vi.spyOn(browser.tabs, 'query').mockResolvedValue((tab ? [tab] : []) as never);

    it('runs on the sender’s tab when it is the one in front', async () => {
      front({ id: 4, url: onSite.url, active: true });
      await ask({ type: 'site-exit', trigger: 'shift' });
      await ask({ type: 'site-exit', trigger: 'card' });
      expect(exit).toHaveBeenCalledTimes(2);
      expect(exit).toHaveBeenCalledWith(expect.objectContaining({ id: 4 }));
    });

    it('is refused from a tab that is not in front, or with no front tab at all', async () => {
      front({ id: 9, url: 'https://news.example/', active: true });
      await ask({ type: 'site-exit', trigger: 'shift' });
      await ask({ type: 'site-exit', trigger: 'card' });
      front(undefined);
      await ask({ type: 'site-exit', trigger: 'shift' });
      expect(exit).not.toHaveBeenCalled();
    });

    it('refuses Shift three times while the user has it switched off; the card’s button still counts', async () => {
      front({ id: 4, url: onSite.url, active: true });
      await write('siteTipSettings', { ...records.siteTipSettings.fallback, shiftExit: false });
      expect(await ask({ type: 'site-settings' })).toEqual({ shiftExit: false });
      await ask({ type: 'site-exit', trigger: 'shift' });
      expect(exit).not.toHaveBeenCalled();
      await ask({ type: 'site-exit', trigger: 'card' });
      expect(exit).toHaveBeenCalledOnce();
    });
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
