import { describe, expect, it } from 'vitest';
import { firstAidKit } from '@/content';
import { records } from '@/lib/storage/stored-schema';
import { addKitItem, kitItems, removeKitItem, setKitReady } from '@/lib/tools/aftercare';

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
