import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SITE_SCRIPT_ID, syncSiteScripts } from '@/lib/sites/site-scripts';

const granted = new Set<string>();
let registered: { id: string; matches?: string[] }[] = [];
const calls: string[] = [];

beforeEach(() => {
  granted.clear();
  registered = [];
  calls.length = 0;
  vi.spyOn(browser.permissions, 'contains').mockImplementation((async ({ origins }: { origins: string[] }) =>
    origins.every((origin) => granted.has(origin))) as never);
  Object.assign(browser, {
    scripting: {
      getRegisteredContentScripts: async () => registered,
      registerContentScripts: async (scripts: typeof registered) => {
        calls.push('register');
        registered = scripts;
      },
      updateContentScripts: async (scripts: typeof registered) => {
        calls.push('update');
        registered = scripts;
      },
      unregisterContentScripts: async () => {
        calls.push('unregister');
        registered = [];
      },
    },
  });
});

const site = (pattern: string, paused = false) => ({ pattern, paused });

describe('syncSiteScripts', () => {
  it('registers the script for exactly the user’s sites the browser has granted', async () => {
    granted.add('https://a.example/*').add('https://unlisted.example/*');
    const matches = await syncSiteScripts(async () => [site('https://a.example/*'), site('https://b.example/*', true)]);
    expect(matches).toEqual(['https://a.example/*']);
    expect(registered).toEqual([
      expect.objectContaining({
        id: SITE_SCRIPT_ID,
        matches: ['https://a.example/*'],
        js: ['site-tips.js'],
        runAt: 'document_start',
      }),
    ]);
  });

  it('updates the registration when a site is granted, and removes it when none is left', async () => {
    granted.add('https://a.example/*');
    await syncSiteScripts(async () => [site('https://a.example/*'), site('https://b.example/*')]);
    granted.add('https://b.example/*');
    await syncSiteScripts(async () => [site('https://a.example/*'), site('https://b.example/*')]);
    expect(registered[0]?.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    granted.clear();
    await syncSiteScripts(async () => [site('https://a.example/*'), site('https://b.example/*')]);
    expect(registered).toEqual([]);
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });

  it('runs one sync at a time, so overlapping calls never register twice', async () => {
    granted.add('https://a.example/*');
    const load = async () => [site('https://a.example/*')];
    await Promise.all([syncSiteScripts(load), syncSiteScripts(load), syncSiteScripts(load)]);
    expect(calls).toEqual(['register', 'update', 'update']);
  });
});
