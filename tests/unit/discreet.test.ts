import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { appearance, applyAppearance, NEUTRAL_TITLE, pageTitle, type View } from '@/lib/browser/discreet';
import { firefox } from '@/lib/browser/firefox';

const VIEWS: View[] = ['popup', 'sidepanel', 'options'];

describe('appearance', () => {
  it('is Tend, with its own icons, when discreet mode is off', () => {
    const normal = appearance(false);
    expect(normal.title).toBe('Tend');
    expect(Object.values(normal.icon)).toEqual(['icon/16.png', 'icon/32.png', 'icon/48.png', 'icon/128.png']);
    expect(normal.badge).toBe(true);
  });

  it('names nothing about Tend, and allows no badge, when discreet', () => {
    const discreet = appearance(true);
    expect(discreet.title).toBe(NEUTRAL_TITLE);
    const everything = JSON.stringify(discreet);
    expect(everything).not.toMatch(/tend|consent|safe|sex|bdsm/i);
    expect(Object.values(discreet.icon).every((path) => path.includes('neutral'))).toBe(true);
    expect(discreet.notificationIcon).toContain('neutral');
    expect(discreet.badge).toBe(false);
  });

  it.each([false, true])('points at icons that exist (discreet: %s)', (discreet) => {
    const { icon, notificationIcon } = appearance(discreet);
    for (const path of [...Object.values(icon), notificationIcon]) {
      expect(existsSync(resolve(import.meta.dirname, '../../public', path)), path).toBe(true);
    }
  });
});

describe('pageTitle', () => {
  it.each(VIEWS)('names Tend in the %s only when discreet mode is off', (view) => {
    expect(pageTitle(view, false)).toMatch(/^Tend/);
    expect(pageTitle(view, true)).not.toMatch(/tend/i);
  });

  it.each(VIEWS)('is neutral in the %s until the setting is known', (view) => {
    expect(pageTitle(view, undefined)).toBe(pageTitle(view, true));
  });
});

describe('applyAppearance', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    for (const method of ['setTitle', 'setIcon', 'setBadgeText'] as const) {
      vi.spyOn(browser.action, method).mockResolvedValue(undefined as never);
    }
  });

  it('sets the neutral title and icon and clears the badge', async () => {
    await applyAppearance(true);
    expect(browser.action.setTitle).toHaveBeenCalledWith({ title: NEUTRAL_TITLE });
    expect(browser.action.setIcon).toHaveBeenCalledWith({ path: appearance(true).icon });
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ text: '' });
  });

  it('puts Tend back when discreet mode is turned off', async () => {
    await applyAppearance(false);
    expect(browser.action.setTitle).toHaveBeenCalledWith({ title: 'Tend' });
    expect(browser.action.setIcon).toHaveBeenCalledWith({ path: appearance(false).icon });
  });

  it('also renames Firefox’s sidebar', async () => {
    vi.stubEnv('FIREFOX', true as never);
    const sidebar = firefox.sidebarAction as NonNullable<typeof firefox.sidebarAction>;
    const setTitle = vi.spyOn(sidebar, 'setTitle').mockResolvedValue(undefined);
    const setIcon = vi.spyOn(sidebar, 'setIcon').mockResolvedValue(undefined);
    try {
      await applyAppearance(true);
      expect(setTitle).toHaveBeenCalledWith({ title: NEUTRAL_TITLE });
      expect(setIcon).toHaveBeenCalledWith({ path: appearance(true).icon });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('keepAppearance', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    vi.resetModules();
  });

  it('applies the stored mode at once, and again when another page changes it', async () => {
    const { browser: fresh } = await import('wxt/browser');
    const setTitle = vi.spyOn(fresh.action, 'setTitle').mockResolvedValue(undefined as never);
    vi.spyOn(fresh.action, 'setIcon').mockResolvedValue(undefined as never);
    vi.spyOn(fresh.action, 'setBadgeText').mockResolvedValue(undefined as never);
    const { keepAppearance } = await import('@/lib/browser/discreet');
    keepAppearance();
    await vi.waitFor(() => expect(setTitle).toHaveBeenLastCalledWith({ title: 'Tend' }));

    // Another page (here, a second copy of the storage module) switches discreet mode on.
    vi.resetModules();
    const other = await import('@/lib/storage/storage');
    await other.write('discreetMode', true);
    await vi.waitFor(() => expect(setTitle).toHaveBeenLastCalledWith({ title: NEUTRAL_TITLE }));
  });
});
