/**
 * Tips on the user's sites, end to end in the test build (tests/e2e/fixtures.ts `testBuild`):
 * 127.0.0.1 serves the "community" pages and localhost the unrelated one. The card lives in a
 * closed shadow root that Playwright's locators cannot enter, so the tests read and click it
 * through the DevTools protocol, as a person would: by what is on screen and where.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { findTip } from '../../content';
import { makeBackup } from '../../lib/data/backup';
import { SITE_SCRIPT_FILE } from '../../lib/sites/site-scripts';
import {
  addSiteInOptions as addSite,
  test as base,
  COMMUNITY_PAGES,
  EXTENSION_DIR,
  expect,
  expectLeft,
  launch,
  openExtensionPage,
  pressShiftThreeTimes,
  putTendRow,
  removeFolder,
  type Site,
  serviceWorkerOf,
  startCommunitySite,
  tendWorlds,
  testBuild,
} from './fixtures';
import { ToolbarPopup } from './toolbar-popup';

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  community: Site;
}

const test = base.extend<Fixtures, { communityServer: { site: Site; server: Server } }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
  context: async ({}, use) => {
    const dir = testBuild();
    const context = await launch('', dir);
    // Close the first-run options tab, as a person would after confirming it.
    await expect.poll(() => context.pages().some((page) => page.url().endsWith('/options.html'))).toBe(true);
    for (const page of context.pages()) if (page.url().endsWith('/options.html')) await page.close();
    await use(context);
    await context.close();
    removeFolder(dir);
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  communityServer: [
    // biome-ignore lint/correctness/noEmptyPattern: as above.
    async ({}, use) => {
      const started = await startCommunitySite();
      await use(started);
      started.server.close();
    },
    { scope: 'worker' },
  ],
  community: async ({ communityServer }, use) => {
    await use(communityServer.site);
  },
});

const DEFAULT_TARGET = 'https://www.bbc.co.uk/weather';

/** Adds the site in settings, then pauses its tips there; returns the settings page. */
async function addPausedSite(context: BrowserContext, extensionId: string, address: string): Promise<Page> {
  const options = await addSite(context, extensionId, address);
  await options.getByRole('button', { name: 'Pause tips on 127.0.0.1 (http)' }).click();
  await expect(options.getByText('Tips paused')).toBeVisible();
  return options;
}

/** The default exit page, answered here: nothing leaves the machine. */
async function answerTheExitPage(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

async function openAt(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

interface CardNode {
  nodeId: number;
  nodeName: string;
  children?: CardNode[];
  shadowRoots?: (CardNode & { shadowRootType?: string })[];
  nodeValue?: string;
}

/** The closed shadow root of Tend's card, found through the DevTools protocol. */
async function closedRoot(cdp: CDPSession): Promise<CardNode | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CardNode };
  const walk = (node: CardNode): CardNode | undefined => {
    const closed = node.shadowRoots?.find((shadow) => shadow.shadowRootType === 'closed');
    if (closed) return closed;
    for (const child of node.children ?? []) {
      const found = walk(child);
      if (found) return found;
    }
    return undefined;
  };
  return walk(root);
}

const textOf = (node: CardNode): string =>
  node.nodeName === '#text'
    ? (node.nodeValue ?? '')
    : node.nodeName === 'STYLE'
      ? ''
      : (node.children ?? []).map(textOf).join(' ');

function findButton(node: CardNode, label: string): CardNode | undefined {
  if (node.nodeName === 'BUTTON' && textOf(node).trim() === label) return node;
  for (const child of node.children ?? []) {
    const found = findButton(child, label);
    if (found) return found;
  }
  return undefined;
}

class Card {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async on(page: Page): Promise<Card> {
    return new Card(page, await page.context().newCDPSession(page));
  }

  /** The card on `page`, once it shows. */
  static async shownOn(page: Page): Promise<Card> {
    const card = await Card.on(page);
    await expect.poll(() => card.text()).toContain('A note for later');
    return card;
  }

  async root(): Promise<CardNode | undefined> {
    return closedRoot(this.cdp);
  }

  async text(): Promise<string | undefined> {
    const root = await this.root();
    return root && textOf(root).replace(/\s+/g, ' ').trim();
  }

  /** Clicks a button of the card with the mouse, at the place it is drawn. */
  async click(label: string): Promise<void> {
    const root = await this.root();
    const button = root && findButton(root, label);
    if (!button) throw new Error(`No "${label}" button on the card`);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /** Clicks a button of the card the way a script would: `button.click()`, an untrusted event. */
  async clickByScript(label: string): Promise<void> {
    const root = await this.root();
    const button = root && findButton(root, label);
    if (!button) throw new Error(`No "${label}" button on the card`);
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId: button.nodeId })) as {
      object: { objectId: string };
    };
    await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { this.click(); }',
    });
  }

  /** The card's host box on the page (the light-DOM element that holds the shadow root). */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    const root = await this.root();
    const aside = root?.children?.find((child) => child.nodeName === 'ASIDE');
    if (!aside) throw new Error('No card');
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: aside.nodeId })) as {
      model: { border: number[]; width: number; height: number };
    };
    return { x: model.border[0] ?? 0, y: model.border[1] ?? 0, width: model.width, height: model.height };
  }

  async html(): Promise<string> {
    const root = await this.root();
    const parts = await Promise.all(
      (root?.children ?? []).map(
        async (child) =>
          ((await this.cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string }).outerHTML,
      ),
    );
    return parts.join('');
  }
}

/** Once the page is idle: Tend created no world in it, so no card either. */
async function expectNoTendCode(page: Page, extensionId: string): Promise<void> {
  await settle(page);
  expect(await tendWorlds(page, extensionId)).toBe(0);
  expect(await (await Card.on(page)).text()).toBeUndefined();
}

/** How many content scripts Tend has registered. */
function registeredScripts(worker: Worker): Promise<number> {
  return worker.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }
        ).chrome.scripting.getRegisteredContentScripts()
      ).length,
  );
}

/** Waits long enough for an idle page to have shown a card, for the tests that expect none. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 1500))));
}

/** Reads one of Tend's stored values from the worker (IndexedDB "tend", store "user-data"). */
function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(
    (key) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('tend');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('user-data').objectStore('user-data').get(key);
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        };
      }),
    key,
  );
}

test('no site is granted at install, and no script runs anywhere before a site is added', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  const manifest = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.content_scripts ?? []).toEqual([]);
  // The built tip script never opens storage (it would open the site's own IndexedDB).
  expect(readFileSync(join(EXTENSION_DIR, SITE_SCRIPT_FILE), 'utf8')).not.toMatch(/indexedDB/);
  // Even where the test build has the permission, nothing runs until the user adds the site.
  const page = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  await expectNoTendCode(page, extensionId);
});

test('after adding the site, a tip that fits appears on its pages, never on the unrelated site', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  await addSite(context, extensionId, community.url(COMMUNITY_PAGES.thread));

  const thread = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  // Someone typing a reply keeps their focus while the card appears.
  await thread.getByRole('textbox', { name: 'Write a reply' }).click();
  await thread.keyboard.type('Hello');
  const card = await Card.shownOn(thread);
  const threadText = (await card.text()) ?? '';
  const shownTip = async () => findTip(((await stored(worker, 'recentSiteTips')) as string[])[0] ?? '')?.tip;
  expect((await shownTip())?.tags).toContain('messaging');
  await expect(thread.getByRole('textbox', { name: 'Write a reply' })).toBeFocused();
  expect(threadText).toContain('Not now');
  expect(threadText).toContain('Quick exit');
  // The card covers none of the page's content or controls.
  const box = await card.box();
  const overlaps = await thread.evaluate((box) => {
    const hits: string[] = [];
    for (const el of document.querySelectorAll('main *, header *')) {
      const r = el.getBoundingClientRect();
      if (
        r.width &&
        r.height &&
        r.left < box.x + box.width &&
        box.x < r.right &&
        r.top < box.y + box.height &&
        box.y < r.bottom
      )
        hits.push(el.outerHTML.slice(0, 60));
    }
    return hits;
  }, box);
  expect(overlaps).toEqual([]);

  // The event page gets an event tip: one of the lines written for events.
  const event = await openAt(context, community.url(COMMUNITY_PAGES.event));
  const eventCard = await Card.shownOn(event);
  expect(await eventCard.text()).not.toBe(threadText);
  expect((await shownTip())?.tags).toContain('event');

  // localhost is another origin, not one of the user's sites: no script at all.
  const unrelated = await openAt(context, `${community.otherOrigin}${COMMUNITY_PAGES.unrelated}`);
  await expectNoTendCode(unrelated, extensionId);
});

test('"Add this site" in the popup adds the tab in front; the tip then appears there', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  const thread = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  await settle(thread);
  expect(await tendWorlds(thread, extensionId)).toBe(0);

  const popup = await ToolbarPopup.openOver(thread, worker);
  await popup.click('Add this site to My sites');
  await expect.poll(() => popup.text()).toContain('Added 127.0.0.1 (http) to My sites.');
  expect(await stored(worker, 'sites')).toEqual([expect.objectContaining({ pattern: 'http://127.0.0.1/*' })]);

  await thread.reload();
  await Card.shownOn(thread);

  // Over a site already added, the popup offers nothing more to add.
  const again = await ToolbarPopup.openOver(thread, worker);
  await again.settle();
  expect(await again.text()).toContain('Open the full guide and your tools');
  expect(await again.text()).not.toContain('Add this site');
});

test('wiping everything in the sidebar stops the script on the user’s sites', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  await (await addSite(context, extensionId, community.url(COMMUNITY_PAGES.thread))).close();
  await expect.poll(() => registeredScripts(worker)).toBe(1);

  const sidebar = await openExtensionPage(context, 'sidepanel.html#data');
  await sidebar.getByRole('button', { name: 'Wipe everything' }).click();
  await sidebar.getByRole('button', { name: 'Yes, wipe everything' }).click();
  await expect(sidebar.getByRole('status').filter({ hasText: 'was wiped' })).toBeVisible();
  await expect.poll(() => registeredScripts(worker)).toBe(0);

  const thread = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  await expectNoTendCode(thread, extensionId);
});

test('the page cannot read the tip or reach Tend, and axe finds no violations on the card', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  await addSite(context, extensionId, community.url(COMMUNITY_PAGES.profile));
  const page = await openAt(context, community.url(COMMUNITY_PAGES.profile));
  const card = await Card.shownOn(page);
  const line = ((await card.text()) ?? '').replace('A note for later', '').split(' More')[0]?.trim() ?? '';
  expect(line.length).toBeGreaterThan(10);

  // The page's own script: no open shadow root, no text, no way to message Tend.
  const seen = await page.evaluate(
    async ({ extensionId, line }) => {
      const roots = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot !== null).length;
      const chrome = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      let reached = false;
      try {
        const send = chrome?.runtime?.sendMessage as ((id: string, m: unknown) => Promise<unknown>) | undefined;
        reached = send ? (await send(extensionId, { type: 'site-tip', context: 'profile' })) !== undefined : false;
      } catch {
        reached = false;
      }
      const answers: unknown[] = [];
      addEventListener('message', (event) => answers.push(event.data));
      for (const data of [
        { type: 'site-tip', context: 'profile' },
        { type: 'site-tip-action', action: 'dismiss', tipId: 'have-backup' },
        { type: 'quick-exit' },
      ])
        postMessage(data, '*');
      await new Promise((done) => setTimeout(done, 500));
      return {
        roots,
        inText: document.body.textContent?.includes(line) || document.documentElement.outerHTML.includes(line),
        reached,
        answers: answers.length,
      };
    },
    { extensionId, line },
  );
  expect(seen).toEqual({ roots: 0, inText: false, reached: false, answers: 3 });
  // The page's own messages came back to the page only: nothing was dismissed and the page is still here.
  expect(await stored(worker, 'dismissedTips')).toBeUndefined();
  expect(page.url()).toBe(community.url(COMMUNITY_PAGES.profile));

  // axe cannot enter a closed shadow root: it checks an exact copy of the card's DOM and styles.
  const html = await card.html();
  await page.evaluate((html) => {
    const host = document.createElement('div');
    host.id = 'card-copy';
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.body.append(host);
  }, html);
  const results = await new AxeBuilder({ page }).include('#card-copy').analyze();
  expect(results.violations).toEqual([]);
});

test('not now snoozes the site; "don’t show this again" is remembered; removing the site stops the script', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  const options = await addSite(context, extensionId, community.url(COMMUNITY_PAGES.meetup));

  const meetup = await openAt(context, community.url(COMMUNITY_PAGES.meetup));
  let card = await Card.shownOn(meetup);
  await card.click('Don’t show this again');
  await expect.poll(() => card.text()).toBeUndefined();
  // The card goes at once; the background stores the choice as the message arrives.
  await expect.poll(async () => ((await stored(worker, 'dismissedTips')) as string[] | undefined)?.length).toBe(1);
  const dismissed = (await stored(worker, 'dismissedTips')) as string[];
  const recent = (await stored(worker, 'recentSiteTips')) as string[];
  expect(recent[0]).toBe(dismissed[0]);

  // The next pages never show the dismissed tip again.
  for (let i = 0; i < 4; i++) {
    await meetup.reload();
    card = await Card.shownOn(meetup);
    expect(((await stored(worker, 'recentSiteTips')) as string[])[0]).not.toBe(dismissed[0]);
  }

  await card.click('Not now');
  await expect.poll(() => card.text()).toBeUndefined();
  await expect
    .poll(async () => Object.keys(((await stored(worker, 'siteSnoozes')) as object | undefined) ?? {}))
    .toEqual(['http://127.0.0.1/*']);
  const event = await openAt(context, community.url(COMMUNITY_PAGES.event));
  await settle(event);
  expect(await tendWorlds(event, extensionId)).toBe(1);
  expect(await (await Card.on(event)).text()).toBeUndefined();

  // Remove the site: the script is unregistered and runs on none of its pages.
  await options.bringToFront();
  const mySites = options.getByRole('region', { name: 'My sites' });
  await mySites.getByRole('button', { name: 'Remove 127.0.0.1 (http)' }).click();
  await expect(mySites.getByRole('status')).toContainText('Removed 127.0.0.1');
  await expect.poll(() => registeredScripts(worker)).toBe(0);
  const after = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  await settle(after);
  expect(await tendWorlds(after, extensionId)).toBe(0);
});

test('pausing tips on the site shows no card; Shift three times still leaves at once', async ({
  context,
  extensionId,
  community,
}) => {
  await answerTheExitPage(context);
  await addPausedSite(context, extensionId, community.url(COMMUNITY_PAGES.event));

  const page = await openAt(context, community.url(COMMUNITY_PAGES.event));
  await settle(page);
  expect(await tendWorlds(page, extensionId)).toBe(1);
  expect(await (await Card.on(page)).text()).toBeUndefined();

  // Typing capitals is not an exit: another key between the Shifts starts the count again.
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+B');
  await page.keyboard.press('Shift+C');
  expect(page.url()).toBe(community.url(COMMUNITY_PAGES.event));

  await pressShiftThreeTimes(page);
  await expectLeft(page, DEFAULT_TARGET);
});

test('the card’s Quick exit button leaves; the in-page exit can be switched off', async ({
  context,
  extensionId,
  community,
}) => {
  await answerTheExitPage(context);
  await addSite(context, extensionId, community.url(COMMUNITY_PAGES.thread));

  const page = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  const card = await Card.shownOn(page);
  await card.click('Quick exit');
  await expectLeft(page, DEFAULT_TARGET);

  // The exit closed Tend's own tabs too (the default), so settings open afresh.
  const settings = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  await settings.getByRole('checkbox', { name: /Pressing Shift three times/ }).uncheck();
  const again = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  await expect.poll(async () => (await Card.on(again)).text()).toContain('A note for later');
  await pressShiftThreeTimes(again);
  await again.waitForTimeout(500);
  expect(again.url()).toBe(community.url(COMMUNITY_PAGES.thread));
});

test('"more" opens the guide at that tip', async ({ context, worker, extensionId, community }) => {
  await addSite(context, extensionId, community.url(COMMUNITY_PAGES.profile));
  const page = await openAt(context, community.url(COMMUNITY_PAGES.profile));
  const card = await Card.shownOn(page);
  const [tipId] = (await stored(worker, 'recentSiteTips')) as string[];
  await card.click('More');
  await expect.poll(() => card.text()).toBeUndefined();

  // Chrome opens the side panel from the click; where it cannot, the same view opens in a tab.
  const openedAt = async () => {
    const panels = await worker.evaluate(async () => {
      const chrome = (
        globalThis as unknown as {
          chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };
        }
      ).chrome;
      return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
    });
    const tabs = context.pages().map((p) => p.url());
    return [...panels, ...tabs].find((url) => url.includes('sidepanel.html')) ?? '';
  };
  await expect.poll(openedAt).toContain(`sidepanel.html#guide/`);
  expect(await openedAt()).toContain(`/${tipId}`);
  const tab = context.pages().find((p) => p.url().includes('sidepanel.html'));
  if (tab) await expect(tab.getByRole('heading', { name: findTip(tipId ?? '')?.section.title })).toBeVisible();
});

test('My sites refuses broad or malformed sites with a message and changes nothing; axe finds no violations', async ({
  context,
  extensionId,
  community,
}) => {
  // axe on two full pages takes a while on a busy machine.
  test.setTimeout(90_000);
  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  const mySites = options.getByRole('region', { name: 'My sites' });
  const field = mySites.getByRole('textbox', { name: 'Site address' });
  for (const bad of ['<all_urls>', '*://*/*', 'com', '*.co.uk', '192.168.0.0/16', 'file:///etc/passwd', 'not a site']) {
    await field.fill(bad);
    await field.press('Enter');
    await expect(mySites.getByRole('alert')).not.toBeEmpty();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  // On the Public Suffix List (its private and ICANN sections): refused before the browser is asked.
  for (const shared of ['https://*.herokuapp.com/*', 'co.il']) {
    await field.fill(shared);
    await field.press('Enter');
    await expect(mySites.getByRole('alert')).toContainText(`is shared by many different sites`);
  }
  await expect(mySites.getByRole('list', { name: 'Your sites' })).toHaveCount(0);

  await field.fill(community.url(COMMUNITY_PAGES.event));
  await mySites.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(mySites.getByRole('listitem')).toContainText('127.0.0.1 (http)');
  await field.fill(community.url(COMMUNITY_PAGES.thread));
  await field.press('Enter');
  await expect(mySites.getByRole('alert')).toHaveText('That site is already in your list.');
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

  // The sidebar's "My sites" tab shows the same list.
  const sidebar = await openAt(context, `chrome-extension://${extensionId}/sidepanel.html#sites`);
  await expect(sidebar.getByRole('tab', { name: 'My sites' })).toHaveAttribute('aria-selected', 'true');
  await expect(sidebar.getByRole('listitem')).toContainText('127.0.0.1 (http)');
  // Only My sites: the sidebar page itself (no main landmark yet) belongs to the sidebar's own work.
  expect((await new AxeBuilder({ page: sidebar }).include('.my-sites').analyze()).violations).toEqual([]);
});

test('a site stored before Tend used the full Public Suffix List is paused when settings or the sidebar first opens, with a message to re-add the one site', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const shared = 'https://*.herokuapp.com/*';
  const mine = 'http://127.0.0.1/*';
  const { version } = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const updatedFrom = async (sites: unknown) => {
    await putTendRow(worker, 'sites', sites);
    await putTendRow(worker, 'sitesReviewedFor', '0.0.1');
  };
  await updatedFrom([
    { pattern: shared, paused: false },
    { pattern: mine, paused: false },
  ]);
  // The background leaves the list as it is: only a view that carries the list checks it.
  expect(await stored(worker, 'sites')).toEqual([
    { pattern: shared, paused: false },
    { pattern: mine, paused: false },
  ]);

  const options = await openAt(context, `chrome-extension://${extensionId}/options.html`);
  const mySites = options.getByRole('region', { name: 'My sites' });
  const item = mySites.getByRole('listitem').filter({ hasText: 'herokuapp.com and its subdomains' });
  await expect(item).toContainText(
    'Paused: many different sites share this address, so Tend no longer runs its tips there. Remove it, then add the one site you use, like example.herokuapp.com.',
  );
  // Kept, paused; only Remove is offered for it. The user's other site is untouched.
  await expect(item.getByRole('button')).toHaveText(['Remove']);
  await expect(mySites.getByRole('listitem').filter({ hasText: '127.0.0.1 (http)' })).toContainText('Tips on');
  await expect
    .poll(() => stored(worker, 'sites'))
    .toEqual([
      { pattern: shared, paused: true },
      { pattern: mine, paused: false },
    ]);
  expect(await stored(worker, 'sitesReviewedFor')).toBe(version);
  expect((await new AxeBuilder({ page: options }).include('.my-sites').analyze()).violations).toEqual([]);
  await item.getByRole('button', { name: 'Remove herokuapp.com and its subdomains' }).click();
  await expect(mySites.getByRole('status')).toContainText('Removed herokuapp.com and its subdomains');
  expect(await stored(worker, 'sites')).toEqual([{ pattern: mine, paused: false }]);
  await options.close();

  // The sidebar checks as it opens, on its guide, before "My sites" is shown.
  await updatedFrom([{ pattern: shared, paused: false }]);
  const sidebar = await openAt(context, `chrome-extension://${extensionId}/sidepanel.html#guide`);
  await expect.poll(() => stored(worker, 'sites')).toEqual([{ pattern: shared, paused: true }]);
  expect(await stored(worker, 'sitesReviewedFor')).toBe(version);
  await sidebar.getByRole('tab', { name: 'My sites' }).click();
  await expect(sidebar.getByRole('listitem')).toContainText('Remove it, then add the one site you use');
});

test('an import leaves out a site on a public suffix with a message, and keeps the rest', async ({
  context,
  worker,
  extensionId,
}) => {
  const mine = { pattern: 'http://127.0.0.1/*', paused: false };
  const backup = makeBackup(
    { sites: [{ pattern: 'https://*.github.io/*', paused: false }, mine], firstRunDone: true },
    new Date(),
  );
  const sidebar = await openAt(context, `chrome-extension://${extensionId}/sidepanel.html#data`);
  await sidebar.getByLabel('Choose a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const leftOut =
    'One site in the backup is left out: “github.io and its subdomains”. Many different sites share that address. Add the one site you use under My sites.';
  await expect(sidebar.getByRole('status').filter({ hasText: 'left out' })).toHaveText(leftOut);
  await sidebar.getByRole('button', { name: 'Import “backup.json”' }).click();
  await sidebar.getByRole('button', { name: 'Yes, replace it' }).click();
  await expect(sidebar.getByRole('status').filter({ hasText: 'backup was imported' })).toHaveText(
    `Your backup was imported. ${leftOut}`,
  );
  expect(await stored(worker, 'sites')).toEqual([mine]);
});

test('blur until hover: the card’s words are blurred until pointed at', async ({ context, extensionId, community }) => {
  const options = await addSite(context, extensionId, community.url(COMMUNITY_PAGES.event));
  await options.getByRole('checkbox', { name: /Blur a tip’s words/ }).check();
  const page = await openAt(context, community.url(COMMUNITY_PAGES.event));
  const card = await Card.shownOn(page);
  expect(await card.html()).toContain('<aside class="blur"');
  const html = await card.html();
  // An exact copy in an open root shows what the closed one computes.
  const filters = await page.evaluate((html) => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.body.append(host);
    const words = host.shadowRoot?.querySelector('.words') as HTMLElement;
    return getComputedStyle(words).filter;
  }, html);
  expect(filters).toContain('blur');
});

test('quick exit in close mode (the default) closes every tab on the user’s sites and leaves other tabs', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  await answerTheExitPage(context);
  const options = await addSite(context, extensionId, community.url(COMMUNITY_PAGES.thread));
  // Closing is the default.
  await expect(options.getByRole('radio', { name: /Close the tab/ })).toBeChecked();
  const event = await openAt(context, community.url(COMMUNITY_PAGES.event));
  const elsewhere = await openAt(context, `${community.otherOrigin}${COMMUNITY_PAGES.unrelated}`);
  const thread = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  await thread.bringToFront();
  const closed = Promise.all([thread.waitForEvent('close'), event.waitForEvent('close')]);

  await worker.evaluate(() => (globalThis as unknown as { tendQuickExit(): Promise<void> }).tendQuickExit());

  await closed;
  await expect.poll(() => context.pages().map((page) => page.url())).toContain(DEFAULT_TARGET);
  const urls = context.pages().map((page) => page.url());
  expect(urls).toContain(elsewhere.url());
  expect(urls.some((url) => url.startsWith(community.origin))).toBe(false);
});

/**
 * What a page's own script can observe of Tend, recorded from the page's first moment (an init
 * script, like a site's first script): every window message, WXT's content-script event names for
 * this extension on window and document, and every change to the document. The parser's own
 * insertions and text, before DOMContentLoaded, are not Tend's and are left out.
 */
async function watchFromThePage(context: BrowserContext, extensionId: string): Promise<void> {
  await context.addInitScript((extensionId) => {
    const seen: string[] = [];
    Object.assign(window, { seenByPage: seen });
    addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`), true);
    for (const name of ['content-script-started', 'locationchange'])
      for (const target of [window, document])
        target.addEventListener(`${extensionId}:site-tips:wxt:${name}`, () => seen.push(`event ${name}`), true);
    let parsed = false;
    const note = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.type !== 'attributes' && !parsed) continue;
        const added = [...record.addedNodes].map((node) =>
          node instanceof Element ? `${node.nodeName}[${node.getAttributeNames().join(',')}]` : node.nodeName,
        );
        seen.push([record.type, record.target.nodeName, record.attributeName, ...added].filter(Boolean).join(' '));
      }
    };
    const observer = new MutationObserver(note);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    // The parser's records may still be waiting for delivery when parsing ends: sort them first.
    document.addEventListener('DOMContentLoaded', () => {
      note(observer.takeRecords());
      parsed = true;
    });
  }, extensionId);
}

const seenByPage = (page: Page) => page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage);

test('a page sees nothing of Tend while tips are paused, and only one bare element when a card shows', async ({
  context,
  extensionId,
  community,
}) => {
  await watchFromThePage(context, extensionId);
  const options = await addPausedSite(context, extensionId, community.url(COMMUNITY_PAGES.event));

  const paused = await openAt(context, community.url(COMMUNITY_PAGES.event));
  await settle(paused);
  // Tend's script did run there (it listens for the in-page exit), and the page saw none of it.
  expect(await tendWorlds(paused, extensionId)).toBe(1);
  expect(await seenByPage(paused)).toEqual([]);

  await options.getByRole('button', { name: 'Resume tips on 127.0.0.1 (http)' }).click();
  const active = await openAt(context, community.url(COMMUNITY_PAGES.event));
  await Card.shownOn(active);
  // One element with no attribute at all: its place and look live inside the closed root.
  expect(await seenByPage(active)).toEqual(['childList BODY DIV[]']);
});

test('only the person at the keyboard can leave: synthetic Shift presses and clicks do nothing', async ({
  context,
  worker,
  extensionId,
  community,
}) => {
  await answerTheExitPage(context);
  await addSite(context, extensionId, community.url(COMMUNITY_PAGES.thread));
  const listed = await openAt(context, community.url(COMMUNITY_PAGES.thread));
  const card = await Card.shownOn(listed);
  const elsewhere = await openAt(context, `${community.otherOrigin}${COMMUNITY_PAGES.unrelated}`);
  await elsewhere.bringToFront();
  const where = () => context.pages().map((page) => page.url());
  const before = where();

  const pressShiftFromThePage = (page: Page) =>
    page.evaluate(async () => {
      for (let i = 0; i < 3; i++) {
        for (const type of ['keydown', 'keyup'])
          for (const target of [window, document, document.body])
            target.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true }));
        await new Promise((done) => setTimeout(done, 50));
      }
    });
  // From a listed site in a background tab, with an unrelated site in front...
  await pressShiftFromThePage(listed);
  await elsewhere.waitForTimeout(1000);
  expect(where()).toEqual(before);
  // ...and from the listed site in front.
  await listed.bringToFront();
  await pressShiftFromThePage(listed);
  await listed.waitForTimeout(1000);
  expect(where()).toEqual(before);

  // A click a script dispatches on the card's buttons (here through the DevTools protocol) does nothing.
  for (const label of ['Quick exit', 'Don’t show this again']) await card.clickByScript(label);
  await listed.waitForTimeout(1000);
  expect(where()).toEqual(before);
  expect(await card.text()).toContain('A note for later');
  expect(await stored(worker, 'dismissedTips')).toBeUndefined();

  // The person's own Shift presses still leave.
  await pressShiftThreeTimes(listed);
  await expectLeft(listed, DEFAULT_TARGET);
  expect(elsewhere.url()).toBe(before[before.length - 1]);
});

test('the in-page exit works before a slow page has loaded, and on addresses that are not well formed', async ({
  context,
  extensionId,
  community,
}) => {
  await answerTheExitPage(context);
  // The page's one image is held for 10 s, so its load event cannot come before then.
  let imageSent = false;
  await context.route('**/slow-photo.png', async (route) => {
    await new Promise((done) => setTimeout(done, 10_000));
    imageSent = true;
    await route.fulfill({ status: 404 }).catch(() => undefined);
  });
  const slow = await startCommunitySite({
    '/members/slow':
      '<!doctype html><html lang="en"><title>Profile</title><h1>Profile</h1><img src="/slow-photo.png" alt="Photo"></html>',
  });
  try {
    await addSite(context, extensionId, community.url(COMMUNITY_PAGES.thread));
    const page = await context.newPage();
    await page.goto(slow.site.url('/members/slow'), { waitUntil: 'domcontentloaded' });
    await page.bringToFront();
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await pressShiftThreeTimes(page);
    await expectLeft(page, DEFAULT_TARGET, 8000);
    expect(imageSent).toBe(false);
  } finally {
    slow.server.close();
  }

  for (const path of ['/caf%E9', '/tags/100%']) {
    const page = await openAt(context, community.url(path));
    await Card.shownOn(page);
    await pressShiftThreeTimes(page);
    await expectLeft(page, DEFAULT_TARGET);
  }
});
