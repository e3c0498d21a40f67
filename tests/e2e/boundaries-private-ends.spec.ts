/**
 * A private comparison that ends or goes wrong part way: Tend locks (Quick exit, the Lock button),
 * a code is pasted twice, a code from another comparison arrives. Each refusal says why, in the
 * words of lib/psi/exchange.ts, and changes nothing on screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EXCHANGE_MESSAGES } from '../../lib/psi/messages';
import { answerDefaultExit, clickQuickExit, DEFAULT_EXIT, expect, expectLeft, saying, test } from './fixtures';
import {
  answer,
  boundariesTab,
  cancel,
  expectMutual,
  finish,
  forget,
  markAnswers,
  openPrivate,
  type Person,
  paste,
  RESULT,
  reply,
  startComparison,
  twoPeople,
  unlock,
} from './private-comparison';

// Two browsers on a shared two-core machine, each doing curve work and key derivation.
test.describe.configure({ timeout: 120_000 });

const expectNoAxeViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

const pasteBox = ({ area }: Person) => area.getByRole('textbox', { name: 'Paste your partner’s code' });
const codeToSend =
  (name: string) =>
  ({ area }: Person) =>
    area.getByRole('textbox', { name });
const firstCode = codeToSend('Your first code');
const replyCode = codeToSend('Your reply code');
const lastCode = codeToSend('Your last code');

/** Nothing of a comparison is on screen: no code to send, no result, nothing to cancel or forget. */
async function expectNoComparison({ area }: Person): Promise<void> {
  await expect(area.locator('.code-to-send')).toHaveCount(0);
  await expect(area.getByRole('region', { name: RESULT })).toHaveCount(0);
  await expect(area.getByRole('button', { name: /^(Cancel|Forget this) comparison$/ })).toHaveCount(0);
}

test('compare in private: Quick exit while waiting for the reply ends the comparison; after unlocking its code is gone and the reply is refused', async () => {
  await twoPeople(
    async (a, b) => {
      await markAnswers(a, b);
      await answerDefaultExit(a.context);
      await openPrivate(a);
      const code1 = await startComparison(a);
      await openPrivate(b);
      const code2 = await reply(b, code1);

      // A leaves with Quick exit, which locks Tend; the comparison A kept ends with the lock.
      await clickQuickExit(a.page);
      await expectLeft(a.page, DEFAULT_EXIT);
      const back = await boundariesTab(a.context);
      await unlock(back);
      await openPrivate(back);
      await expectNoComparison(back);

      // B's reply arrives: A is told the comparison is gone, and nothing changes.
      await paste(back, code2);
      await expect(saying(back.area, 'alert')).toHaveText(EXCHANGE_MESSAGES.noLongerHas);
      await expect(pasteBox(back)).toHaveValue(code2);
      await expectNoComparison(back);
      await expectNoAxeViolations(back.page);
    },
    { a: true },
  );
});

test('compare in private: the reply pasted twice is refused as used and changes nothing; a result on screen, and the last code, go when Tend locks', async () => {
  await twoPeople(
    async (a, b) => {
      await markAnswers(a, b);
      await openPrivate(a);
      const code1 = await startComparison(a);
      await openPrivate(b);
      const code2 = await reply(b, code1);
      const code3 = await finish(a, code2);
      const resultA = await expectMutual(a.area, 'a');

      // The same reply again: already used; the result and the last code stay as they were.
      await paste(a, code2);
      await expect(saying(a.area, 'alert')).toHaveText(EXCHANGE_MESSAGES.alreadyUsed);
      await expect(pasteBox(a)).toHaveValue(code2);
      await expect(resultA.getByRole('listitem')).toHaveCount(2);
      await expect(lastCode(a)).toHaveValue(code3);
      await expectNoAxeViolations(a.page);

      // B sees the result. Then each presses Lock: the result goes, and after unlocking neither it
      // nor A's last code (kept until now, so it could be sent again) is shown.
      await paste(b, code3);
      await expectMutual(b.area, 'b');
      for (const person of [a, b]) {
        await person.page.getByRole('button', { name: 'Lock', exact: true }).click();
        await unlock(person);
        await expect(person.page.getByRole('heading', { name: RESULT })).toHaveCount(0);
        await openPrivate(person);
        await expectNoComparison(person);
        await expectNoAxeViolations(person.page);
      }
    },
    { a: true, b: true },
  );
});

test('compare in private: a code from another comparison is refused with its message, and changes nothing on either side', async () => {
  await twoPeople(async (a, b) => {
    await markAnswers(a, b);
    await openPrivate(a);
    await openPrivate(b);

    // An earlier comparison: A finishes it and forgets it once the last code is sent, but B has
    // cancelled before that last code arrives.
    const earlierLast = await finish(a, await reply(b, await startComparison(a)));
    await forget(a);
    await cancel(b);

    // Comparison X: B answers; A cancels it and starts comparison Y.
    const replyX = await reply(b, await startComparison(a));
    await cancel(a);
    const firstY = await startComparison(a);

    // B's reply to X, pasted while A waits for Y's: another comparison's code.
    await paste(a, replyX);
    await expect(saying(a.area, 'alert')).toHaveText(EXCHANGE_MESSAGES.otherExchange);
    await expect(pasteBox(a)).toHaveValue(replyX);
    await expect(firstCode(a)).toHaveValue(firstY);
    await expect(a.area.getByRole('region', { name: RESULT })).toHaveCount(0);
    await expectNoAxeViolations(a.page);

    // The earlier comparison's last code reaches B while B waits in X: refused, B's reply stays.
    await paste(b, earlierLast);
    await expect(saying(b.area, 'alert')).toHaveText(EXCHANGE_MESSAGES.otherExchange);
    await expect(pasteBox(b)).toHaveValue(earlierLast);
    await expect(replyCode(b)).toHaveValue(replyX);
    await expect(b.area.getByRole('region', { name: RESULT })).toHaveCount(0);
    await expect(b.area.getByRole('button', { name: 'Cancel comparison' })).toBeVisible();
    await expectNoAxeViolations(b.page);
  });
});

test('compare in private: with no passphrase, Tend locking (the computer going idle) takes the comparison off the screen', async ({
  context,
  worker,
}) => {
  const a = await boundariesTab(context);
  await answer(a.page, 'Hard or intense kissing', 'Yes').check();
  await openPrivate(a);
  await startComparison(a);
  await worker.evaluate(() => (globalThis as unknown as { tendOnIdle(state: string): unknown }).tendOnIdle('locked'));
  // Nothing else on this page changes with no passphrase: the comparison's code and Cancel go.
  await expectNoComparison(a);
  await expect(a.area.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expectNoAxeViolations(a.page);
});
