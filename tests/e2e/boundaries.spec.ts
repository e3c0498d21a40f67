import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { findTip } from '../../content';
import { boundaryCategories } from '../../content/boundary-items';
import { records } from '../../lib/storage/stored-schema';
import { addCustomItem, type BoundaryList, shareContent } from '../../lib/tools/boundaries';
import { encodeShareCode, shareFile } from '../../lib/tools/boundary-share';
import {
  expect,
  firstRunPage,
  launch,
  openExtensionPage,
  removeFolder,
  saying,
  tendDatabaseRows,
  test,
} from './fixtures';

// A long page of radios driven step by step: allow more than the default on a shared two-core machine.
test.describe.configure({ timeout: 60_000 });

async function openBoundaries(context: BrowserContext): Promise<Page> {
  const page = await openExtensionPage(context, 'sidepanel.html#boundaries');
  await expect(page.getByRole('heading', { level: 2, name: 'Your boundaries' })).toBeVisible();
  return page;
}

const item = (page: Page, text: string) => page.getByRole('radiogroup', { name: text, exact: true });
const answer = (page: Page, text: string, label: 'Yes' | 'Maybe' | 'No' | 'Not set') =>
  item(page, text).getByRole('radio', { name: label, exact: true });

/** Every record in Tend's store, read straight from IndexedDB. */
function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((done, fail) => {
        const open = indexedDB.open('tend');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('user-data').objectStore('user-data');
          const keys = store.getAllKeys();
          const values = store.getAll();
          store.transaction.oncomplete = () => {
            db.close();
            done(Object.fromEntries(keys.result.map((key, index) => [String(key), values.result[index]])));
          };
        };
      }),
  );
}

/** Waits for the autosave (debounced) to reach IndexedDB. */
async function savedList(page: Page): Promise<BoundaryList> {
  return (await stored(page)).boundaries as BoundaryList;
}

/** The list the e2e user starts from: a few answers and an own item, set through the page. */
async function fillMyList(page: Page): Promise<void> {
  await answer(page, 'Biting', 'Yes').check();
  await answer(page, 'Hair pulling', 'Yes').check();
  await answer(page, 'Tickling', 'Maybe').check();
  await answer(page, 'Blindfolds', 'No').check();
  await page.getByRole('textbox', { name: 'Item', exact: true }).fill('Slow dancing');
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await answer(page, 'Slow dancing', 'Yes').check();
}

/** The partner's whole list, with "no" answers, as the partner's own Tend would hold it. */
function partnerList(): BoundaryList {
  let list: BoundaryList = {
    ...records.boundaries.fallback,
    ratings: { biting: 'maybe', 'hair-pulling': 'no', tickling: 'yes', blindfold: 'yes', 'safe-word': 'no' },
  };
  for (const [text, rating] of [
    ['slow  DANCING', 'maybe'],
    ['Partner secret wish', 'yes'],
    ['Partner private limit', 'no'],
  ] as const) {
    const added = addCustomItem(list, text, '', rating);
    if (!added.ok) throw new Error(added.error);
    list = added.list;
  }
  return list;
}

test('answers by mouse and keyboard, own items and notes survive a reload and a browser restart', async () => {
  // Two browser launches on one profile, as in the quick-exit restart tests.
  test.slow();
  const profile = mkdtempSync(join(tmpdir(), 'tend-boundaries-'));
  try {
    let context = await launch(profile);
    await (await firstRunPage(context)).close();
    let page = await openBoundaries(context);

    // Mouse: click the label.
    await item(page, 'Hair pulling').getByText('Yes', { exact: true }).click();
    await expect(answer(page, 'Hair pulling', 'Yes')).toBeChecked();
    // Keyboard: Tab into the group lands on its answer ("Not set"); arrows move and choose.
    await page.getByRole('button', { name: 'Add a note on “Scratching”' }).focus();
    await page.keyboard.press('Tab');
    await expect(answer(page, 'Hair pulling', 'Yes')).toBeFocused();
    await page.getByRole('button', { name: 'Add a note on “Hair pulling”' }).focus();
    await page.keyboard.press('Tab');
    await expect(answer(page, 'Being held or pinned down', 'Not set')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(answer(page, 'Being held or pinned down', 'Maybe')).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(answer(page, 'Being held or pinned down', 'No')).toBeChecked();

    // An own item with a note, added from the keyboard.
    await page.getByRole('textbox', { name: 'Item', exact: true }).fill('Slow dancing');
    await page.getByRole('textbox', { name: 'Note (optional)' }).fill('Only in the kitchen');
    await page.getByRole('textbox', { name: 'Item', exact: true }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Added “Slow dancing”' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Your own items' })).toBeVisible();
    await answer(page, 'Slow dancing', 'Maybe').check();
    await expect(page.getByRole('textbox', { name: 'Note on “Slow dancing”' })).toHaveValue('Only in the kitchen');

    // A note on a listed item; the page reloads straight after typing, before the autosave delay.
    await page.getByRole('button', { name: 'Add a note on “Biting”' }).click();
    const note = page.getByRole('textbox', { name: 'Note on “Biting”' });
    await expect(note).toBeFocused();
    await page.keyboard.type('Gently, and not where it shows');
    await page.reload();

    const check = async (p: Page, slowDancingNote: string) => {
      await expect(answer(p, 'Hair pulling', 'Yes')).toBeChecked();
      await expect(answer(p, 'Being held or pinned down', 'No')).toBeChecked();
      await expect(answer(p, 'Slow dancing', 'Maybe')).toBeChecked();
      await expect(answer(p, 'Biting', 'Not set')).toBeChecked();
      await expect(p.getByRole('textbox', { name: 'Note on “Slow dancing”' })).toHaveValue(slowDancingNote);
      await expect(p.getByRole('textbox', { name: 'Note on “Biting”' })).toHaveValue('Gently, and not where it shows');
    };
    await check(page, 'Only in the kitchen');

    // Answering never moved anything: the categories and items keep the catalogue's order.
    const order = await page.locator('.boundary-text').allTextContents();
    expect(order.slice(-1)).toEqual(['Slow dancing']);
    expect(order.indexOf('Hair pulling')).toBeLessThan(order.indexOf('Being held or pinned down'));

    // Closing the tab straight after typing loses nothing either.
    await page.getByRole('textbox', { name: 'Note on “Slow dancing”' }).fill('Only in the kitchen, at night');
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    // The closed tab's save is on disk before the browser quits: closing the whole browser a
    // moment after the tab is the browser's own shutdown race, not Tend's.
    const witness = await openExtensionPage(context, 'options.html');
    await expect.poll(() => witness.evaluate(tendDatabaseRows)).toContain('Only in the kitchen, at night');
    await context.close();

    context = await launch(profile);
    page = await openBoundaries(context);
    await check(page, 'Only in the kitchen, at night');
    await context.close();
  } finally {
    // Chromium may still be writing to the profile just after closing.
    removeFolder(profile);
  }
});

test('own items: empty, too long and duplicate are refused with a message and add nothing', async ({
  context,
  externalRequests,
}) => {
  const page = await openBoundaries(context);
  const field = page.getByRole('textbox', { name: 'Item', exact: true });
  const add = page.getByRole('button', { name: 'Add to my list' });
  for (const [text, message] of [
    ['   ', /Write the item first/],
    ['x'.repeat(121), /under 120 characters/],
    ['hair-pulling', /“Hair pulling” is already on your list, under Touch and intensity/],
  ] as const) {
    await field.fill(text);
    await add.click();
    await expect(saying(page, 'alert')).toHaveText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByRole('group', { name: 'Your own items' })).toHaveCount(0);
  expect((await stored(page)).boundaries).toBeUndefined();

  // An own item can be removed again, with its answer and note.
  await field.fill('Massage');
  await add.click();
  await answer(page, 'Massage', 'Yes').check();
  await page.getByRole('button', { name: 'Remove “Massage”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed “Massage” and its note.' })).toBeVisible();
  await expect(item(page, 'Massage')).toHaveCount(0);
  await expect.poll(async () => (await savedList(page))?.custom).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('the list saves as a file with every answer and note', async ({ context, externalRequests }) => {
  const page = await openBoundaries(context);
  await fillMyList(page);
  await page.getByRole('button', { name: 'Add a note on “Blindfolds”' }).click();
  await page.getByRole('textbox', { name: 'Note on “Blindfolds”' }).fill('Not yet');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save list as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^list-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync((await file.path()) as string, 'utf8'));
  expect(saved).toMatchObject({ kind: 'tend-boundaries-list', version: 1 });
  const items = new Map<string, { answer: string; note?: string }>(
    saved.groups.flatMap((group: { items: { text: string }[] }) => group.items.map((i) => [i.text, i])),
  );
  expect(items.get('Biting')?.answer).toBe('yes');
  expect(items.get('Tickling')?.answer).toBe('maybe');
  expect(items.get('Blindfolds')).toMatchObject({ answer: 'no', note: 'Not yet' });
  expect(items.get('Rope')?.answer).toBe('not set');
  expect(saved.groups.at(-1)).toMatchObject({
    title: 'Your own items',
    items: [{ text: 'Slow dancing', answer: 'yes' }],
  });
  expect(externalRequests).toEqual([]);
});

test('compare: only items both marked yes or maybe are shown; nothing is kept unless saved', async ({
  context,
  externalRequests,
}) => {
  const page = await openBoundaries(context);
  await fillMyList(page);
  await expect.poll(async () => Object.keys((await savedList(page))?.ratings ?? {}).length).toBe(5);
  const before = await stored(page);

  // My own share code holds only my yes and maybe answers.
  await expect(page.getByText('It holds the 4 items you marked Yes or Maybe')).toBeVisible();
  const myCode = await page.getByRole('textbox', { name: 'Your share code' }).inputValue();
  expect(Buffer.from(myCode, 'base64url').toString()).not.toMatch(/blindfold|"no"/);

  const code = encodeShareCode(shareContent(partnerList()));
  await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(code);
  await page.getByRole('button', { name: 'Compare' }).click();

  const result = page.getByRole('region', { name: 'What you both marked Yes or Maybe' });
  await expect(result.getByRole('listitem')).toHaveCount(3);
  await expect(result.getByRole('listitem').nth(0)).toContainText('Biting');
  await expect(result.getByRole('listitem').nth(0)).toContainText('You: Yes · Your partner: Maybe');
  await expect(result.getByRole('listitem').nth(1)).toContainText('Tickling');
  await expect(result.getByRole('listitem').nth(2)).toContainText('Slow dancing');
  // The partner's "no" (hair pulling), my "no" (blindfolds), and their own items nobody else has.
  await expect(result).not.toContainText('Hair pulling');
  await expect(result).not.toContainText('Blindfolds');
  const html = await page.content();
  expect(html).not.toContain('Partner secret wish');
  expect(html).not.toContain('Partner private limit');
  await expect(page.getByRole('textbox', { name: 'Your partner’s share code' })).toHaveValue('');

  // Nothing of the partner's was stored; after a reload the result is gone.
  expect(await stored(page)).toEqual(before);
  await page.reload();
  await expect(page.getByRole('region', { name: 'What you both marked Yes or Maybe' })).toHaveCount(0);

  // The same, from a share file; then saving is an explicit step.
  await page.getByLabel('Or open their share file').setInputFiles({
    name: 'share.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(shareFile(shareContent(partnerList())))),
  });
  await expect(result.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Save this result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Result saved' })).toBeVisible();
  await page.reload();
  const saved = page.getByRole('region', { name: 'Saved comparison' });
  await expect(saved.getByRole('listitem')).toHaveCount(3);
  const kept = (await stored(page)).boundaryComparison as { items: { text: string }[] };
  expect(kept.items.map((i) => i.text)).toEqual(['Biting', 'Tickling', 'Slow dancing']);
  expect(JSON.stringify(await stored(page))).not.toMatch(/Partner secret|Partner private/);

  await saved.getByRole('button', { name: 'Forget saved result' }).click();
  await expect(saved).toHaveCount(0);
  expect((await stored(page)).boundaryComparison).toBeNull();
  expect(externalRequests).toEqual([]);
});

test('compare: "Me taking charge" matches the partner’s "My partner taking charge", never their own "Me taking charge"', async ({
  context,
}) => {
  const page = await openBoundaries(context);
  await answer(page, 'Me taking charge', 'Yes').check();
  await answer(page, 'Toys used on me', 'Maybe').check();
  // The partner also wants to take charge, and is open to toys used on them (on "their partner", from my side: no).
  const partner: BoundaryList = {
    ...records.boundaries.fallback,
    ratings: { 'taking-charge': 'yes', 'being-led': 'maybe', 'toys-on-me': 'yes' },
  };
  await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(encodeShareCode(shareContent(partner)));
  await page.getByRole('button', { name: 'Compare' }).click();

  const result = page.getByRole('region', { name: 'What you both marked Yes or Maybe' });
  await expect(result.getByRole('listitem')).toHaveCount(1);
  await expect(result.getByRole('listitem').nth(0)).toContainText('Me taking charge');
  await expect(result.getByRole('listitem').nth(0)).toContainText('You: Yes · Your partner: Maybe');
  await expect(result).not.toContainText('Toys used on me');
});

test('compare: a malformed or wrong code gets a clear message and changes nothing', async ({
  context,
  externalRequests,
}) => {
  const page = await openBoundaries(context);
  await fillMyList(page);
  await expect.poll(async () => Object.keys((await savedList(page))?.ratings ?? {}).length).toBe(5);
  const before = await stored(page);
  const field = page.getByRole('textbox', { name: 'Your partner’s share code' });

  for (const [code, message] of [
    ['this is not a code', /not a Tend share code/],
    [encodeShareCode(shareContent(partnerList())).slice(0, 40), /not a Tend share code/],
    [JSON.stringify({ kind: 'tend-boundaries', version: 9 }), /newer version of Tend/],
  ] as const) {
    await field.fill(code);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(saying(page, 'alert')).toHaveText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('region', { name: 'What you both marked Yes or Maybe' })).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
  expect(externalRequests).toEqual([]);
});

test('printing shows the answers as words and hides every control', async ({ context }) => {
  const page = await openBoundaries(context);
  await fillMyList(page);
  await page.getByRole('button', { name: 'Add a note on “Biting”' }).click();
  await page.getByRole('textbox', { name: 'Note on “Biting”' }).fill('Gently');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.locator('header.bar')).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  for (const radio of await page.getByRole('radio').all()) await expect(radio).toBeHidden();
  for (const box of await page.getByRole('textbox').all()) await expect(box).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Compare with a partner' })).toBeHidden();

  const biting = page.locator('.boundary-item', { has: page.getByText('Biting', { exact: true }) });
  await expect(biting.locator('.print-only').first()).toHaveText('Yes');
  await expect(biting.getByText('Gently', { exact: true })).toBeVisible();
  const rope = page.locator('.boundary-item', { has: page.getByText('Rope', { exact: true }) });
  await expect(rope.locator('.print-only')).toHaveText('Not set');

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(biting.locator('.print-only').first()).toBeHidden();
});

test('the boundaries tab has no axe violations, with a note, a result and a message on screen', async ({
  context,
  externalRequests,
}) => {
  // axe reads a long page of radios; give it room on a shared machine.
  test.slow();
  const page = await openBoundaries(context);
  await fillMyList(page);
  await page.getByRole('button', { name: 'Add a note on “Biting”' }).click();
  await page.getByRole('textbox', { name: 'Note on “Biting”' }).fill('Gently');
  await page
    .getByRole('textbox', { name: 'Your partner’s share code' })
    .fill(encodeShareCode(shareContent(partnerList())));
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('button', { name: 'Save this result' }).click();
  await page
    .getByRole('textbox', { name: 'Your partner’s share code' })
    .fill(encodeShareCode(shareContent(partnerList())));
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('region', { name: 'Saved comparison' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What you both marked Yes or Maybe' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('textbox', { name: 'Item', exact: true }).fill('Biting');
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(saying(page, 'alert')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('an item the guide speaks about links to that tip, which opens in the guide', async ({ context }) => {
  const linked = boundaryCategories.flatMap((category) => category.items).find((entry) => entry.tipId);
  const placed = linked?.tipId ? findTip(linked.tipId) : undefined;
  if (!linked || !placed) throw new Error('a boundary item names a guide tip');
  const page = await openBoundaries(context);
  const link = page.getByRole('link', { name: `Read the guide about “${placed.tip.title}”` });
  await expect(link).toHaveAttribute('href', `#guide/${placed.section.id}/${placed.tip.id}`);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await link.click();
  await expect(page.getByRole('tab', { name: 'Guide' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article', { name: placed.tip.title })).toBeFocused();
});
