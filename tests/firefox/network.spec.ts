import type { Server } from 'node:http';
import type { Browser } from 'puppeteer-core';
import { type Site, startSite } from '../e2e/fixtures';
import {
  byRole,
  closeFirstRunTab,
  expect,
  launchFirefox,
  openPage,
  type RecordingProxy,
  startRecordingProxy,
  tendUrl,
  test,
  textOf,
} from './fixtures';

let site: Site;
let server: Server;
test.beforeAll(async () => {
  ({ site, server } = await startSite());
});
test.afterAll(() => server.close());

/** An outside address, opened in a tab: the proxy must see it, proving it sees the browser's traffic. */
const CONTROL = 'http://example.com/';

/** Browses the local site, then (with Tend) uses the popup and the sidebar, then opens the control tab. */
async function browse(firefox: Browser, withTend: boolean, proxy: RecordingProxy): Promise<void> {
  await openPage(firefox, site.url('reading'));
  if (withTend) {
    const popup = await openPage(firefox, tendUrl('popup.html'));
    await byRole(popup, 'field', 'Search the guide').fill('aftercare');
    await expect.poll(() => textOf(popup)).toMatch(/\d+ found/);
    const sidebar = await openPage(firefox, tendUrl('sidepanel.html#aftercare'));
    await byRole(sidebar, 'field', 'What I need afterwards').fill('Tea');
    await openPage(firefox, tendUrl('options.html'));
  }
  await openPage(firefox, site.url('reading-more'));
  void (await firefox.newPage()).goto(CONTROL).catch(() => undefined);
  await expect.poll(() => proxy.requests).toContain(`GET ${CONTROL}`);
}

test('zero network: Tend adds no request to what Firefox sends without it; the proxy sees a control request', async () => {
  const seen: Record<'without' | 'with', string[]> = { without: [], with: [] };
  for (const run of ['without', 'with'] as const) {
    const proxy = await startRecordingProxy();
    const firefox = await launchFirefox(proxy, run === 'with' ? undefined : false);
    try {
      if (run === 'with') await closeFirstRunTab(firefox);
      await browse(firefox, run === 'with', proxy);
    } finally {
      await firefox.close();
      proxy.close();
    }
    seen[run] = proxy.requests;
  }
  // The control tab's own requests (its page, and its icon fetched at some point after) set aside.
  const others = (requests: string[]) => requests.filter((request) => !request.includes(new URL(CONTROL).host));
  const added = others(seen.with).filter((request) => !others(seen.without).includes(request));
  expect(added, 'requests only Tend’s run made').toEqual([]);
  expect(others(seen.with), 'requests that left the machine with Tend').toEqual([]);
});
