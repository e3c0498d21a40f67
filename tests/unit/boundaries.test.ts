import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type BoundaryCategory, boundaryCategories } from '@/content/boundary-items';
import { parseBackup } from '@/lib/data/backup';
import { checkImported } from '@/lib/data/import-checks';
import { migrateRecord } from '@/lib/storage/migrations';
import { migrations, records } from '@/lib/storage/stored-schema';
import {
  addCustomItem,
  answersOf,
  type BoundaryList,
  confirmAnswer,
  isCurious,
  listGroups,
  MAX_ITEM_TEXT,
  mutualItems,
  needsAnswer,
  normaliseText,
  type Rating,
  ratingOf,
  removeCustomItem,
  type ShareContent,
  setCurious,
  setNote,
  setRating,
  shareContent,
  withoutRetired,
} from '@/lib/tools/boundaries';
import { DIRECTED_AT_STEP_5, listWithDirections, V1_WAY_ROUND } from '@/lib/tools/boundary-directions';

const categories: BoundaryCategory[] = [
  {
    id: 'talk',
    title: 'Talking',
    items: [
      { id: 'safe-word', text: 'A safe word' },
      { id: 'check-ins', text: 'Check-ins' },
    ],
  },
  {
    id: 'touch',
    title: 'Touch',
    items: [
      { id: 'biting', text: 'Biting' },
      { id: 'tickling', text: 'Tickling' },
    ],
  },
];

const ids = (list: BoundaryList) => listGroups(list, categories).flatMap((g) => g.items.map((item) => item.id));

function rated(ratings: Record<string, Rating>, custom: [string, Rating | undefined][] = []): BoundaryList {
  let list: BoundaryList = { ...records.boundaries.fallback, ratings };
  for (const [text, rating] of custom) {
    const added = addCustomItem(list, text, '', rating, categories);
    if (!added.ok) throw new Error(added.error);
    list = added.list;
  }
  return list;
}

const share = (list: BoundaryList) => shareContent(list, categories);

describe('the item catalogue', () => {
  const all = boundaryCategories.flatMap((category) => category.items);

  it('has unique kebab-case ids that can never be taken for the user’s own items', () => {
    const itemIds = all.map((item) => item.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(new Set(boundaryCategories.map((c) => c.id)).size).toBe(boundaryCategories.length);
    for (const id of itemIds) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id).not.toMatch(/^custom-/);
    }
  });

  it('has short, non-empty wording, distinct once normalised', () => {
    for (const category of boundaryCategories) expect(category.title.trim()).not.toBe('');
    for (const item of all) {
      expect(item.text.trim(), item.id).not.toBe('');
      expect(item.text.length, item.id).toBeLessThanOrEqual(MAX_ITEM_TEXT);
    }
    const texts = all.map((item) => normaliseText(item.text));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('rating', () => {
  it('sets, changes and clears an answer, leaving others and the input alone', () => {
    const start = rated({ biting: 'no' });
    const yes = setRating(start, 'safe-word', 'yes', categories);
    expect(ratingOf(yes, 'safe-word')).toBe('yes');
    expect(ratingOf(yes, 'biting')).toBe('no');
    const maybe = setRating(yes, 'safe-word', 'maybe', categories);
    expect(ratingOf(maybe, 'safe-word')).toBe('maybe');
    const cleared = setRating(maybe, 'safe-word', undefined, categories);
    expect(ratingOf(cleared, 'safe-word')).toBeUndefined();
    expect(Object.keys(cleared.ratings)).toEqual(['biting']);
    expect(start.ratings).toEqual({ biting: 'no' });
  });

  it('ignores an item that is on neither the catalogue nor the user’s list', () => {
    const start = rated({});
    expect(setRating(start, 'not-an-item', 'yes', categories)).toBe(start);
    expect(setRating(start, '__proto__', 'yes', categories)).toBe(start);
    expect(ratingOf(start, 'toString')).toBeUndefined();
  });

  it('keeps notes, and drops an emptied one', () => {
    const noted = setNote(records.boundaries.fallback, 'biting', 'Gently, not on the neck');
    expect(noted.notes).toEqual({ biting: 'Gently, not on the neck' });
    expect(setNote(noted, 'biting', '').notes).toEqual({});
  });
});

describe('the user’s own items', () => {
  it('are added at the end with a note and a stable id', () => {
    const first = addCustomItem(
      records.boundaries.fallback,
      '  Slow   dancing ',
      'In the kitchen',
      undefined,
      categories,
    );
    if (!first.ok) throw new Error(first.error);
    expect(first.id).toBe('custom-1');
    expect(first.list.custom).toEqual([{ id: 'custom-1', text: 'Slow dancing' }]);
    expect(first.list.notes).toEqual({ 'custom-1': 'In the kitchen' });
    const second = addCustomItem(first.list, 'Massage', '', 'yes', categories);
    if (!second.ok) throw new Error(second.error);
    expect(ids(second.list)).toEqual(['safe-word', 'check-ins', 'biting', 'tickling', 'custom-1', 'custom-2']);
    expect(ratingOf(second.list, 'custom-2')).toBe('yes');
  });

  it.each([
    ['', /Write the item first/],
    ['   ', /Write the item first/],
    ['?!…', /Write the item first/],
    ['x'.repeat(MAX_ITEM_TEXT + 1), /under 120 characters \(this one has 121\)/],
    ['biting', /“Biting” is already on your list, under Touch/],
    ['  CHECK ins!', /“Check-ins” is already on your list, under Talking/],
    ['Slow dancing', /“Slow dancing” is already on your list, under Your own items/],
  ])('refuses %j with a clear message and changes nothing', (text, error) => {
    const start = rated({}, [['Slow dancing', undefined]]);
    const result = addCustomItem(start, text, 'note', 'yes', categories);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    expect(start.custom).toHaveLength(1);
  });

  it('accepts exactly the longest allowed text', () => {
    expect(addCustomItem(records.boundaries.fallback, 'x'.repeat(MAX_ITEM_TEXT), '', undefined, categories).ok).toBe(
      true,
    );
  });

  it('are removed with their answer and note; the others keep their order and ids', () => {
    const list = setNote(
      rated({ biting: 'yes' }, [
        ['One', 'yes'],
        ['Two', 'no'],
        ['Three', 'maybe'],
      ]),
      'custom-2',
      'a note',
    );
    const removed = removeCustomItem(list, 'custom-2');
    expect(removed.custom.map((item) => item.text)).toEqual(['One', 'Three']);
    expect(removed.ratings).toEqual({ biting: 'yes', 'custom-1': 'yes', 'custom-3': 'maybe' });
    expect(removed.notes).toEqual({});
    // A new item never takes the id of one still on the list.
    const again = addCustomItem(removed, 'Four', '', undefined, categories);
    if (!again.ok) throw new Error(again.error);
    expect(again.id).toBe('custom-4');
    expect(again.list.custom.map((item) => item.id)).toEqual(['custom-1', 'custom-3', 'custom-4']);
    expect(removeCustomItem(list, 'biting')).toBe(list);
  });
});

describe('ordering', () => {
  it('never moves an item when it is answered, changed or cleared', () => {
    let list = rated({}, [['Own item', undefined]]);
    const before = ids(list);
    for (const [id, rating] of [
      ['tickling', 'yes'],
      ['safe-word', 'no'],
      ['custom-1', 'maybe'],
      ['tickling', undefined],
      ['biting', 'yes'],
    ] as const) {
      list = setRating(list, id, rating, categories);
      expect(ids(list)).toEqual(before);
    }
    expect(listGroups(list, categories).map((g) => g.title)).toEqual(['Talking', 'Touch', 'Your own items']);
  });

  it('shows the own-items group only once there is an own item', () => {
    expect(listGroups(records.boundaries.fallback, categories).map((g) => g.id)).toEqual(['talk', 'touch']);
  });
});

describe('share content', () => {
  it('holds only yes and maybe answers: no "no", no unrated item, no note', () => {
    const list = setNote(
      rated({ 'safe-word': 'yes', 'check-ins': 'maybe', biting: 'no' }, [
        ['Own yes', 'yes'],
        ['Own no', 'no'],
        ['Own unrated', undefined],
      ]),
      'safe-word',
      'private note',
    );
    expect(share(list)).toEqual({
      items: { 'safe-word': 'yes', 'check-ins': 'maybe' },
      custom: [{ text: 'Own yes', rating: 'yes' }],
    });
  });

  it('leaves out answers to items no longer in the catalogue', () => {
    expect(share(rated({ retired: 'yes', biting: 'maybe' }))).toEqual({ items: { biting: 'maybe' }, custom: [] });
  });
});

describe('mutualItems', () => {
  // Each case: my answer and my partner's for "Biting"; only yes/maybe on both sides is revealed.
  it.each<[Rating | undefined, Rating | undefined, boolean]>([
    ['yes', 'yes', true],
    ['yes', 'maybe', true],
    ['maybe', 'yes', true],
    ['maybe', 'maybe', true],
    ['yes', 'no', false],
    ['no', 'yes', false],
    ['no', 'no', false],
    ['yes', undefined, false],
    [undefined, 'maybe', false],
    [undefined, undefined, false],
  ])('me %s + partner %s -> shown: %s', (mine, theirs, shown) => {
    const me = share(rated(mine ? { biting: mine } : {}));
    const partner = share(rated(theirs ? { biting: theirs } : {}));
    const result = mutualItems(me, partner, categories);
    if (shown && mine && theirs) {
      expect(result).toEqual([{ text: 'Biting', group: 'Touch', mine, theirs }]);
    } else {
      expect(result).toEqual([]);
    }
  });

  it('matches own items by normalised wording, and never reveals items only one side has', () => {
    const me = share(
      rated({ tickling: 'yes' }, [
        ['Slow dancing', 'yes'],
        ['Massage with oil', 'maybe'],
        ['Only mine', 'yes'],
        ['Both but I said no', 'no'],
      ]),
    );
    const partner = share(
      rated({ tickling: 'maybe', 'safe-word': 'yes' }, [
        ['slow-dancing!', 'maybe'],
        ['  MASSAGE with OIL ', 'yes'],
        ['Only theirs', 'yes'],
        ['Both but I said no', 'yes'],
      ]),
    );
    const result = mutualItems(me, partner, categories);
    expect(result).toEqual([
      { text: 'Tickling', group: 'Touch', mine: 'yes', theirs: 'maybe' },
      { text: 'Slow dancing', group: 'Your own items', mine: 'yes', theirs: 'maybe' },
      { text: 'Massage with oil', group: 'Your own items', mine: 'maybe', theirs: 'yes' },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Only theirs|Only mine|said no|safe word/i);
  });

  it('matches an item told from one side with its mirror on the partner’s list (both wanting to lead is no match)', () => {
    // From the real catalogue: "Me taking charge" / "My partner taking charge", "Toys used on me" / "on my partner".
    const me = shareContent(rated({ 'taking-charge': 'yes', 'toys-on-me': 'maybe' }));
    const leads: ShareContent = { items: { 'taking-charge': 'yes', 'toys-on-me': 'yes' }, custom: [] };
    expect(mutualItems(me, leads)).toEqual([]);
    const follows: ShareContent = { items: { 'being-led': 'yes', 'toys-on-partner': 'maybe' }, custom: [] };
    expect(mutualItems(me, follows)).toEqual([
      { text: 'Me taking charge', group: 'Power and roles', mine: 'yes', theirs: 'yes' },
      { text: 'Toys used on me', group: 'Toys and accessories', mine: 'maybe', theirs: 'maybe' },
    ]);
  });

  it('every mirror in the catalogue names an item that names it back', () => {
    const items = new Map(boundaryCategories.flatMap((category) => category.items.map((item) => [item.id, item])));
    const mirrored = [...items.values()].filter((item) => item.mirror);
    expect(mirrored.map((item) => item.id).sort()).toEqual([
      'being-led',
      'taking-charge',
      'toys-on-me',
      'toys-on-partner',
    ]);
    for (const item of mirrored) expect(items.get(item.mirror as string)?.mirror).toBe(item.id);
  });

  it('keeps the list’s order whatever order the partner’s share is in', () => {
    const me = share(rated({ 'safe-word': 'yes', 'check-ins': 'yes', biting: 'yes', tickling: 'yes' }));
    const partner: ShareContent = { items: { tickling: 'yes', biting: 'maybe', 'safe-word': 'yes' }, custom: [] };
    expect(mutualItems(me, partner, categories).map((item) => item.text)).toEqual([
      'A safe word',
      'Biting',
      'Tickling',
    ]);
  });

  it('ignores a "no" smuggled into a share and inherited object keys', () => {
    const me = share(rated({ biting: 'yes', tickling: 'yes' }));
    const partner = {
      items: JSON.parse('{"biting":"no","__proto__":{"tickling":"yes"}}'),
      custom: [{ text: 'x', rating: 'no' }],
    } as unknown as ShareContent;
    expect(mutualItems(me, partner, categories)).toEqual([]);
  });
});

describe('items with direction', () => {
  const directed: BoundaryCategory[] = [
    {
      id: 'touch',
      title: 'Touch',
      items: [
        { id: 'kissing', text: 'Kissing' },
        { id: 'biting', text: 'Biting', directed: true },
      ],
    },
  ];
  const empty = records.boundaries.fallback;

  it('are answered once per way round; the bare id is no answer', () => {
    const list = setRating(setRating(empty, 'biting:give', 'yes', directed), 'biting:receive', 'no', directed);
    expect(list.ratings).toEqual({ 'biting:give': 'yes', 'biting:receive': 'no' });
    expect(setRating(empty, 'biting', 'yes', directed)).toBe(empty);
    expect(setRating(empty, 'kissing:give', 'yes', directed)).toBe(empty);
    expect(answersOf({ id: 'biting', directed: true }).map((answer) => answer.key)).toEqual([
      'biting:give',
      'biting:receive',
    ]);
  });

  it('take a curious mark on Yes or Maybe only, and lose it when the answer stops being one', () => {
    const yes = setRating(empty, 'biting:give', 'yes', directed);
    const curious = setCurious(yes, 'biting:give', true);
    expect(isCurious(curious, 'biting:give')).toBe(true);
    expect(setCurious(setRating(empty, 'kissing', 'no', directed), 'kissing', true).curious).toEqual([]);
    expect(setCurious(empty, 'kissing', true)).toBe(empty);
    expect(setRating(curious, 'biting:give', 'maybe', directed).curious).toEqual(['biting:give']);
    expect(setRating(curious, 'biting:give', 'no', directed).curious).toEqual([]);
    expect(setRating(curious, 'biting:give', undefined, directed).curious).toEqual([]);
    expect(setCurious(curious, 'biting:give', false).curious).toEqual([]);
  });

  it('keep an unconfirmed answer out of shares until it is confirmed or changed', () => {
    const kept: BoundaryList = {
      ...empty,
      ratings: { 'biting:give': 'yes', 'biting:receive': 'yes' },
      unconfirmed: ['biting:give', 'biting:receive'],
    };
    expect(shareContent(kept, directed).items).toEqual({});
    expect(needsAnswer(kept, { id: 'biting', directed: true })).toBe(true);
    const confirmed = confirmAnswer(kept, 'biting:give');
    expect(confirmed.unconfirmed).toEqual(['biting:receive']);
    expect(shareContent(confirmed, directed).items).toEqual({ 'biting:give': 'yes' });
    const changed = setRating(confirmed, 'biting:receive', 'maybe', directed);
    expect(changed.unconfirmed).toEqual([]);
    expect(needsAnswer(changed, { id: 'biting', directed: true })).toBe(false);
    expect(shareContent(changed, directed).items).toEqual({ 'biting:give': 'yes', 'biting:receive': 'maybe' });
  });

  it('never share a curious mark: only the answer goes', () => {
    const list = setCurious(setRating(empty, 'kissing', 'maybe', directed), 'kissing', true);
    expect(shareContent(list, directed)).toEqual({ items: { kissing: 'maybe' }, custom: [] });
  });

  it('match "I do it to them" with the partner’s "They do it to me", never the same way round', () => {
    const mine: ShareContent = { items: { 'biting:give': 'yes' }, custom: [] };
    const sameWay: ShareContent = { items: { 'biting:give': 'yes' }, custom: [] };
    const otherWay: ShareContent = { items: { 'biting:receive': 'maybe' }, custom: [] };
    expect(mutualItems(mine, sameWay, directed)).toEqual([]);
    expect(mutualItems(mine, otherWay, directed)).toEqual([
      { text: 'Biting', group: 'Touch', mine: 'yes', theirs: 'maybe', direction: 'give' },
    ]);
  });

  it('match a version 1 answer (no way round) with either way, and say so', () => {
    const mine: ShareContent = { items: { 'biting:give': 'yes', 'biting:receive': 'maybe' }, custom: [] };
    const v1: ShareContent = { items: { biting: 'yes' }, custom: [] };
    expect(mutualItems(mine, v1, directed)).toEqual([
      { text: 'Biting', group: 'Touch', mine: 'yes', theirs: 'yes', direction: 'give', eitherWay: true },
      { text: 'Biting', group: 'Touch', mine: 'maybe', theirs: 'yes', direction: 'receive', eitherWay: true },
    ]);
  });

  it('match a version 1 answer on an item then worded from the receiving side only with "I do it to them"', () => {
    const v1: ShareContent = { items: { 'held-down': 'yes' }, custom: [] };
    const receive: ShareContent = { items: { 'held-down:receive': 'yes' }, custom: [] };
    const give: ShareContent = { items: { 'held-down:give': 'maybe' }, custom: [] };
    expect(mutualItems(receive, v1)).toEqual([]);
    expect(mutualItems(give, v1)).toEqual([
      {
        text: 'Holding or pinning down',
        group: 'Touch and intensity',
        mine: 'maybe',
        theirs: 'yes',
        direction: 'give',
      },
    ]);
  });

  it('never share an unconfirmed answer, on a catalogue item or an own one', () => {
    const added = addCustomItem(empty, 'Candles', '', 'yes', directed);
    if (!added.ok) throw new Error(added.error);
    const kept = { ...added.list, unconfirmed: [added.id] };
    expect(shareContent(kept, directed)).toEqual({ items: {}, custom: [] });
  });

  it('drop a retired item’s answers, note and marks from a list read from outside', () => {
    const list: BoundaryList = {
      ...empty,
      ratings: { 'old-item:give': 'yes', 'old-item:receive': 'yes', kissing: 'maybe' },
      notes: { 'old-item': 'Gently', kissing: 'Slowly' },
      curious: ['old-item:give', 'kissing'],
      unconfirmed: ['old-item:receive'],
    };
    expect(withoutRetired(list, new Set(['old-item']))).toEqual({
      ...empty,
      ratings: { kissing: 'maybe' },
      notes: { kissing: 'Slowly' },
      curious: ['kissing'],
      unconfirmed: [],
    });
  });

  it('removing an own item takes its curious mark with it', () => {
    const added = addCustomItem(empty, 'Candles', '', 'yes', directed);
    if (!added.ok) throw new Error(added.error);
    const curious = setCurious(added.list, added.id, true);
    expect(removeCustomItem(curious, added.id)).toEqual(empty);
  });
});

describe('the step that gave items direction', () => {
  const step = migrations.findIndex((m) => m.up === listWithDirections);
  const firstShape = {
    ratings: { 'safe-word': 'yes', biting: 'maybe', rope: 'no', 'custom-1': 'yes' },
    notes: { biting: 'Gently, and not the neck', 'custom-1': 'Slowly' },
    custom: [{ id: 'custom-1', text: 'Candles' }],
  };

  it('words each item with direction without saying who does it, since it is answered both ways', () => {
    const directed = boundaryCategories.flatMap((c) => c.items.filter((item) => item.directed));
    for (const item of directed) expect(item.text, item.id).not.toMatch(/\b(me|my|I|being|partner’?s?)\b/i);
    for (const item of directed) expect(item.mirror, item.id).toBeUndefined();
  });

  it('names the catalogue’s items with direction exactly (a later one needs a step of its own)', () => {
    const catalogue = boundaryCategories.flatMap((c) => c.items.filter((item) => item.directed).map((item) => item.id));
    expect(catalogue).toEqual(DIRECTED_AT_STEP_5);
    for (const id of Object.keys(V1_WAY_ROUND)) expect(DIRECTED_AT_STEP_5, id).toContain(id);
    expect(step).toBe(4);
  });

  it('keeps an old answer on both ways round, unconfirmed, and every other answer, note and own item as it was', () => {
    const moved = migrateRecord('boundaries', firstShape, step + 1);
    expect(moved).toEqual({
      ratings: {
        'safe-word': 'yes',
        'biting:give': 'maybe',
        'biting:receive': 'maybe',
        'rope:give': 'no',
        'rope:receive': 'no',
        'custom-1': 'yes',
      },
      notes: firstShape.notes,
      custom: firstShape.custom,
      curious: [],
      unconfirmed: ['biting:give', 'biting:receive', 'rope:give', 'rope:receive'],
    });
    expect(v.is(records.boundaries.schema, moved)).toBe(true);
    expect(checkImported('boundaries', moved)).toEqual(moved);
  });

  it('runs from the first schema too, and leaves the fallback and a list already moved alone', () => {
    expect(migrateRecord('boundaries', firstShape, 1)).toEqual(migrateRecord('boundaries', firstShape, step + 1));
    expect(migrateRecord('boundaries', { ratings: {}, notes: {}, custom: [] }, 1)).toEqual(records.boundaries.fallback);
    const moved = migrateRecord('boundaries', firstShape, step + 1);
    expect(listWithDirections(moved)).toBe(moved);
    expect(listWithDirections('not a list')).toBe('not a list');
  });

  it('compares nothing kept from before until it is confirmed', () => {
    const moved = migrateRecord('boundaries', firstShape, step + 1) as BoundaryList;
    const partner: ShareContent = { items: { 'biting:give': 'yes', 'biting:receive': 'yes' }, custom: [] };
    expect(mutualItems(shareContent(moved), partner)).toEqual([]);
    const confirmed = confirmAnswer(moved, 'biting:receive');
    expect(mutualItems(shareContent(confirmed), partner)).toEqual([
      { text: 'Biting', group: 'Touch and intensity', mine: 'maybe', theirs: 'yes', direction: 'receive' },
    ]);
  });

  it('is what an exported file from before goes through as it is imported', () => {
    const older = {
      kind: 'tend-backup',
      schemaVersion: step + 1,
      exportedAt: '2026-11-01T10:00:00.000Z',
      data: { boundaries: firstShape },
    };
    expect(parseBackup(JSON.stringify(older))).toEqual({
      ok: true,
      data: { boundaries: migrateRecord('boundaries', firstShape, step + 1) },
    });
  });
});
