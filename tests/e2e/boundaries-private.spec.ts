import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { boundaryCategories } from '../../content/boundary-items';
import { records } from '../../lib/storage/stored-schema';
import { answersOf, type BoundaryList, shareContent } from '../../lib/tools/boundaries';
import { encodeShareCode } from '../../lib/tools/boundary-share';
import { expect, putTendRow, saying, test } from './fixtures';
import {
  answer,
  cancel,
  expectMutual,
  forget,
  MUTUAL,
  markAnswers,
  openPrivate,
  paste,
  RESULT,
  twoPeople,
} from './private-comparison';

// Two browsers on a shared two-core machine, each doing curve work: allow more than the default.
test.describe.configure({ timeout: 120_000 });

test('compare in private: two people through three codes see exactly what they both marked, each from their own side', async () => {
  await twoPeople(async (a, b) => {
    await markAnswers(a, b);

    // A starts: the explanation is there, and code 1 is shown read-only and focused.
    await openPrivate(a);
    await expect(a.area.getByRole('heading', { name: 'What your partner will see' })).toBeVisible();
    await a.area.getByRole('button', { name: 'Start', exact: true }).focus();
    await a.page.keyboard.press('Enter');
    const first = a.area.getByRole('textbox', { name: 'Your first code' });
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('readonly', '');
    const code1 = await first.inputValue();
    expect(code1).toMatch(/^AQEB[\w-]+$/);
    await expect(a.area.getByRole('button', { name: 'Cancel comparison' })).toBeVisible();
    await expect(a.area.getByRole('button', { name: 'Save as a file' })).toHaveCount(0);

    // B answers: the count line, and the reply code, focused.
    await openPrivate(b);
    await paste(b, code1);
    const reply = b.area.getByRole('textbox', { name: 'Your reply code' });
    await expect(reply).toBeFocused();
    await expect(b.area).toContainText(
      'Your partner’s code holds 5 entries (each Maybe is one entry, each Yes is two).',
    );
    await expect(b.area).not.toContainText('cover the whole list');
    await expect(b.area.getByRole('region', { name: RESULT })).toHaveCount(0);
    const code2 = await reply.inputValue();
    expect(code2).toMatch(/^AQIB/);

    // A damaged reply is refused with its message, and changes nothing on A's side.
    const damaged = `${code2.slice(0, 40)}${code2[40] === 'A' ? 'B' : 'A'}${code2.slice(41)}`;
    await paste(a, damaged);
    await expect(saying(a.area, 'alert')).toHaveText(
      'This code was changed or damaged on the way. Ask your partner to copy all of it again.',
    );
    await expect(a.area.getByRole('textbox', { name: 'Paste your partner’s code' })).toHaveValue(damaged);
    await expect(first).toHaveValue(code1);
    await expect(a.area.getByRole('region', { name: RESULT })).toHaveCount(0);

    // A finishes with the real reply: exactly the two mutual items, from A's side, and code 3.
    await paste(a, code2);
    await expectMutual(a.area, 'a');
    await expect(a.area).not.toContainText('Fast, vigorous sex');
    await expect(a.area).toContainText('Your partner’s code holds 5 entries');
    const last = a.area.getByRole('textbox', { name: 'Your last code' });
    const code3 = await last.inputValue();
    expect(code3).toMatch(/^AQMB/);
    expect((await new AxeBuilder({ page: a.page }).analyze()).violations).toEqual([]);

    // B learns the same two items, from B's side; nothing of A's Vibrators.
    await paste(b, code3);
    const resultB = await expectMutual(b.area, 'b');
    await expect(b.area).not.toContainText('Vibrators');
    await expect(b.area.getByRole('button', { name: 'Cancel comparison' })).toHaveCount(0);
    expect((await new AxeBuilder({ page: b.page }).analyze()).violations).toEqual([]);

    // The same last code again is refused, and the result stays.
    await paste(b, code3);
    await expect(saying(b.area, 'alert')).toHaveText(/already been used/);
    await expect(resultB.getByRole('listitem')).toHaveCount(2);

    // B keeps the result: it is saved like a plain comparison's, and is there after a reload.
    await resultB.getByRole('button', { name: 'Save this result' }).click();
    const saved = b.page.getByRole('region', { name: 'Saved comparison' });
    await expect(saved.getByRole('heading', { name: 'Saved comparison' })).toBeFocused();
    await expect(resultB).toHaveCount(0);
    await b.page.reload();
    await expect(saved.getByRole('listitem')).toHaveText([MUTUAL.kissing, MUTUAL.biting.b]);

    // A's comparison is finished: nothing is left to cancel, only the last code to forget.
    await expect(a.area.getByRole('button', { name: 'Cancel comparison' })).toHaveCount(0);
    await forget(a);
    await expect(last).toHaveCount(0);
  });
});

test('compare in private: a long code goes as a file, a code that could hold everything is warned about before replying, Cancel ends it, an old share code compares the older way', async () => {
  await twoPeople(async (a, b) => {
    // A has marked everything Yes (put in storage: a long list is slow to click through).
    const everything: BoundaryList = {
      ...records.boundaries.fallback,
      ratings: Object.fromEntries(
        boundaryCategories.flatMap((category) =>
          category.items.flatMap((item) => answersOf(item).map(({ key }) => [key, 'yes'])),
        ),
      ),
    };
    await putTendRow(a.page, 'boundaries', everything);
    await a.page.reload();
    await expect(answer(a.page, 'Hard or intense kissing', 'Yes')).toBeChecked();
    await answer(b.page, 'Hard or intense kissing', 'Maybe').check();

    // A's first code is over 6,000 characters: it is offered as a file too, with a neutral name.
    await openPrivate(a);
    await a.area.getByRole('button', { name: 'Start', exact: true }).click();
    const first = a.area.getByRole('textbox', { name: 'Your first code' });
    await expect(first).toBeFocused();
    const code1 = await first.inputValue();
    expect(code1.length).toBeGreaterThan(6000);
    await expect(a.area).toContainText('This code is long. Some chat apps cut long messages');
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.area.getByRole('button', { name: 'Save as a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^code-\d{4}-\d{2}-\d{2}\.txt$/);
    const file = readFileSync(await download.path(), 'utf8');
    expect(file).toBe(code1);

    // A pasting their own code is told so, and nothing changes.
    await paste(a, code1);
    await expect(saying(a.area, 'alert')).toHaveText(
      'This is the code you made. Send it to your partner, then paste their reply here.',
    );
    await expect(first).toHaveValue(code1);

    // After a reload the comparison is still kept: its code can be sent again, or cancelled.
    await a.page.reload();
    await openPrivate(a);
    await expect(first).toHaveValue(code1);
    await expect(a.area.getByRole('button', { name: 'Cancel comparison' })).toBeVisible();

    // B opens the file: the warning comes before the reply code, so B can stop before sending it.
    await openPrivate(b);
    await b.area.getByLabel('Or open a file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'text/plain',
      buffer: Buffer.from(file),
    });
    const reply = b.area.getByRole('textbox', { name: 'Your reply code' });
    await expect(reply).toBeFocused();
    const entries = Object.keys(everything.ratings).length * 2;
    await expect(b.area).toContainText(`Your partner’s code holds ${entries} entries`);
    const codeBox = b.area.locator('.code-to-send');
    await expect(codeBox.locator('p').nth(1)).toHaveText(/enough entries to cover the whole list/);
    // Focus goes straight to the code: the count and the warning are read out with it.
    await expect(reply).toHaveAccessibleDescription(
      new RegExp(
        `^Your partner’s code holds ${entries} entries .* enough entries to cover the whole list.* Send it to your partner`,
      ),
    );
    await expect(saying(b.area, 'status')).toHaveText(
      'Your reply is ready. Nothing has been sent. Read the warning before you send anything.',
    );
    expect((await new AxeBuilder({ page: b.page }).analyze()).violations).toEqual([]);

    // B stops: Cancel ends the comparison, and focus goes to Start.
    await cancel(b);
    await expect(b.area.getByRole('button', { name: 'Cancel comparison' })).toHaveCount(0);
    await expect(reply).toHaveCount(0);

    // An old whole-list share code pasted here is compared the older way, and labelled.
    const old = encodeShareCode(shareContent({ ...records.boundaries.fallback, ratings: { 'hard-kissing': 'yes' } }));
    await paste(b, old);
    const plain = b.page.getByRole('region', { name: RESULT }).filter({ hasText: 'You: Maybe · Your partner: Yes' });
    await expect(plain.getByRole('heading')).toBeFocused();
    await expect(saying(b.page, 'status').filter({ hasText: 'This is an older kind of code.' })).toHaveText(
      /Anyone who reads it can see every Yes and Maybe on that list, not only what you have in common\. Compared\. 1 item in common\./,
    );
    await expect(b.area.getByRole('textbox', { name: 'Paste your partner’s code' })).toHaveValue('');
  });
});
