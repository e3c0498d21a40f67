import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { findTip } from '../../content';
import { boundaryCategories } from '../../content/boundary-items';
import { records } from '../../lib/storage/stored-schema';
import {
  addCustomItem,
  type BoundaryList,
  DIRECTION_LABELS,
  type Direction,
  shareContent,
} from '../../lib/tools/boundaries';
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
type Label = 'Yes' | 'Maybe' | 'No' | 'Not set';
const answer = (page: Page, text: string, label: Label) =>
  item(page, text).getByRole('radio', { name: label, exact: true });
/** One way round of an item with direction: its group is named by the item and the way. */
const way = (page: Page, text: string, direction: Direction, label: Label) =>
  answer(page, `${text} ${DIRECTION_LABELS[direction]}`, label);

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
  await answer(page, 'Hard or intense kissing', 'Yes').check();
  await answer(page, 'Fast, vigorous sex', 'Yes').check();
  await answer(page, 'Vibrators', 'Maybe').check();
  await answer(page, 'Condoms', 'No').check();
  await page.getByRole('textbox', { name: 'Item', exact: true }).fill('Slow dancing');
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await answer(page, 'Slow dancing', 'Yes').check();
}

/** The partner's whole list, with "no" answers, as the partner's own Tend would hold it. */
function partnerList(): BoundaryList {
  let list: BoundaryList = {
    ...records.boundaries.fallback,
    ratings: { 'hard-kissing': 'maybe', 'fast-vigorous': 'no', vibrators: 'yes', condoms: 'yes', 'safe-word': 'no' },
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
    await item(page, 'Hard or intense kissing').getByText('Yes', { exact: true }).click();
    await expect(answer(page, 'Hard or intense kissing', 'Yes')).toBeChecked();
    // Keyboard: Tab into the group lands on its answer ("Not set"); arrows move and choose.
    await page
      .getByRole('button', { name: 'Add a note on “Talking afterwards about what we liked and did not”' })
      .focus();
    await page.keyboard.press('Tab');
    await expect(answer(page, 'Hard or intense kissing', 'Yes')).toBeFocused();
    // "Curious, haven't tried" comes with the Yes, then the item's note.
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('checkbox', { name: 'Curious, haven’t tried (“Hard or intense kissing”)' }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Add a note on “Hard or intense kissing”' }).focus();
    await page.keyboard.press('Tab');
    await expect(answer(page, 'Fast, vigorous sex', 'Not set')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(answer(page, 'Fast, vigorous sex', 'Maybe')).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(answer(page, 'Fast, vigorous sex', 'No')).toBeChecked();

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
      await expect(answer(p, 'Hard or intense kissing', 'Yes')).toBeChecked();
      await expect(answer(p, 'Fast, vigorous sex', 'No')).toBeChecked();
      await expect(answer(p, 'Slow dancing', 'Maybe')).toBeChecked();
      await expect(way(p, 'Biting', 'give', 'Not set')).toBeChecked();
      await expect(p.getByRole('textbox', { name: 'Note on “Slow dancing”' })).toHaveValue(slowDancingNote);
      await expect(p.getByRole('textbox', { name: 'Note on “Biting”' })).toHaveValue('Gently, and not where it shows');
    };
    await check(page, 'Only in the kitchen');

    // Answering never moved anything: the categories and items keep the catalogue's order.
    const order = await page.locator('.boundary-text').allTextContents();
    expect(order.slice(-1)).toEqual(['Slow dancing']);
    expect(order.indexOf('Hard or intense kissing')).toBeLessThan(order.indexOf('Fast, vigorous sex'));

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
  await page.getByRole('button', { name: 'Add a note on “Condoms”' }).click();
  await page.getByRole('textbox', { name: 'Note on “Condoms”' }).fill('Not yet');
  await way(page, 'Rope', 'receive', 'Maybe').check();
  await page.getByRole('checkbox', { name: 'Curious, haven’t tried (“Rope”, They do it to me)' }).check();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save list as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^list-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync((await file.path()) as string, 'utf8'));
  expect(saved).toMatchObject({ kind: 'tend-boundaries-list', version: 2 });
  const items = new Map<string, { answers: unknown[]; note?: string }>(
    saved.groups.flatMap((group: { items: { text: string }[] }) => group.items.map((i) => [i.text, i])),
  );
  expect(items.get('Hard or intense kissing')?.answers).toEqual([{ answer: 'yes' }]);
  expect(items.get('Vibrators')?.answers).toEqual([{ answer: 'maybe' }]);
  expect(items.get('Condoms')).toMatchObject({ answers: [{ answer: 'no' }], note: 'Not yet' });
  expect(items.get('Rope')?.answers).toEqual([
    { way: 'I do it to them', answer: 'not set' },
    { way: 'They do it to me', answer: 'maybe', curious: true },
  ]);
  expect(saved.groups.at(-1)).toMatchObject({
    title: 'Your own items',
    items: [{ text: 'Slow dancing', answers: [{ answer: 'yes' }] }],
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
  await expect(page.getByText('It holds the 4 answers you marked Yes or Maybe')).toBeVisible();
  const myCode = await page.getByRole('textbox', { name: 'Your share code' }).inputValue();
  expect(Buffer.from(myCode, 'base64url').toString()).not.toMatch(/condoms|"no"/);

  const code = encodeShareCode(shareContent(partnerList()));
  await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(code);
  await page.getByRole('button', { name: 'Compare' }).click();

  const result = page.getByRole('region', { name: 'What you both marked Yes or Maybe' });
  await expect(result.getByRole('listitem')).toHaveCount(3);
  await expect(result.getByRole('listitem').nth(0)).toContainText('Hard or intense kissing');
  await expect(result.getByRole('listitem').nth(0)).toContainText('You: Yes · Your partner: Maybe');
  await expect(result.getByRole('listitem').nth(1)).toContainText('Vibrators');
  await expect(result.getByRole('listitem').nth(2)).toContainText('Slow dancing');
  // The partner's "no" (fast, vigorous sex), my "no" (condoms), and their own items nobody else has.
  await expect(result).not.toContainText('Fast, vigorous sex');
  await expect(result).not.toContainText('Condoms');
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
  expect(kept.items.map((i) => i.text)).toEqual(['Hard or intense kissing', 'Vibrators', 'Slow dancing']);
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

test('direction and curious: each way round is its own answer, "I do it to them" matches "They do it to me", a curious mark is never shared', async ({
  context,
  externalRequests,
}) => {
  const page = await openBoundaries(context);
  // Keyboard alone: Tab from the note of the item before into Biting's first way round, arrows choose.
  await page.getByRole('button', { name: 'Add a note on “Fast, vigorous sex”' }).focus();
  await page.keyboard.press('Tab');
  await expect(way(page, 'Biting', 'give', 'Not set')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(way(page, 'Biting', 'give', 'Yes')).toBeChecked();
  await page.keyboard.press('Tab');
  const curious = page.getByRole('checkbox', { name: 'Curious, haven’t tried (“Biting”, I do it to them)' });
  await expect(curious).toBeFocused();
  await page.keyboard.press('Space');
  await expect(curious).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(way(page, 'Biting', 'receive', 'Not set')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(way(page, 'Biting', 'receive', 'Yes')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(way(page, 'Biting', 'receive', 'Maybe')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(way(page, 'Biting', 'receive', 'No')).toBeChecked();
  // A "No" takes no curious mark.
  await expect(page.getByRole('checkbox', { name: 'Curious, haven’t tried (“Biting”, They do it to me)' })).toHaveCount(
    0,
  );
  await way(page, 'Rope', 'receive', 'Maybe').check();

  await expect
    .poll(async () => (await savedList(page))?.ratings)
    .toEqual({ 'biting:give': 'yes', 'biting:receive': 'no', 'rope:receive': 'maybe' });
  expect((await savedList(page)).curious).toEqual(['biting:give']);
  await page.reload();
  await expect(way(page, 'Biting', 'give', 'Yes')).toBeChecked();
  await expect(curious).toBeChecked();
  await expect(way(page, 'Biting', 'receive', 'No')).toBeChecked();

  // My code carries the way round and no curious mark.
  const myCode = await page.getByRole('textbox', { name: 'Your share code' }).inputValue();
  const mine = JSON.parse(Buffer.from(myCode, 'base64url').toString());
  expect(mine).toEqual({
    kind: 'tend-boundaries',
    version: 2,
    items: { 'biting:give': 'yes', 'rope:receive': 'maybe' },
    custom: [],
  });

  // The partner wants to bite too (same way round: no match) and to be bitten (a match); they tie me up.
  const partner: BoundaryList = {
    ...records.boundaries.fallback,
    ratings: { 'biting:give': 'yes', 'biting:receive': 'maybe', 'rope:give': 'yes' },
  };
  await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(encodeShareCode(shareContent(partner)));
  await page.getByRole('button', { name: 'Compare' }).click();
  const result = page.getByRole('region', { name: 'What you both marked Yes or Maybe' });
  await expect(result.getByRole('listitem')).toHaveText([
    /^Biting: You do it to them \(Touch and intensity\)You: Yes · Your partner: Maybe$/,
    /^Rope: They do it to you \(Restraint\)You: Maybe · Your partner: Yes$/,
  ]);

  // Axe on both ways round, a curious mark and a result that names the way round.
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A version 1 code (no way round) matches either way, and says so.
  const v1 = Buffer.from(
    JSON.stringify({ kind: 'tend-boundaries', version: 1, items: { biting: 'maybe' }, custom: [] }),
  ).toString('base64url');
  await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(v1);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'from an older Tend' })).toBeVisible();
  await expect(result.getByRole('listitem')).toHaveCount(1);
  await expect(result.getByRole('listitem')).toContainText('Biting: You do it to them');
  await expect(result.getByRole('listitem')).toContainText('Their code did not say which way round');

  // A v2 code naming an unknown item or way round is refused, and the result on screen stays.
  for (const items of [{ 'no-such-item': 'yes' }, { 'biting:sideways': 'yes' }, { biting: 'yes' }]) {
    const bad = Buffer.from(JSON.stringify({ kind: 'tend-boundaries', version: 2, items, custom: [] })).toString(
      'base64url',
    );
    await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(bad);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(saying(page, 'alert')).toHaveText(/items this version of Tend does not know/);
    await expect(result.getByRole('listitem')).toHaveCount(1);
  }
  expect(externalRequests).toEqual([]);
});

test('unconfirmed: an answer from an older backup is kept both ways round, shown as not confirmed, and compared only once confirmed', async ({
  context,
  externalRequests,
}) => {
  const page = await openExtensionPage(context, 'sidepanel.html#data');
  const older = {
    kind: 'tend-backup',
    schemaVersion: 5,
    exportedAt: '2026-11-01T10:00:00.000Z',
    data: {
      boundaries: {
        ratings: { biting: 'yes', 'hard-kissing': 'maybe' },
        notes: { biting: 'Gently, not the neck' },
        custom: [],
      },
    },
  };
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(older)),
  });
  await page.getByRole('button', { name: 'Import “backup.json”' }).click();
  await page.getByRole('button', { name: 'Yes, replace it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'backup was imported' })).toBeVisible();

  await page.goto(page.url().replace('#data', '#boundaries'));
  await page.reload();
  await expect(page.getByText('2 answers are marked “Not confirmed yet”')).toBeVisible();
  await expect(way(page, 'Biting', 'give', 'Yes')).toBeChecked();
  await expect(way(page, 'Biting', 'receive', 'Yes')).toBeChecked();
  await expect(answer(page, 'Hard or intense kissing', 'Maybe')).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Note on “Biting”' })).toHaveValue('Gently, not the neck');
  const biting = page.locator('.boundary-item', { has: page.getByText('Biting', { exact: true }) });
  await expect(biting.locator('.kept')).toHaveCount(2);
  await expect(item(page, 'Biting I do it to them')).toHaveAccessibleDescription(/Not confirmed yet/);

  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Not in my code, and so in no comparison, until confirmed.
  const partner: BoundaryList = {
    ...records.boundaries.fallback,
    ratings: { 'biting:give': 'yes', 'biting:receive': 'yes', 'hard-kissing': 'yes' },
  };
  const compare = async () => {
    await page.getByRole('textbox', { name: 'Your partner’s share code' }).fill(encodeShareCode(shareContent(partner)));
    await page.getByRole('button', { name: 'Compare' }).click();
  };
  await expect(page.getByText('It holds the 1 answer you marked Yes or Maybe')).toBeVisible();
  await compare();
  const result = page.getByRole('region', { name: 'What you both marked Yes or Maybe' });
  await expect(result.getByRole('listitem')).toHaveText([/^Hard or intense kissing/]);

  // Confirm one way round with the keyboard; change the other.
  await page.getByRole('button', { name: 'Confirm “Biting”, They do it to me' }).focus();
  await page.keyboard.press('Enter');
  // The button goes with the mark; focus moves on to the answer it confirmed.
  await expect(way(page, 'Biting', 'receive', 'Yes')).toBeFocused();
  await way(page, 'Biting', 'give', 'No').check();
  await expect(biting.locator('.kept')).toHaveCount(0);
  await expect(page.getByText(/marked “Not confirmed yet”/)).toHaveCount(0);
  await expect.poll(async () => (await savedList(page))?.unconfirmed).toEqual([]);
  await compare();
  await expect(result.getByRole('listitem')).toHaveText([/^Hard or intense kissing/, /^Biting: They do it to you/]);
  await page.reload();
  await expect(way(page, 'Biting', 'receive', 'Yes')).toBeChecked();
  await expect(way(page, 'Biting', 'give', 'No')).toBeChecked();
  await expect(biting.locator('.kept')).toHaveCount(0);
  expect(externalRequests).toEqual([]);
});

test('one at a time: one item with its answers and progress, the unanswered filter, all by keyboard', async ({
  context,
}) => {
  const page = await openBoundaries(context);
  const total = boundaryCategories.flatMap((category) => category.items).length;
  const first = boundaryCategories[0]?.items[0]?.text ?? '';
  const second = boundaryCategories[0]?.items[1]?.text ?? '';
  await answer(page, second, 'No').check();

  const mode = page.getByRole('button', { name: 'One item at a time' });
  await mode.focus();
  await page.keyboard.press('Enter');
  await expect(mode).toHaveAttribute('aria-pressed', 'true');
  const view = page.getByRole('region', { name: 'One item at a time' });
  await expect(view.locator('.boundary-text')).toHaveText([first]);
  await expect(view.getByText(`Item 1 of ${total}, in Talking and signals. 1 of ${total} answered.`)).toBeVisible();

  // Answer the first item from the keyboard, then Next; focus lands on the next item.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(answer(page, first, 'Not set')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(answer(page, first, 'Yes')).toBeChecked();
  await expect(view.getByText(`2 of ${total} answered.`)).toBeVisible();
  await view.getByRole('button', { name: 'Next item' }).focus();
  await page.keyboard.press('Enter');
  await expect(view.locator('.boundary-text')).toHaveText([second]);
  await expect(view.locator('.boundary-text')).toBeFocused();
  await expect(answer(page, second, 'No')).toBeChecked();
  await expect(view.getByText(`Item 2 of ${total}`)).toBeVisible();

  // Only what is still to answer: both answered items are skipped from here on.
  await view.getByRole('checkbox', { name: 'Only items still to answer or confirm' }).focus();
  await page.keyboard.press('Space');
  await view.getByRole('button', { name: 'Previous item' }).focus();
  await expect(view.getByRole('button', { name: 'Previous item' })).toBeDisabled();
  await view.getByRole('button', { name: 'Next item' }).focus();
  await page.keyboard.press('Enter');
  const third = boundaryCategories[0]?.items[2]?.text ?? '';
  await expect(view.locator('.boundary-text')).toHaveText([third]);
  await expect(view.getByText(`Item 1 of ${total - 2} still to answer`)).toBeVisible();
  await view.getByRole('button', { name: 'Previous item' }).focus();
  await expect(view.getByRole('button', { name: 'Previous item' })).toBeDisabled();

  // An item with direction shows both ways round here too.
  for (let n = 0; n < 30 && !(await view.getByText('Biting', { exact: true }).isVisible()); n++) {
    await view.getByRole('button', { name: 'Next item' }).click();
  }
  await expect(way(page, 'Biting', 'give', 'Not set')).toBeVisible();
  await expect(way(page, 'Biting', 'receive', 'Not set')).toBeVisible();
  await way(page, 'Biting', 'give', 'Maybe').check();
  await expect
    .poll(async () => (await savedList(page))?.ratings)
    .toEqual({
      [boundaryCategories[0]?.items[0]?.id ?? '']: 'yes',
      [boundaryCategories[0]?.items[1]?.id ?? '']: 'no',
      'biting:give': 'maybe',
    });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Printing from here prints the whole list, then comes back to the item on screen.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = String(document.querySelectorAll('.boundary-item').length);
    };
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', String(total));
  await expect(view.locator('.boundary-text')).toHaveText(['Biting']);

  // Back to the whole list, which shows what was answered.
  await mode.click();
  await expect(mode).toHaveAttribute('aria-pressed', 'false');
  await expect(way(page, 'Biting', 'give', 'Maybe')).toBeChecked();
  await expect(page.getByRole('region', { name: 'One item at a time' })).toHaveCount(0);
});

test('one at a time: removing an own item says so and moves on to the next item, or the one before at the end', async ({
  context,
}) => {
  const page = await openBoundaries(context);
  for (const text of ['Massage', 'Candles', 'Slow dancing']) {
    await page.getByRole('textbox', { name: 'Item', exact: true }).fill(text);
    await page.getByRole('button', { name: 'Add to my list' }).click();
  }
  await page.getByRole('button', { name: 'One item at a time' }).click();
  const view = page.getByRole('region', { name: 'One item at a time' });
  const wording = view.locator('.boundary-text');
  for (let n = 0; n < 100 && (await wording.textContent()) !== 'Candles'; n++) {
    await view.getByRole('button', { name: 'Next item' }).click();
  }
  await expect(wording).toHaveText(['Candles']);

  await view.getByRole('button', { name: 'Remove “Candles”' }).focus();
  await page.keyboard.press('Enter');
  await expect(view.getByRole('status').filter({ hasText: 'Removed “Candles” and its note.' })).toBeVisible();
  await expect(wording).toHaveText(['Slow dancing']);
  await expect(wording).toBeFocused();

  // The last item gives way to the one before it.
  await view.getByRole('button', { name: 'Remove “Slow dancing”' }).focus();
  await page.keyboard.press('Enter');
  await expect(view.getByRole('status').filter({ hasText: 'Removed “Slow dancing” and its note.' })).toBeVisible();
  await expect(wording).toHaveText(['Massage']);
  await expect(wording).toBeFocused();
  await expect(view.getByRole('button', { name: 'Next item' })).toBeDisabled();
  await expect.poll(async () => (await savedList(page))?.custom).toEqual([{ id: 'custom-1', text: 'Massage' }]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('printing shows the answers, ways round and curious marks as words, and hides every control', async ({
  context,
}) => {
  const page = await openBoundaries(context);
  await fillMyList(page);
  await way(page, 'Biting', 'give', 'Yes').check();
  await page.getByRole('checkbox', { name: 'Curious, haven’t tried (“Biting”, I do it to them)' }).check();
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
  await expect(biting.locator('.print-only')).toHaveText([
    'I do it to them: Yes, curious, haven’t tried',
    'They do it to me: Not set',
    'Gently',
  ]);
  const kissing = page.locator('.boundary-item', { has: page.getByText('Hard or intense kissing', { exact: true }) });
  await expect(kissing.locator('.print-only')).toHaveText('Yes');
  const rope = page.locator('.boundary-item', { has: page.getByText('Rope', { exact: true }) });
  await expect(rope.locator('.print-only')).toHaveText(['I do it to them: Not set', 'They do it to me: Not set']);

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
