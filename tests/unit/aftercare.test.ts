import { describe, expect, it } from 'vitest';
import { firstAidKit } from '@/content';
import { records } from '@/lib/storage/stored-schema';
import { addKitItem, kitItems, kitRows, planRows, removeKitItem, setKitReady } from '@/lib/tools/aftercare';

describe('the first-aid kit checklist', () => {
  it('starts with the guide’s kit and adds the user’s items after it, in order', () => {
    const one = addKitItem(records.aftercarePlan.fallback, '  Spare   blanket ', 'a');
    if (!one.ok) throw new Error(one.error);
    const two = addKitItem(one.plan, 'Water', 'b');
    if (!two.ok) throw new Error(two.error);
    expect(kitItems(two.plan).map((item) => item.label)).toEqual([
      ...firstAidKit.map((item) => item.label),
      'Spare blanket',
      'Water',
    ]);
  });

  it.each([
    ['', /Type the item/],
    ['   ', /Type the item/],
    ['x'.repeat(121), /under 120/],
    ['antibiotic OINTMENT', /already on the list/],
  ])('refuses %j with a clear message', (input, message) => {
    expect(addKitItem(records.aftercarePlan.fallback, input, 'a')).toEqual({
      ok: false,
      error: expect.stringMatching(message),
    });
  });

  it('ticks and unticks items, and forgets a removed item’s tick', () => {
    const added = addKitItem(records.aftercarePlan.fallback, 'Water', 'w');
    if (!added.ok) throw new Error(added.error);
    let plan = setKitReady(setKitReady(added.plan, 'ice', true), 'w', true);
    expect(plan.kitReady).toEqual(['ice', 'w']);
    plan = setKitReady(plan, 'ice', false);
    expect(plan.kitReady).toEqual(['w']);
    plan = removeKitItem(plan, 'w');
    expect(plan).toEqual(records.aftercarePlan.fallback);
  });
});

describe('the aftercare plan on paper', () => {
  it('prints what each person needs under the form’s own names, a note’s line breaks kept', () => {
    const plan = { ...records.aftercarePlan.fallback, forMe: 'Water\nA blanket', forPartner: '' };
    expect(planRows(plan)).toEqual([
      ['What I need afterwards', 'Water\nA blanket'],
      ['What my partner needs afterwards', ''],
    ]);
  });

  it('prints every kit item, the user’s own last, ready or not ready in words', () => {
    const added = addKitItem(records.aftercarePlan.fallback, 'Arnica gel', 'own');
    if (!added.ok) throw new Error(added.error);
    const [first, second] = firstAidKit;
    if (!first || !second) throw new Error('the guide’s kit has two items');
    const plan = setKitReady(setKitReady(added.plan, first.id, true), 'own', true);
    const rows = kitRows(plan);
    expect(rows).toHaveLength(firstAidKit.length + 1);
    expect(rows[0]).toEqual([first.label, 'Ready']);
    expect(rows[1]).toEqual([second.label, 'Not ready']);
    expect(rows.at(-1)).toEqual(['Arnica gel', 'Ready']);
  });
});
