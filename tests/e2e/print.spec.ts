/**
 * Every tool prints (issue 22): the aftercare plan and kit, one journal entry, and the boundaries
 * list, each filled in as a person does, printed with the tool's Print button, rendered to PDF by
 * Chromium and read back: the words are on paper, a long note whole, and no control is.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './fixtures';
import { countPrints, expectNoControls, longNote, printedText } from './pdf-text';

async function openTool(context: BrowserContext, tab: string, heading: string): Promise<Page> {
  const page = await openExtensionPage(context, `sidepanel.html#${tab}`);
  await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  return page;
}

test('the aftercare plan and kit print as text, a long note whole, and no controls', async ({ context }) => {
  const { note, whole } = longNote();
  expect(note).toHaveLength(2000);
  const page = await openTool(context, 'aftercare', 'Aftercare');
  await page.getByLabel('What I need afterwards').fill(note);
  await page.getByLabel('What my partner needs afterwards').pressSequentially('Water and a blanket');
  await page.getByRole('checkbox', { name: 'Ice or a cold pack' }).check();
  await page.getByLabel('Add your own item').pressSequentially('Arnica gel');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Arnica gel' })).not.toBeChecked();

  const prints = await countPrints(page);
  const print = page.getByRole('button', { name: 'Print your aftercare plan and kit' });
  await print.click();
  expect(await prints()).toBe(1);
  const printed = await printedText(page);

  expect(printed.split(whole)).toHaveLength(2);
  for (const shown of [
    'Aftercare',
    `What I need afterwards ${whole}`,
    'What my partner needs afterwards Water and a blanket',
    'First-aid kit',
    'Ice or a cold pack Ready',
    'Antibiotic ointment Not ready',
    'Arnica gel Not ready',
  ]) {
    expect(printed).toContain(shown);
  }
  // Nor the form's hints, the tips beside it or the emergency signs above it.
  expectNoControls(printed, ['Add', 'Remove', 'For example', 'When to get medical help', 'Call emergency']);

  // Printed: focus is back on Print (hidden on paper, it lost it), and the keyboard goes on from there.
  await expect(print).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
});

test('a journal entry prints on its own, a long note whole, and the list prints whole again after', async ({
  context,
}) => {
  const { note, whole } = longNote();
  const page = await openTool(context, 'journal', 'Reflection journal');
  const entries = page.getByRole('article');

  // An older entry first: its date box has focus as it appears.
  await page.getByRole('button', { name: 'New entry' }).click();
  await expect(entries.first().getByLabel('Date')).toBeFocused();
  await entries.first().getByLabel('Date').fill('2026-11-20');
  await entries.first().getByLabel('What felt good').pressSequentially('A long walk after');

  // Then today's, newest first.
  await page.getByRole('button', { name: 'New entry' }).click();
  await expect(entries).toHaveCount(2);
  const today = entries.first();
  await expect(today.getByLabel('Date')).toBeFocused();
  await today.getByLabel('What felt good').fill(note);
  await today.getByLabel('What did not feel good, or what I would change').pressSequentially('Too rushed at the start');
  await today.getByRole('checkbox', { name: 'My safe word or signal was ignored' }).check();
  await expect(today.getByRole('heading', { name: 'You deserve support' })).toBeVisible();

  const prints = await countPrints(page);
  const print = today.getByRole('button', { name: /^Print this entry from / });
  await print.click();
  expect(await prints()).toBe(1);
  const printed = await printedText(page);

  expect(printed.split(whole)).toHaveLength(2);
  for (const shown of [
    `What felt good ${whole}`,
    'What did not feel good, or what I would change Too rushed at the start',
    'Signs that a line was crossed My safe word or signal was ignored',
  ]) {
    expect(printed).toContain(shown);
  }
  expect(printed).not.toContain('A long walk after');
  expect(printed).not.toContain('I felt pressured');
  expectNoControls(printed, ['New entry', 'Delete', 'Date', 'You deserve support', 'Did any of these happen']);

  // Printed: focus is back on Print, and the browser's own Print prints the whole journal again.
  await expect(print).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(today.getByRole('button', { name: /^Delete this entry/ })).toBeFocused();
  const all = await printedText(page);
  expect(all).toContain(whole);
  expect(all).toContain('What felt good A long walk after');

  // The older entry on its own: nothing of today's.
  await entries
    .last()
    .getByRole('button', { name: /^Print this entry from / })
    .click();
  expect(await prints()).toBe(2);
  const older = await printedText(page);
  expect(older).toContain('What felt good A long walk after');
  expect(older).toContain('Signs that a line was crossed None');
  expect(older).not.toContain('Line 01');
  expect(older).not.toContain('Too rushed');
});

test('the boundaries list prints its answers and a long note whole, and no controls', async ({ context }) => {
  const { note, whole } = longNote();
  const page = await openTool(context, 'boundaries', 'Your boundaries');
  // Biting is answered each way round: "I do it to them" Yes, the other way left as it is.
  const biting = page.getByRole('radiogroup', { name: 'Biting I do it to them', exact: true });
  await biting.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Add a note on “Biting”' }).click();
  await page.getByRole('textbox', { name: 'Note on “Biting”' }).fill(note);

  const prints = await countPrints(page);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  expect(await prints()).toBe(1);
  const printed = await printedText(page);

  expect(printed.split(whole)).toHaveLength(2);
  // The item, its answer each way round in words, then (after the field's name, "Note") the note.
  expect(printed).toMatch(
    new RegExp(`Biting I do it to them: Yes They do it to me: Not set (Note )?${whole.replaceAll('.', '\\.')}`),
  );
  expectNoControls(printed, ['Add a note', 'Save list as a file', 'Compare with a partner', 'Maybe No Not set']);
});

test('the aftercare and journal views with a Print button have no axe violations', async ({ context }) => {
  test.slow();
  const aftercare = await openTool(context, 'aftercare', 'Aftercare');
  await aftercare.getByLabel('Add your own item').fill('Arnica gel');
  await aftercare.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(aftercare.getByRole('checkbox', { name: 'Arnica gel' })).toBeVisible();
  expect((await new AxeBuilder({ page: aftercare }).analyze()).violations).toEqual([]);

  const journal = await openTool(context, 'journal', 'Reflection journal');
  await journal.getByRole('button', { name: 'New entry' }).click();
  await journal.getByRole('checkbox', { name: 'I was hurt, in body or in feelings' }).check();
  await journal.getByRole('button', { name: 'New entry' }).click();
  await expect(journal.getByRole('button', { name: /^Print this entry from / })).toHaveCount(2);
  expect((await new AxeBuilder({ page: journal }).analyze()).violations).toEqual([]);
});
