/**
 * Accessibility beyond axe (issue 18): Quick exit that every user can find and see, focus never
 * hidden under the sticky bars, reflow at 320 px, and axe on every view in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './fixtures';
import { ToolbarPopup } from './toolbar-popup';

/** Every view a person can open: the popup, each sidebar tool, the settings page and the check-in page. */
const VIEWS = [
  'popup.html',
  'sidepanel.html#guide',
  'sidepanel.html#boundaries',
  'sidepanel.html#safe-call',
  'sidepanel.html#aftercare',
  'sidepanel.html#timeline',
  'sidepanel.html#journal',
  'sidepanel.html#sites',
  'sidepanel.html#data',
  'options.html',
  'check-in.html',
] as const;

/** Opens `path` and waits until what it shows first (and Quick exit's hotkey) has rendered. */
async function openView(context: BrowserContext, path: string): Promise<Page> {
  const page = await openExtensionPage(context, path);
  await expect(quickExit(page)).toBeVisible();
  // The tool itself (each sidebar tab loads its code when first shown), not only the tab list.
  await expect(page.locator('main :is(a, input, textarea, select, button):not([role="tab"])').first()).toBeVisible();
  return page;
}

const quickExit = (page: Page) => page.getByRole('button', { name: 'Quick exit' });

/** What a border side looks like on screen: nothing, or its width, style and colour. */
async function drawnEdges(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    const sides = ['top', 'right', 'bottom', 'left'].map((side) => {
      const width = Number.parseFloat(style.getPropertyValue(`border-${side}-width`));
      const kind = style.getPropertyValue(`border-${side}-style`);
      const colour = style.getPropertyValue(`border-${side}-color`);
      const invisible = width === 0 || kind === 'none' || kind === 'hidden' || /rgba\(.*, 0\)$/.test(colour);
      return invisible ? 'none' : `${width} ${kind} ${colour}`;
    });
    const outline = Number.parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none';
    return [...sides, outline ? `outline ${style.outlineColor}` : 'no outline', `background ${style.backgroundColor}`];
  });
}

test.describe('forced colours (Windows High Contrast)', () => {
  for (const path of ['popup.html', 'sidepanel.html#boundaries', 'options.html']) {
    test(`Quick exit keeps a visible border in ${path}`, async ({ context }) => {
      const page = await openView(context, path);
      await page.setViewportSize({ width: 400, height: 700 });
      await page.emulateMedia({ forcedColors: 'active' });
      const edges = await drawnEdges(quickExit(page));
      expect(edges.slice(0, 4), 'every side of Quick exit').not.toContain('none');
      await page.screenshot({ path: `/tmp/a11y-shots/forced-${path.replace(/\W+/g, '-')}.png` });
    });
  }

  test('the selected tab differs from the others by more than weight', async ({ context }) => {
    const page = await openView(context, 'sidepanel.html#safe-call');
    await page.emulateMedia({ forcedColors: 'active' });
    const selected = await drawnEdges(page.getByRole('tab', { selected: true }));
    const other = await drawnEdges(page.getByRole('tab', { name: 'Journal' }));
    expect(selected).not.toEqual(other);
  });

  test('filled and destructive buttons keep their borders', async ({ context }) => {
    const page = await openView(context, 'sidepanel.html#data');
    await page.emulateMedia({ forcedColors: 'active' });
    const exportButton = page.getByRole('button', { name: 'Export everything' });
    expect((await drawnEdges(exportButton)).slice(0, 4)).not.toContain('none');
    await page.getByRole('button', { name: 'Wipe everything' }).click();
    const wipe = page.getByRole('button', { name: 'Yes, wipe everything' });
    const cancel = page.getByRole('button', { name: 'Cancel' });
    expect((await drawnEdges(wipe)).slice(0, 4)).not.toContain('none');
    expect(await drawnEdges(wipe)).not.toEqual(await drawnEdges(cancel));
    await page.setViewportSize({ width: 400, height: 700 });
    await page.screenshot({ path: '/tmp/a11y-shots/forced-wipe.png' });
  });
});

test.describe('Quick exit is described and has its hotkey', () => {
  for (const path of ['popup.html', 'sidepanel.html#guide', 'options.html']) {
    test(`in ${path}`, async ({ context }) => {
      const page = await openView(context, path);
      const button = quickExit(page);
      await expect(button).toHaveAccessibleDescription(/Leaves at once for your neutral page.*Shortcut: Alt\+Shift\+Q/);
      await expect(button).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+Q');
      await expect(page.locator('header kbd')).toHaveText('Alt+Shift+Q');
      await expect(page.locator('header kbd')).toBeVisible();
    });
  }

  test('the popup says how to reach Quick exit from the search box it starts in', async ({ openPopup }) => {
    const page = await openPopup();
    const search = page.getByRole('searchbox', { name: 'Search the guide' });
    await expect(search).toBeFocused();
    await expect(page.getByText('To leave at once, press Shift+Tab for Quick exit.')).toBeVisible();
    await expect(search).toHaveAccessibleDescription('To leave at once, press Shift+Tab for Quick exit.');
    await page.keyboard.press('Shift+Tab');
    await expect(quickExit(page)).toBeFocused();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any view (${colorScheme})`, async ({ context }) => {
    test.slow();
    for (const path of VIEWS) {
      const page = await openView(context, path);
      await page.emulateMedia({ colorScheme });
      expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
      await page.close();
    }
  });
}

/** The size each view is used at: the popup's own, and a narrow side panel for the rest. */
const sizeOf = (path: string) => (path === 'popup.html' ? { width: 380, height: 580 } : { width: 360, height: 640 });

interface TabStop {
  name: string;
  covered: boolean;
  quickExit: boolean;
}

/**
 * Presses `key` (Tab, or Shift+Tab to walk back up, where the browser scrolls each control to the
 * top edge, under a sticky header) from the page itself until focus leaves the page or comes round
 * again, and notes at each stop whether the element drawn at the centre of the focused one (or of
 * its first part on screen) is something else, such as a sticky bar.
 */
async function tabWalk(page: Page, key = 'Tab'): Promise<TabStop[]> {
  // Start from a place that is no Tab stop, at the top (walking down) or the end (walking up).
  await page.evaluate((up) => {
    const start = document.createElement('span');
    start.id = 'walk-start';
    start.tabIndex = -1;
    if (up) document.body.append(start);
    else document.body.prepend(start);
    start.focus();
    Object.assign(globalThis, { walked: new WeakSet([start]), last: start });
  }, key !== 'Tab');
  const stops: TabStop[] = [];
  for (let pressed = 0; pressed < 400; pressed++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(() => {
      const walk = globalThis as unknown as { walked: WeakSet<Element>; last?: Element | null };
      const element = document.activeElement;
      // Tab moves through a date field's parts without leaving it.
      if (element === walk.last) return 'same';
      walk.last = element;
      if (!element || element === document.body || walk.walked.has(element)) return undefined;
      walk.walked.add(element);
      // A link that wraps is drawn as several boxes: check the first one on screen.
      const boxes = [...element.getClientRects()];
      const box = boxes.find((part) => part.bottom > 0 && part.top < innerHeight) ?? element.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, innerHeight);
      const hit = document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2);
      const own =
        hit !== null && (element.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === element));
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim();
      return {
        name: `${element.tagName.toLowerCase()} ${element.id || label?.slice(0, 40) || (element as HTMLInputElement).name}`,
        covered: bottom <= top || !own,
        quickExit: element.classList.contains('quick-exit'),
      };
    });
    if (stop === 'same') continue;
    if (!stop) break;
    stops.push(stop);
  }
  await page.evaluate(() => document.getElementById('walk-start')?.remove());
  return stops;
}

test.describe('focus is never hidden under the sticky bars', () => {
  for (const path of VIEWS) {
    test(`Tab through ${path}`, async ({ context }) => {
      test.slow();
      const page = await openView(context, path);
      await page.setViewportSize(sizeOf(path));
      const stops = await tabWalk(page);
      expect(stops.length, 'tab stops').toBeGreaterThanOrEqual(3);
      expect(stops.findIndex((stop) => stop.quickExit) + 1, 'Tabs from the top to Quick exit').toBe(1);
      expect(stops.filter((stop) => stop.covered).map((stop) => stop.name)).toEqual([]);
      const back = await tabWalk(page, 'Shift+Tab');
      expect(back.length).toBe(stops.length);
      expect(back.filter((stop) => stop.covered).map((stop) => stop.name)).toEqual([]);
    });
  }
});

test.describe("reflow at 320 px and the user's font size", () => {
  for (const path of VIEWS) {
    test(`${path} at 320 px: no sideways scroll, Quick exit in view`, async ({ context }) => {
      const page = await openView(context, path);
      await page.setViewportSize({ width: 320, height: 480 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
        .toBe(0);
      const box = await quickExit(page).boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.y + box.height).toBeLessThanOrEqual(480);
    });
  }

  test('text follows the font size the user set in the browser', async ({ context }) => {
    const page = await openView(context, 'sidepanel.html#guide');
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe('15px');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
    await expect.poll(rootSize).toBe('22.5px');
  });

  test('the real toolbar popup is at least 360 px wide and does not scroll sideways', async ({
    context,
    worker,
    site,
  }) => {
    const page = await context.newPage();
    await page.goto(site.url('private'));
    const popup = await ToolbarPopup.openOver(page, worker);
    await popup.settle();
    const size = (await popup.evaluate(
      '({ width: innerWidth, scrollWidth: document.documentElement.scrollWidth })',
    )) as { width: number; scrollWidth: number };
    expect(size.width).toBeGreaterThanOrEqual(360);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.width);
  });
});

/** Focus is somewhere on the page, not dropped to its body. */
const focusKept = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body))
    .toBe(true);

test.describe('nothing changes silently and focus never drops', () => {
  test('removing things moves focus to a sensible place', async ({ context }) => {
    const page = await openView(context, 'sidepanel.html#boundaries');
    await page.getByRole('textbox', { name: 'Item', exact: true }).fill('Massage');
    await page.getByRole('textbox', { name: 'Item', exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Remove “Massage”' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed “Massage”' })).toBeVisible();
    await focusKept(page);

    await page.getByRole('tab', { name: 'Aftercare' }).click();
    await page.getByLabel('Add your own item').fill('Spare towel');
    await page.getByLabel('Add your own item').press('Enter');
    await page.getByRole('button', { name: 'Remove Spare towel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed “Spare towel”.' })).toBeVisible();
    await focusKept(page);

    await page.getByRole('tab', { name: 'Journal' }).click();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('button', { name: 'New entry' }).click();
    const deletes = page.getByRole('button', { name: /^Delete this entry from / });
    await expect(deletes).toHaveCount(2);
    await deletes.first().click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(deletes).toHaveCount(1);
    await focusKept(page);
  });

  test('locking and unlocking are announced and keep focus', async ({ context }) => {
    const page = await openView(context, 'sidepanel.html#data');
    await page.getByLabel('New passphrase').fill('correct horse battery staple');
    await page.getByLabel('The same passphrase again').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });
    await focusKept(page);

    await page.getByRole('tab', { name: 'Journal' }).click();
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Locked.' })).toBeAttached();
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();

    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Unlocked.' })).toBeAttached({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
    await focusKept(page);
  });

  test('names say what each control is', async ({ context }) => {
    const page = await openView(context, 'sidepanel.html#boundaries');
    await expect(page.getByRole('tablist', { name: 'Tools' })).toBeVisible();
    for (const tab of await page.getByRole('tab').all()) {
      const controls = await tab.getAttribute('aria-controls');
      if (controls) await expect(page.locator(`#${controls}`)).toBeAttached();
    }
    await expect(page.getByRole('heading', { name: 'Talking and signals', level: 3 })).toBeVisible();
  });

  test('the search count is read: its live region is there before the first search', async ({ openPopup }) => {
    const page = await openPopup();
    await expect(page.getByRole('status')).toBeAttached();
    await expect(page.getByRole('status')).toHaveText('');
    await page.getByRole('searchbox').fill('consent');
    await expect(page.getByRole('status')).toHaveText(/\d+ found/);
  });
});
