import {
  boundaryAnswer,
  byRole,
  countOf,
  expect,
  fieldValue,
  openPage,
  reload,
  tendUrl,
  test,
  textOf,
} from './fixtures';

test('compare in private: its curve code loads, Start gives a first code that a reload keeps, and Cancel ends it', async ({
  firefox,
}) => {
  const page = await openPage(firefox, tendUrl('sidepanel.html#boundaries'));
  await boundaryAnswer(page, 'Hard or intense kissing', 'Yes').click();
  // Opening it loads the comparison's own code, the curve library with it.
  await byRole(page, 'button', 'Private comparison').click();
  await byRole(page, 'button', 'Start').click();
  const code = await fieldValue(page, 'Your first code');
  expect(code).toMatch(/^AQEB[\w-]+$/);
  await expect.poll(() => textOf(page)).toContain('Your first code is ready. Nothing has been sent.');

  // Kept in the browser's session storage: after a reload the same code is there to send again.
  await reload(page);
  await byRole(page, 'button', 'Private comparison').click();
  expect(await fieldValue(page, 'Your first code')).toBe(code);

  await byRole(page, 'button', 'Cancel comparison').click();
  await expect.poll(() => textOf(page)).toContain('Comparison cancelled. Its codes no longer work here.');
  expect(await countOf(page, 'field', 'Your first code')).toBe(0);
  expect(await countOf(page, 'button', 'Cancel comparison')).toBe(0);
});
