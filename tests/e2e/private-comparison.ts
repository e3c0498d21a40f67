/**
 * Two people comparing their boundaries in private, each in their own browser profile: what the
 * private-comparison specs share. Each person uses the boundaries tab of the sidebar (opened as a
 * tab), with "Compare in private" found by its region.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { DIRECTION_LABELS, type Direction } from '../../lib/tools/boundaries';
import { expect, firstRunPage, launch, openExtensionPage, removeFolder, saying, turnOnLock } from './fixtures';

type Label = 'Yes' | 'Maybe' | 'No' | 'Not set';
export const answer = (page: Page, text: string, label: Label) =>
  page.getByRole('radiogroup', { name: text, exact: true }).getByRole('radio', { name: label, exact: true });
const way = (page: Page, text: string, direction: Direction, label: Label) =>
  answer(page, `${text} ${DIRECTION_LABELS[direction]}`, label);

export interface Person {
  context: BrowserContext;
  page: Page;
  /** The "Compare in private" part of the boundaries tab. */
  area: Locator;
}

export const RESULT = 'What you both marked Yes or Maybe';
export const PASSPHRASE = 'blue kettle on a Tuesday';

/** The boundaries tab in a new tab of `context`, as it is before any lock is answered. */
export async function boundariesTab(context: BrowserContext): Promise<Person> {
  const page = await openExtensionPage(context, 'sidepanel.html#boundaries');
  return { context, page, area: page.getByRole('region', { name: 'Compare in private' }) };
}

/** One person's browser, on the boundaries tab; with `locked`, the passphrase lock is on (and open). */
async function person(profile: string, locked: boolean): Promise<Person> {
  const context = await launch(profile);
  await (await firstRunPage(context)).close();
  if (locked) await turnOnLock(context, PASSPHRASE);
  const someone = await boundariesTab(context);
  await expect(someone.page.getByRole('heading', { level: 2, name: 'Your boundaries' })).toBeVisible();
  return someone;
}

/**
 * Runs `steps` with two people, A and B, each in a fresh profile; `locked` names who has the
 * passphrase lock on. Their browsers close and profiles go whatever happens.
 */
export async function twoPeople(
  steps: (a: Person, b: Person) => Promise<void>,
  locked: { a?: boolean; b?: boolean } = {},
): Promise<void> {
  const dirA = mkdtempSync(join(tmpdir(), 'tend-private-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'tend-private-b-'));
  const started: Person[] = [];
  try {
    const a = await person(dirA, locked.a ?? false);
    started.push(a);
    const b = await person(dirB, locked.b ?? false);
    started.push(b);
    await steps(a, b);
  } finally {
    for (const { context } of started) await context.close();
    removeFolder(dirA);
    removeFolder(dirB);
  }
}

/** Opens the private comparison (its code loads now) by keyboard. */
export async function openPrivate({ page, area }: Person): Promise<void> {
  const toggle = area.getByRole('button', { name: 'Private comparison' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(area.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
}

/** Pastes a code and uses it, from the keyboard. */
export async function paste({ page, area }: Person, code: string): Promise<void> {
  await area.getByRole('textbox', { name: 'Paste your partner’s code' }).fill(code);
  await area.getByRole('button', { name: 'Use this code' }).focus();
  await page.keyboard.press('Enter');
}

/** Presses Start, and gives back the first code, shown and focused. */
export async function startComparison({ page, area }: Person): Promise<string> {
  await area.getByRole('button', { name: 'Start', exact: true }).focus();
  await page.keyboard.press('Enter');
  const first = area.getByRole('textbox', { name: 'Your first code' });
  await expect(first).toBeFocused();
  return first.inputValue();
}

/** Pastes `code` (a first code), and gives back the reply code, shown and focused. */
export async function reply(person: Person, code: string): Promise<string> {
  await paste(person, code);
  const replied = person.area.getByRole('textbox', { name: 'Your reply code' });
  await expect(replied).toBeFocused();
  return replied.inputValue();
}

/** Pastes `code` (a reply) as the starter: the result's heading has focus; gives back the last code. */
export async function finish(person: Person, code: string): Promise<string> {
  await paste(person, code);
  await expect(person.area.getByRole('heading', { name: RESULT })).toBeFocused();
  return person.area.getByRole('textbox', { name: 'Your last code' }).inputValue();
}

/**
 * A: Biting done to the partner (Yes), kissing Yes, and Vibrators (only A). B: Biting done to them
 * (Maybe), kissing Yes, and Fast, vigorous sex (only B). What they share: MUTUAL.
 */
export async function markAnswers(a: Person, b: Person): Promise<void> {
  await way(a.page, 'Biting', 'give', 'Yes').check();
  await answer(a.page, 'Hard or intense kissing', 'Yes').check();
  await answer(a.page, 'Vibrators', 'Maybe').check();
  await way(b.page, 'Biting', 'receive', 'Maybe').check();
  await answer(b.page, 'Hard or intense kissing', 'Yes').check();
  await answer(b.page, 'Fast, vigorous sex', 'Yes').check();
}

/** Presses Cancel comparison: it is ended, and focus goes to Start. */
export async function cancel({ area }: Person): Promise<void> {
  await area.getByRole('button', { name: 'Cancel comparison' }).click();
  await expect(saying(area, 'status')).toHaveText('Comparison cancelled. Its codes no longer work here.');
  await expect(area.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
}

/** Presses Forget this comparison, once the starter has finished: its last code is no longer kept. */
export async function forget({ area }: Person): Promise<void> {
  await area.getByRole('button', { name: 'Forget this comparison' }).click();
  await expect(saying(area, 'status')).toHaveText('Comparison forgotten. Tend no longer keeps its last code.');
}

/** What A and B see of the two items they share (see markAnswers), each from their own side. */
export const MUTUAL = {
  kissing: 'Hard or intense kissing (Touch and intensity)You: Yes · Your partner: Yes',
  // The partner's answer only as far as the exchange tells it: where the reader said Maybe, "Yes or Maybe".
  biting: {
    a: /^Biting: You do it to them \(Touch and intensity\)You: Yes · Your partner: Maybe$/,
    b: /^Biting: They do it to you \(Touch and intensity\)You: Maybe · Your partner: Yes or Maybe$/,
  },
} as const;

/** The result `who` should see: exactly Biting and kissing (MUTUAL); its heading has focus. */
export async function expectMutual(area: Locator, who: 'a' | 'b'): Promise<Locator> {
  const result = area.getByRole('region', { name: RESULT });
  await expect(result.getByRole('heading', { name: RESULT })).toBeFocused();
  await expect(result.getByRole('listitem')).toHaveCount(2);
  await expect(result.getByRole('listitem').filter({ hasText: 'Biting' })).toHaveText(MUTUAL.biting[who]);
  await expect(result.getByRole('listitem').filter({ hasText: 'Hard or intense kissing' })).toHaveText(MUTUAL.kissing);
  return result;
}

/** Answers the lock in the boundaries tab with the passphrase, from the keyboard; the list is back. */
export async function unlock({ page }: Person): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Your boundaries' })).toBeVisible({ timeout: 15_000 });
}
