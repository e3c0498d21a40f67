/**
 * Tips on a listed site, in the Firefox test build: a copy of the shipped build whose manifest
 * grants 127.0.0.1, as if the person had allowed it at the prompt (tests/e2e/fixtures.ts `testBuild`).
 */

import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { COMMUNITY_PAGES, removeFolder, type Site, startCommunitySite, testBuild } from '../e2e/fixtures';
import {
  test as base,
  bidi,
  byRole,
  contextOf,
  expect,
  FIREFOX_BUILD,
  openPage,
  openTabs,
  pause,
  tendUrl,
  textOf,
} from './fixtures';

/** Firefox's own `browser` global in Tend's pages, where the code given to `evaluate` runs (no auto-imported type since WXT's auto-imports are off). */
declare const browser: typeof import('wxt/browser').browser;

const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
  extension: async ({}, use) => {
    const dir = testBuild({ hosts: ['http://127.0.0.1/*'] }, FIREFOX_BUILD);
    await use(dir);
    removeFolder(dir);
  },
});

let community: Site;
let server: Server;
test.beforeAll(async () => {
  ({ site: community, server } = await startCommunitySite());
});
test.afterAll(() => server.close());

interface SerializedNode {
  value?: { nodeType?: number; nodeValue?: string; localName?: string; children?: SerializedNode[] } & {
    shadowRoot?: SerializedNode | null;
  };
}

const textIn = (node: SerializedNode | null | undefined): string =>
  !node?.value
    ? ''
    : node.value.localName === 'style'
      ? ''
      : (node.value.nodeValue ?? '') +
        textIn(node.value.shadowRoot) +
        (node.value.children ?? []).map(textIn).join(' ');

/**
 * The words of Tend's card, which sits in a closed shadow root that no page script (nor
 * puppeteer's locators) can enter: BiDi serializes the DOM with closed roots included.
 */
async function cardText(firefox: Browser, page: Page): Promise<string> {
  const { result } = await bidi(firefox).send('script.evaluate', {
    expression: 'document.body.lastElementChild',
    target: { context: contextOf(page) },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 30, includeShadowTree: 'all' },
  });
  return textIn((result as { result?: SerializedNode }).result).replace(/\s+/g, ' ');
}

test('on a listed site the card shows; real Shift three times exits, synthetic presses do nothing', async ({
  firefox,
}) => {
  const options = await openPage(firefox, tendUrl('options.html'));
  const granted = await options.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
  expect(granted).toBe(true);
  const weather = `${community.otherOrigin}/weather`;
  await byRole(options, 'field', 'Exit page').fill(weather);
  await options.keyboard.press('Enter');
  await expect.poll(() => textOf(options)).toContain('Saved. Quick exit now goes to');
  const thread = community.url(COMMUNITY_PAGES.thread);
  await byRole(options, 'field', 'Site address').fill(thread);
  await byRole(options, 'button', 'Add').click();
  await expect.poll(() => textOf(options)).toContain('Added ');

  const page = await openPage(firefox, thread);
  await expect.poll(() => cardText(firefox, page), { timeout: 15_000 }).toContain('A note for later');
  expect(await cardText(firefox, page)).toContain('Quick exit');

  // The page's own script pressing Shift three times leaves nothing changed.
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      for (const type of ['keydown', 'keyup'])
        for (const target of [window, document, document.body])
          target.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true }));
      await new Promise((done) => setTimeout(done, 50));
    }
  });
  await pause(1000);
  expect(await openTabs(firefox)).toContain(thread);

  // The person's own Shift presses leave.
  await page.bringToFront();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect.poll(() => openTabs(firefox)).toContain(weather);
  expect(await openTabs(firefox)).not.toContain(thread);
});
